package dev.cairn.core.port;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Searches, lists and deletes indexed knowledge; every read is limited to the scopes named. Failures of the store surface as {@link KnowledgeException}. */
public interface KnowledgeBase {

    /** The most relevant passages within the request's scopes, best first; empty when nothing passes the threshold. */
    List<Passage> search(SearchRequest request);

    /** The documents in the given scopes, newest first. */
    List<DocumentInfo> documents(Set<String> scopes);

    /** One document by id, if it exists. */
    Optional<DocumentInfo> document(String id);

    /** Removes a document and its passages; false when there was no such document. */
    boolean delete(String id);

    /** Removes every document of the scope that came from {@code source} (a file or message deleted on its platform); returns how many. */
    int deleteBySource(String scope, String source);

    /** Number of documents across all scopes. */
    int documentCount();

    /**
     * The words of {@code text} that no passage within the scopes contains (a place, a name, a number the documents
     * never mention), as typed and in order, at most {@code limit}; empty when every word occurs somewhere or the
     * store cannot tell.
     */
    default List<String> unknownWords(String text, Set<String> scopes, int limit) {
        return List.of();
    }
}
