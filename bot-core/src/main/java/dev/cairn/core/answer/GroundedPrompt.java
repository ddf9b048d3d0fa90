package dev.cairn.core.answer;

import dev.cairn.core.memory.Turn;
import dev.cairn.core.port.ChatMessage;
import dev.cairn.core.port.ModelRequest;
import dev.cairn.core.port.Passage;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the request for a grounded answer: the question's prompt instructions (by default {@link #INSTRUCTIONS}:
 * answer only from the numbered passages and cite them as [n]), the conversation so far, then the passages [1]..[k]
 * with their sources and the question.
 */
public final class GroundedPrompt {
    /** The built-in instructions. */
    private static final String GROUNDING = """
            You are Cairn, a team's knowledge assistant. Answer the question using only the numbered passages \
            below. After each statement, cite the passage it comes from as [n]; cite only passages you used. If \
            the passages do not answer the question, say plainly that you do not know, and cite nothing. Answer \
            briefly, in the language of the question""";
    private static final String IN_ENGLISH = ": the question is in English, so answer in English.";
    private static final String IN_CHINESE = ": the question is in Chinese, so answer in Simplified Chinese "
            + "(简体中文), and quote the passages as they are.";
    /** The built-in instructions as a template: the language sentence follows the question's language. */
    public static final String INSTRUCTIONS = GROUNDING + "{{#lang.en}}" + IN_ENGLISH + "{{/lang.en}}{{#lang.zh}}"
            + IN_CHINESE + "{{/lang.zh}}";
    /** The built-in instructions for an English question, for a question no template was rendered for. */
    public static final String INSTRUCTIONS_ENGLISH = GROUNDING + IN_ENGLISH;

    private GroundedPrompt() {
    }

    public static ModelRequest of(Question question, List<Passage> passages) {
        List<ChatMessage> messages = new ArrayList<>();
        messages.add(new ChatMessage(ChatMessage.Role.SYSTEM, question.prompt().system()));
        for (Turn turn : question.history()) {
            messages.add(new ChatMessage(ChatMessage.Role.USER, turn.question()));
            messages.add(new ChatMessage(ChatMessage.Role.ASSISTANT, turn.answer()));
        }
        StringBuilder user = new StringBuilder("Passages:\n").append(NumberedPassages.of(passages, 1));
        user.append("Question: ").append(question.text());
        messages.add(new ChatMessage(ChatMessage.Role.USER, user.toString()));
        return new ModelRequest(messages);
    }
}
