package dev.cairn.knowledge.index;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import java.io.Closeable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where passages, their vectors and file records are kept and searched: the Lucene index on disk
 * ({@link PassageIndex}) or a shared engine. Every change is atomic as seen by a search (a file's old version or its
 * new one, never both or neither); every failure to read or write throws
 * {@link dev.cairn.core.port.KnowledgeException}.
 */
public interface PassageStore extends Closeable {

    /** Whether the last write succeeded: readiness reads it. */
    IndexWriteHealth writeHealth();

    /** Adds a file's passages and record, first removing {@code replaces} (an older version), atomically. */
    default void put(DocumentInfo info, String sha256, List<Chunk> chunks, Optional<String> replaces) {
        putAll(List.of(new Entry(info, sha256, chunks, List.of(), replaces)));
    }

    /** Adds many files (bulk loads, evaluation); each becomes visible whole. */
    void putAll(List<Entry> entries);

    /** Removes a file's passages and record atomically; false when it was not there. */
    boolean delete(String documentId);

    /** Prepares the store for fast searches after a bulk load; slow, so not for every change. */
    void optimize();

    /**
     * Gives a document's passages their vectors (ordinal → vector); false when the document is gone (deleted or
     * replaced meanwhile), in which case nothing changes.
     */
    boolean attachVectors(String documentId, Map<Integer, PassageVector> vectors);

    /** A document's passages as stored, in order. */
    List<StoredPassage> passages(String documentId);

    /** Ids of the documents some of whose passages have no vector in any of {@code vectorFields}. */
    Set<String> documentsMissingVectors(List<String> vectorFields);

    Optional<DocumentInfo> document(String documentId);

    Optional<DocumentInfo> byName(String scope, String name);

    Optional<DocumentInfo> byHash(String scope, String sha256);

    /** Records of the files of a scope that came from {@code source}. */
    List<DocumentInfo> bySource(String scope, String source);

    /** Records of the files in these scopes, newest first. */
    List<DocumentInfo> documents(Set<String> scopes);

    /** Passages stored for a document (equal to its record's count unless the store is damaged). */
    int passageCount(String documentId);

    /** Passages across all scopes. */
    int passageTotal();

    int documentCount();

    /**
     * Whether some passage has a vector in the field (of one embedding model): a question is put into the other
     * script only where the store holds passages of both.
     */
    boolean holdsVectors(String field);

    /** The best passages for a keyword question within the scopes, with relevance at least {@code minScore}. */
    default List<Passage> search(String text, List<String> context, Set<String> scopes, int topK, double minScore) {
        return search(SearchSpec.bm25(text, context, scopes, topK, minScore));
    }

    /** The best passages within the scopes, fused from the spec's lists, with relevance at least its threshold. */
    List<Passage> search(SearchSpec spec);

    /** As {@link #search(SearchSpec)} with other tuning, for evaluating settings on one store. */
    List<Passage> search(SearchSpec spec, SearchTuning tuning);

    /** Every candidate of a search, best first, with its coverage, cosine and relevance, before the threshold. */
    List<Scored> candidates(SearchSpec spec);

    /**
     * The words of {@code text} (outside Chinese, Japanese and Korean runs, at least three characters, not stop
     * words or chat filler) whose analysed form no passage within {@code scopes} contains, as typed, in order, at
     * most {@code limit}: what a no-answer reply can name as missing.
     */
    List<String> unknownWords(String text, Set<String> scopes, int limit);

    /**
     * One file to add: its record, the hash of its bytes, its passages, their vectors (none, or one per passage),
     * and the older version it replaces.
     */
    record Entry(DocumentInfo info, String sha256, List<Chunk> chunks, List<PassageVector> vectors,
                 Optional<String> replaces) {
        public Entry {
            chunks = List.copyOf(chunks);
            vectors = List.copyOf(vectors);
            if (!vectors.isEmpty() && vectors.size() != chunks.size()) {
                throw new IllegalArgumentException("vectors must be none or one per passage");
            }
        }
    }

    /** A stored passage: its position in its document and its text and location. */
    record StoredPassage(int ordinal, Chunk chunk) {
    }

    /** A candidate passage with the evidence behind its relevance. */
    record Scored(Passage passage, double coverage, double cosine, double relevance) {
    }
}
