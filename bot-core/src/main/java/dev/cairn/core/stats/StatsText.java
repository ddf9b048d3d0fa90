package dev.cairn.core.stats;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import java.util.Locale;

/** Writes a {@link PromptReport} as plain text for a chat reply: one line per variant, under its experiment. */
public final class StatsText {
    private StatsText() {
    }

    public static String of(PromptReport report, Voice voice, Language language) {
        if (report.experiments().isEmpty()) {
            return voice.say(language, "stats.empty");
        }
        StringBuilder text = new StringBuilder(voice.say(language, "stats.title"));
        for (PromptReport.Experiment experiment : report.experiments()) {
            text.append("\n\n").append(voice.say(language, "stats.experiment", experiment.name()));
            for (PromptReport.Variant variant : experiment.variants()) {
                text.append("\n• ").append(line(variant, voice, language));
            }
        }
        return text.toString();
    }

    static String line(PromptReport.Variant v, Voice voice, Language language) {
        int votes = v.thumbsUp() + v.thumbsDown();
        String rate = votes == 0 ? voice.say(language, "stats.rate_none")
                : voice.say(language, "stats.rate", percent(v.thumbsUpRate()), percent(v.ci95().low()),
                        percent(v.ci95().high()));
        int recent = v.days().stream().mapToInt(PromptReport.Day::answers).sum();
        return voice.say(language, "stats.line", v.name(), v.answers(), v.thumbsUp(), v.thumbsDown(), rate,
                percent(v.noAnswerRate()), v.latencyP50Ms(), v.latencyP95Ms(), decimal(v.meanInputTokens()),
                decimal(v.meanOutputTokens()), recent);
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static long percent(double fraction) {
        return Math.round(fraction * 100);
    }
}
