package dev.cairn.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Command-line options of the form {@code --name value}, {@code --name=value} or {@code --flag}, and operands (the
 * arguments that are not options); a missing required option or an unknown one is an {@link IllegalArgumentException}
 * with a message for the user.
 */
final class Arguments {
    private final Map<String, List<String>> values;
    private final List<String> operands;

    private Arguments(Map<String, List<String>> values, List<String> operands) {
        this.values = values;
        this.operands = List.copyOf(operands);
    }

    /** Parses everything after the command name ({@code args[0]}); an option takes every value up to the next one. */
    static Arguments parse(String[] args) {
        Map<String, List<String>> values = new HashMap<>();
        String current = null;
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                current = args[i].substring(2);
                values.computeIfAbsent(current, k -> new ArrayList<>());
            } else if (current != null) {
                values.get(current).add(args[i]);
            } else {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
            }
        }
        return new Arguments(values, List.of());
    }

    /**
     * Parses everything after the command name when only the options in {@code valued} exist, each taking exactly one
     * value ({@code --url X} or {@code --url=X}); every other argument is an operand, wherever it stands.
     */
    static Arguments parseWithOperands(String[] args, Set<String> valued) {
        Map<String, List<String>> values = new HashMap<>();
        List<String> operands = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (!arg.startsWith("--") || arg.equals("--")) {
                operands.add(arg);
                continue;
            }
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg.substring(2) : arg.substring(2, eq);
            if (!valued.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            if (values.containsKey(name)) {
                throw new IllegalArgumentException("--" + name + " given twice");
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                value = args[++i];
            } else {
                throw new IllegalArgumentException("missing value after --" + name);
            }
            if (value.isBlank()) {
                throw new IllegalArgumentException("empty value for --" + name);
            }
            values.put(name, List.of(value));
        }
        return new Arguments(values, operands);
    }

    String required(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalArgumentException("missing --" + name + " <value>");
        }
        return v.get(0);
    }

    String optional(String name, String fallback) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? fallback : v.get(0);
    }

    boolean has(String name) {
        return values.containsKey(name);
    }

    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** The arguments that are not options, in order (only {@link #parseWithOperands} collects them). */
    List<String> operands() {
        return operands;
    }

    List<Double> doubles(String name, List<Double> fallback) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? fallback : v.stream().map(Double::parseDouble).toList();
    }
}
