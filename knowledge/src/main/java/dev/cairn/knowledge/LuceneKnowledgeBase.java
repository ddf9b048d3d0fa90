package dev.cairn.knowledge;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.StoredDocument;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** The knowledge base on a local Lucene index: BM25 search with relevance read in [0, 1], within the caller's scopes. */
public final class LuceneKnowledgeBase implements KnowledgeBase {
    private final PassageIndex index;

    public LuceneKnowledgeBase(PassageIndex index) {
        this.index = Objects.requireNonNull(index, "index");
    }

    @Override
    public List<Passage> search(SearchRequest request) {
        return index.search(request.query(), request.context(), request.scopes(), request.topK(),
                request.minScore());
    }

    @Override
    public List<DocumentInfo> documents(Set<String> scopes) {
        return index.documents(scopes).stream().map(StoredDocument::info).toList();
    }

    @Override
    public Optional<DocumentInfo> document(String id) {
        return index.document(id).map(StoredDocument::info);
    }

    @Override
    public boolean delete(String id) {
        return index.delete(id);
    }

    @Override
    public int deleteBySource(String scope, String source) {
        if (source.isEmpty()) {
            return 0;
        }
        int deleted = 0;
        for (StoredDocument document : index.bySource(scope, source)) {
            deleted += index.delete(document.info().id()) ? 1 : 0;
        }
        return deleted;
    }

    @Override
    public int documentCount() {
        return index.documentCount();
    }
}
