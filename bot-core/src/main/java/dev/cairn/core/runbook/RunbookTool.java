package dev.cairn.core.runbook;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Lets the model propose one runbook action (tool {@code runbook_<name>}); the call only files a proposal with the
 * approval desk and tells the model it waits for an approver.
 */
public final class RunbookTool implements Tool {
    private static final Pattern STRING_FIELD = Pattern.compile("\"([A-Za-z0-9_]+)\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");
    private final RunbookAction action;
    private final ApprovalDesk desk;

    public RunbookTool(RunbookAction action, ApprovalDesk desk) {
        this.action = Objects.requireNonNull(action, "action");
        this.desk = Objects.requireNonNull(desk, "desk");
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
        StringBuilder properties = new StringBuilder();
        StringBuilder required = new StringBuilder();
        for (String p : action.parameters()) {
            properties.append(properties.length() == 0 ? "" : ",").append('"').append(p)
                    .append("\":{\"type\":\"string\"}");
            required.append(required.length() == 0 ? "" : ",").append('"').append(p).append('"');
        }
        return "{\"type\":\"object\",\"properties\":{" + properties + "},\"required\":[" + required + "]}";
    }

    @Override
    public ToolResult execute(ToolCall call) {
        Map<String, String> given = new LinkedHashMap<>();
        Matcher m = STRING_FIELD.matcher(call.arguments());
        while (m.find()) {
            given.put(m.group(1), m.group(2).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        Map<String, String> arguments = new LinkedHashMap<>();
        for (String p : action.parameters()) {
            String value = given.get(p);
            if (value == null || value.isBlank()) {
                return ToolResult.failed("The parameter \"" + p + "\" is required.");
            }
            arguments.put(p, value);
        }
        Proposal proposal = desk.propose(action, arguments, call.asked());
        return ToolResult.ok("Proposed " + proposal.describe() + " as approval " + proposal.id()
                + ". It has NOT run: it runs only when an approver approves it. Tell the user it awaits approval.");
    }
}
