package dev.cairn.core.answer;

import dev.cairn.core.port.Passage;
import java.util.List;

/**
 * Passages as a model reads them, numbered {@code [n]} so it can cite them: the one place that numbers passages for
 * the prompt and for a tool's findings.
 */
final class NumberedPassages {
    private NumberedPassages() {
    }

    /**
     * Each passage as {@code [n] document — location}, then its text and a blank line, numbered from {@code first};
     * the location is left out when the passage has none.
     */
    static String of(List<Passage> passages, int first) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            out.append('[').append(first + i).append("] ").append(p.document());
            if (!p.location().label().isEmpty()) {
                out.append(" — ").append(p.location().label());
            }
            out.append('\n').append(p.text().strip()).append("\n\n");
        }
        return out.toString();
    }
}
