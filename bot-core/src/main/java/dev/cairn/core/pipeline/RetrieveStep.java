package dev.cairn.core.pipeline;

import dev.cairn.core.ScopePolicy;
import dev.cairn.core.answer.Question;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.SearchRequest;
import java.util.Objects;

/** Finds the passages relevant to the question within the asker's visible scopes; the previous question helps a follow-up. */
public final class RetrieveStep implements Step {
    private final KnowledgeBase knowledge;
    private final ScopePolicy scopes;
    private final int topK;
    private final double minScore;

    public RetrieveStep(KnowledgeBase knowledge, ScopePolicy scopes, int topK, double minScore) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.topK = topK;
        this.minScore = minScore;
    }

    @Override
    public void apply(Exchange exchange) {
        Question question = new Question(exchange.message(), exchange.history());
        SearchRequest request = new SearchRequest(question.text(), question.earlierQuestions(1),
                scopes.visible(exchange.message()), topK, minScore);
        exchange.passages(knowledge.search(request));
    }
}
