package dev.cairn.app.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Command-line options of the form {@code --name value} or {@code --flag}; a missing required one is a clear error. */
final class Arguments {
    private final Map<String, List<String>> values;

    private Arguments(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Parses everything after the command name ({@code args[0]}). */
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
        return new Arguments(values);
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

    List<Double> doubles(String name, List<Double> fallback) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() ? fallback : v.stream().map(Double::parseDouble).toList();
    }
}
