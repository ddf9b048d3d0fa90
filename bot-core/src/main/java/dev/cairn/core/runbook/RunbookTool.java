package dev.cairn.core.runbook;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lets the model propose one runbook action (tool {@code runbook_<name>}); the call only files a proposal with the
 * approval desk and tells the model it waits for an approver. Its arguments are read with Jackson: a string, number
 * or boolean is taken as its text; an object, an array, a missing or blank value, an unknown parameter, a control
 * character or invalid JSON is refused with a failed result that tells the model what to fix, and nothing is
 * proposed.
 */
public final class RunbookTool implements Tool {
    static final int MAX_VALUE_CHARS = 500;
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final RunbookAction action;
    private final ApprovalDesk desk;
    private final String schema;

    public RunbookTool(RunbookAction action, ApprovalDesk desk) {
        this.action = Objects.requireNonNull(action, "action");
        this.desk = Objects.requireNonNull(desk, "desk");
        this.schema = schema(action);
    }

    private static String schema(RunbookAction action) {
        ObjectNode schema = JSON.createObjectNode().put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        action.parameters().forEach(p -> properties.putObject(p).put("type", "string"));
        action.parameters().forEach(schema.putArray("required")::add);
        return JSON.writeValueAsString(schema);
    }

    @Override
    public String name() {
        return "runbook_" + action.name().replace('-', '_');
    }

    @Override
    public String description() {
        return action.description() + " Proposing it does not run it: an approver must approve it first.";
    }

    @Override
    public String parametersSchema() {
        return schema;
    }

    @Override
    public ToolResult execute(ToolCall call) {
        JsonNode given;
        try {
            given = JSON.readTree(call.arguments());
        } catch (JacksonException e) {
            return ToolResult.failed("The arguments are not valid JSON (" + e.getOriginalMessage()
                    + "); give one JSON object such as " + example() + ". Nothing was proposed.");
        }
        if (given == null || !given.isObject()) {
            return ToolResult.failed("The arguments must be one JSON object such as " + example()
                    + ". Nothing was proposed.");
        }
        List<String> unknown = new ArrayList<>(given.propertyNames());
        unknown.removeAll(action.parameters());
        if (!unknown.isEmpty()) {
            return ToolResult.failed("Unknown parameter(s) " + unknown + "; " + action.name() + " takes only "
                    + action.parameters() + ". Nothing was proposed.");
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String p : action.parameters()) {
            JsonNode value = given.get(p);
            if (value == null || value.isNull() || value.isString() && value.stringValue().isBlank()) {
                return ToolResult.failed("The parameter \"" + p + "\" is required. Nothing was proposed.");
            }
            if (value.isContainer()) {
                return ToolResult.failed("The parameter \"" + p + "\" must be a string, not "
                        + (value.isObject() ? "an object" : "an array") + ". Nothing was proposed.");
            }
            String text = value.isBigDecimal() ? value.decimalValue().toPlainString() : value.asString();
            if (text.length() > MAX_VALUE_CHARS || text.chars().anyMatch(Character::isISOControl)) {
                return ToolResult.failed("The parameter \"" + p + "\" must be one line of at most "
                        + MAX_VALUE_CHARS + " characters. Nothing was proposed.");
            }
            arguments.put(p, text);
        }
        Proposal proposal = desk.propose(action, arguments, call.asked());
        return ToolResult.ok("Proposed " + proposal.describe() + " as approval " + proposal.id()
                + ". It has NOT run: it runs only when an approver approves it. Tell the user it awaits approval.");
    }

    /** An arguments object for this action, for the model to copy. */
    private String example() {
        ObjectNode example = JSON.createObjectNode();
        action.parameters().forEach(p -> example.put(p, "…"));
        return JSON.writeValueAsString(example);
    }
}
