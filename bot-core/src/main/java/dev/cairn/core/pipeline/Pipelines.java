package dev.cairn.core.pipeline;

import dev.cairn.core.ScopePolicy;
import dev.cairn.core.answer.Answerer;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.prompt.PromptRenderer;
import java.time.Clock;
import java.util.List;

/** The standard chain: (prompt →) memory → retrieval → answer → citation check → memory. */
public final class Pipelines {
    private Pipelines() {
    }

    /** The chain with Cairn's built-in prompt texts. */
    public static Pipeline standard(ConversationMemory memory, KnowledgeBase knowledge, ScopePolicy scopes,
                                    Answerer answerer, int topK, double minScore, Clock clock) {
        return new Pipeline(List.of(
                new LoadMemoryStep(memory),
                new RetrieveStep(knowledge, scopes, topK, minScore),
                new AnswerStep(answerer),
                new CitationCheckStep(),
                new SaveMemoryStep(memory, clock)));
    }

    /** The chain with prompts chosen per channel or scope and rendered from templates. */
    public static Pipeline standard(ConversationMemory memory, KnowledgeBase knowledge, ScopePolicy scopes,
                                    PromptRenderer prompts, Answerer answerer, int topK, double minScore,
                                    Clock clock) {
        return new Pipeline(List.of(
                new PromptStep(prompts),
                new LoadMemoryStep(memory),
                new RetrieveStep(knowledge, scopes, topK, minScore),
                new AnswerStep(answerer),
                new CitationCheckStep(),
                new SaveMemoryStep(memory, clock)));
    }
}
