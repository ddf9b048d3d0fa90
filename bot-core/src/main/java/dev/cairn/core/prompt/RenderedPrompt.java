package dev.cairn.core.prompt;

import dev.cairn.core.answer.GroundedPrompt;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.util.Objects;

/**
 * The prompt texts for one question, rendered, with the experiment and variant they came from.
 *
 * @param experiment the experiment the asker is in; {@code default} when the template runs none
 * @param variant    the variant shown, or the template's name outside experiments
 * @param system     the model's instructions
 * @param greeting   the line before an extractive answer; empty for none
 * @param noAnswer   the reply when nothing relevant was found
 */
public record RenderedPrompt(String experiment, String variant, String system, String greeting, String noAnswer) {
    /** Cairn's built-in texts in English, outside any experiment: for a question no template was rendered for. */
    public static final RenderedPrompt DEFAULT = new RenderedPrompt(PromptTemplate.DEFAULT, PromptTemplate.DEFAULT,
            GroundedPrompt.INSTRUCTIONS_ENGLISH, "", Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));

    public RenderedPrompt {
        Objects.requireNonNull(experiment, "experiment");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(system, "system");
        greeting = greeting == null ? "" : greeting.strip();
        Objects.requireNonNull(noAnswer, "noAnswer");
    }
}
