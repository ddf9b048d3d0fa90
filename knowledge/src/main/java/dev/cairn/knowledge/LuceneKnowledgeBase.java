package dev.cairn.knowledge;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.core.text.Terms;
import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageVector;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The knowledge base on a passage store (the local Lucene index or OpenSearch): keyword, vector or hybrid search within the caller's scopes, with
 * relevance read in [0, 1].
 */
public final class LuceneKnowledgeBase implements KnowledgeBase {
    /**
     * A question with fewer words of its own than this ("and for contractors?", "what about it?") is a follow-up:
     * it is searched together with the previous question (at half weight for keywords). Longer questions stand alone.
     */
    private static final int FOLLOW_UP_WORDS = 2;
    private final PassageStore index;
    private final RetrievalMode mode;
    private final EmbeddingRouter embeddings;

    /** @param mode how to retrieve; every mode but {@code bm25} needs an embedding model in {@code embeddings} */
    public LuceneKnowledgeBase(PassageStore index, RetrievalMode mode, EmbeddingRouter embeddings) {
        this.index = Objects.requireNonNull(index, "index");
        this.mode = Objects.requireNonNull(mode, "mode");
        this.embeddings = Objects.requireNonNull(embeddings, "embeddings");
        if (mode != RetrievalMode.BM25 && embeddings.embedders().isEmpty()) {
            throw new IllegalArgumentException("retrieval mode " + mode.id() + " needs an embedding model");
        }
    }

    @Override
    public List<Passage> search(SearchRequest request) {
        boolean followUp = !request.context().isEmpty() && Terms.of(request.query()).size() < FOLLOW_UP_WORDS;
        List<String> context = followUp ? request.context() : List.of();
        Optional<PassageVector> vector = Optional.empty();
        List<PassageVector> translated = List.of();
        if (mode != RetrievalMode.BM25) {
            String text = followUp ? context.get(0) + "\n" + request.query() : request.query();
            vector = Vectors.query(embeddings, text);
            translated = Vectors.translated(embeddings, QueryTranslator.shipped(), text, index::holdsVectors);
        }
        return index.search(new SearchSpec(request.query(), context, request.scopes(), request.topK(),
                request.minScore(), mode, vector, translated));
    }

    @Override
    public List<String> unknownWords(String text, Set<String> scopes, int limit) {
        return index.unknownWords(text, scopes, limit);
    }

    @Override
    public List<DocumentInfo> documents(Set<String> scopes) {
        return index.documents(scopes).stream().toList();
    }

    @Override
    public Optional<DocumentInfo> document(String id) {
        return index.document(id);
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
        for (DocumentInfo document : index.bySource(scope, source)) {
            deleted += index.delete(document.id()) ? 1 : 0;
        }
        return deleted;
    }

    @Override
    public int documentCount() {
        return index.documentCount();
    }
}
