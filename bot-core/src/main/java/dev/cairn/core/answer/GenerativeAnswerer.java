package dev.cairn.core.answer;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.ModelRequest;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolInvocation;
import dev.cairn.core.port.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Has a language model write the answer from the retrieved passages, offered as citations [1]..[k] (the citation
 * check then keeps only those the text cites). The model may call tools for at most {@code maxToolSteps} rounds;
 * passages a tool finds are numbered on from k and can be cited too, and every call is written to the audit log.
 * With nothing relevant and no tools it says so without asking the model. When the model fails, the answer is the
 * fallback's (extractive), after one line saying the model was unavailable, and the failure is logged once as a
 * warning with the model's own description of it.
 */
public final class GenerativeAnswerer implements Answerer {
    private static final System.Logger AUDIT = System.getLogger("cairn.audit");
    private static final System.Logger LOG = System.getLogger(GenerativeAnswerer.class.getName());
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,3}]");
    private final LanguageModel model;
    private final Answerer fallback;
    private final List<Tool> tools;
    private final int maxToolSteps;
    private final ScopePolicy scopes;
    private final Voice voice;

    /** An answerer that says its own line (the model being unavailable) in English unless the question is Chinese. */
    public GenerativeAnswerer(LanguageModel model, Answerer fallback, List<Tool> tools, int maxToolSteps,
                              ScopePolicy scopes) {
        this(model, fallback, tools, maxToolSteps, scopes, Voice.english());
    }

    /** @param voice says the line about the model being unavailable in the question's language */
    public GenerativeAnswerer(LanguageModel model, Answerer fallback, List<Tool> tools, int maxToolSteps,
                              ScopePolicy scopes, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.model = Objects.requireNonNull(model, "model");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
        this.tools = List.copyOf(tools);
        if (maxToolSteps < 0) {
            throw new IllegalArgumentException("maxToolSteps must not be negative");
        }
        this.maxToolSteps = maxToolSteps;
        this.scopes = Objects.requireNonNull(scopes, "scopes");
    }

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (passages.isEmpty() && tools.isEmpty()) {
            return fallback.answer(question, passages, sink);
        }
        List<Passage> offered = new ArrayList<>(passages);
        List<ChatMessage> messages = new ArrayList<>(GroundedPrompt.of(question, passages).messages());
        int inputTokens = 0;
        int outputTokens = 0;
        try {
            for (int step = 0; ; step++) {
                boolean mayCallTools = !tools.isEmpty() && step < maxToolSteps;
                ModelReply reply = model.complete(new ModelRequest(messages, mayCallTools ? tools : List.of()), sink);
                inputTokens += reply.inputTokens();
                outputTokens += reply.outputTokens();
                if (reply.toolCalls().isEmpty() || !mayCallTools) {
                    return answer(reply.text(), offered, inputTokens, outputTokens);
                }
                messages.add(ChatMessage.toolCalls(reply.text(), reply.toolCalls()));
                for (ToolInvocation call : reply.toolCalls()) {
                    ToolResult result = run(call, question);
                    messages.add(ChatMessage.toolResult(call.id(), describe(result, offered)));
                    offered.addAll(result.passages());
                }
            }
        } catch (LanguageModelException e) {
            // the one log line of this failure: the model says which model, where, how and after how many tries
            LOG.log(System.Logger.Level.WARNING, "{0}; answering extractively", e.getMessage());
            String unavailable = voice.say(question.message(), "answer.model_unavailable");
            sink.accept(unavailable + "\n");
            Answer extractive = fallback.answer(question, passages, sink);
            return new Answer(unavailable + "\n" + extractive.text(), extractive.citations(),
                    extractive.outcome(), inputTokens, outputTokens);
        }
    }

    private ToolResult run(ToolInvocation call, Question question) {
        Optional<Tool> tool = tools.stream().filter(t -> t.name().equals(call.name())).findFirst();
        ToolResult result;
        if (tool.isEmpty()) {
            result = ToolResult.failed("There is no tool named " + call.name() + ".");
        } else {
            try {
                result = tool.get().execute(new ToolCall(call.arguments(), question.message(),
                        scopes.visible(question.message())));
            } catch (RuntimeException e) {
                result = ToolResult.failed(call.name() + " failed: " + e.getMessage());
            }
        }
        String outcome = result.passages().isEmpty() ? result.content() : result.passages().size() + " passages";
        AUDIT.log(System.Logger.Level.INFO, "tool={0} user={1} platform={2} workspace={3} channel={4} ok={5} "
                        + "arguments={6} result={7}", call.name(), question.message().user().id(),
                question.message().platform().id(), question.message().workspace(), question.message().channel(),
                result.ok(), abbreviate(call.arguments()), abbreviate(outcome));
        return result;
    }

    /** The result as the model reads it; found passages are numbered on from those already offered. */
    private static String describe(ToolResult result, List<Passage> offered) {
        if (!result.ok()) {
            return "The tool failed: " + result.content();
        }
        if (result.passages().isEmpty()) {
            return result.content();
        }
        return NumberedPassages.of(result.passages(), offered.size() + 1).strip();
    }

    private static Answer answer(String text, List<Passage> offered, int inputTokens, int outputTokens) {
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < offered.size(); i++) {
            Passage p = offered.get(i);
            citations.add(new Citation(i + 1, p.documentId(), p.document(), p.location(), p.text().strip(),
                    p.link()));
        }
        Outcome outcome = MARKER.matcher(text).find() ? Outcome.ANSWERED : Outcome.NO_ANSWER;
        return new Answer(text, citations, outcome, inputTokens, outputTokens);
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
