package dev.cairn.core.stats;

import java.util.Locale;

/** Writes a {@link PromptReport} as plain text for a chat reply: one line per variant, under its experiment. */
public final class StatsText {
    static final String EMPTY = "No answers are recorded yet, so there are no stats.";

    private StatsText() {
    }

    public static String of(PromptReport report) {
        if (report.experiments().isEmpty()) {
            return EMPTY;
        }
        StringBuilder text = new StringBuilder("Answers per prompt experiment and variant "
                + "(👍 rate with its 95% interval):");
        for (PromptReport.Experiment experiment : report.experiments()) {
            text.append("\n\nExperiment ").append(experiment.name());
            for (PromptReport.Variant variant : experiment.variants()) {
                text.append("\n• ").append(line(variant));
            }
        }
        return text.toString();
    }

    static String line(PromptReport.Variant v) {
        int votes = v.thumbsUp() + v.thumbsDown();
        String rate = votes == 0 ? "👍 rate n/a (no votes)"
                : "👍 rate " + percent(v.thumbsUpRate()) + " (95% CI " + Math.round(v.ci95().low() * 100) + "–"
                        + percent(v.ci95().high()) + ")";
        int recent = v.days().stream().mapToInt(PromptReport.Day::answers).sum();
        return v.name() + ": " + count(v.answers(), "answer") + " · 👍 " + v.thumbsUp() + " / 👎 " + v.thumbsDown()
                + " · " + rate + " · no answer " + percent(v.noAnswerRate())
                + " · latency p50 " + v.latencyP50Ms() + " ms, p95 " + v.latencyP95Ms() + " ms"
                + " · mean tokens in " + decimal(v.meanInputTokens()) + ", out " + decimal(v.meanOutputTokens())
                + " · last 30 days " + count(recent, "answer");
    }

    private static String percent(double fraction) {
        return Math.round(fraction * 100) + "%";
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
