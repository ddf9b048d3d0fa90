package dev.cairn.tools.runbook;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A text with {@code {{name}}} placeholders, cut once into literal runs and names. Filling it is one pass that
 * appends each encoded value and never reads it again, so a value such as {@code {{other}}} stays literal text.
 */
public final class Placeholders {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    /** A literal run ({@code name} null) or a placeholder ({@code text} null). */
    private record Part(String text, String name) {
    }

    private final List<Part> parts;

    private Placeholders(List<Part> parts) {
        this.parts = List.copyOf(parts);
    }

    /** Cuts {@code template}; text that only looks like a placeholder (a lone {@code {{}) stays literal. */
    public static Placeholders parse(String template) {
        Objects.requireNonNull(template, "template");
        List<Part> parts = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(template);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                parts.add(new Part(template.substring(at, m.start()), null));
            }
            parts.add(new Part(null, m.group(1)));
            at = m.end();
        }
        if (at < template.length()) {
            parts.add(new Part(template.substring(at), null));
        }
        return new Placeholders(parts);
    }

    /** The names of the placeholders, in order of first appearance. */
    public Set<String> names() {
        Set<String> names = new LinkedHashSet<>();
        parts.stream().filter(p -> p.name() != null).forEach(p -> names.add(p.name()));
        return names;
    }

    /** The literal text before the first placeholder (all of it when there is none). */
    public String literalPrefix() {
        return parts.isEmpty() || parts.get(0).name() != null ? "" : parts.get(0).text();
    }

    /**
     * The text with every placeholder replaced by {@code encode} of its value, in one pass.
     *
     * @throws MissingArgument when a placeholder has no value
     */
    public String fill(Map<String, String> values, UnaryOperator<String> encode) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            if (part.name() == null) {
                out.append(part.text());
            } else {
                String value = values.get(part.name());
                if (value == null) {
                    throw new MissingArgument(part.name());
                }
                out.append(encode.apply(value));
            }
        }
        return out.toString();
    }

    /** A placeholder names no given argument: the configuration and the action's parameters disagree. */
    public static final class MissingArgument extends IllegalArgumentException {
        public MissingArgument(String name) {
            super("no value for {{" + name + "}}");
        }
    }
}
