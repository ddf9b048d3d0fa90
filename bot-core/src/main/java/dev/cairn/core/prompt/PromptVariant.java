package dev.cairn.core.prompt;

import java.util.Objects;

/**
 * One arm of a template's experiment.
 *
 * @param name   the variant's name, recorded on every answer it produced
 * @param weight its share of users relative to the other variants' weights; 0 takes it out of the experiment
 * @param parts  its texts; empty parts are the template's
 */
public record PromptVariant(String name, double weight, PromptParts parts) {
    public PromptVariant {
        PromptTemplate.requireName(name, "variant name");
        if (!(weight >= 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("the weight of variant " + name + " must be a number ≥ 0, was " + weight);
        }
        Objects.requireNonNull(parts, "parts");
    }
}
