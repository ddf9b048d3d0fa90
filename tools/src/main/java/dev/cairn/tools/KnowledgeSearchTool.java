package dev.cairn.tools;

import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import java.util.List;
import java.util.Objects;

/**
 * {@code knowledge_search}: searches the team's documents within the scopes the asker may see; the passages it
 * finds can be cited in the answer.
 */
public final class KnowledgeSearchTool implements Tool {
    private final KnowledgeBase knowledge;
    private final int topK;
    private final double minScore;

    public KnowledgeSearchTool(KnowledgeBase knowledge, int topK, double minScore) {
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.topK = topK;
        this.minScore = minScore;
    }

    @Override
    public String name() {
        return "knowledge_search";
    }

    @Override
    public String description() {
        return "Searches the team's documents (handbooks, policies, runbooks) for passages about a topic. Use it when "
                + "the passages you were given do not answer the question; cite what it finds as [n].";
    }

    @Override
    public String parametersSchema() {
        return "{\"type\":\"object\",\"properties\":{\"query\":{\"type\":\"string\","
                + "\"description\":\"what to look for, in a few words\"}},\"required\":[\"query\"]}";
    }

    @Override
    public ToolResult execute(ToolCall call) {
        String query;
        try {
            query = ToolArguments.parse(call.arguments()).requiredString("query");
        } catch (ToolArguments.InvalidToolArguments e) {
            return ToolResult.failed(e.getMessage());
        }
        try {
            return ToolResult.passages(knowledge.search(new SearchRequest(query, List.of(), call.scopes(), topK,
                    minScore)));
        } catch (KnowledgeException e) {
            return ToolResult.failed("The knowledge base could not be searched: " + e.getMessage());
        }
    }
}
