package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.stats.PromptReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** {@code stats} shows the figures to admins only, as readable text; the other commands are unchanged by it. */
class BuiltInCommandsTest {
    private final CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 100);
    private final AtomicInteger reports = new AtomicInteger();
    private final AnswerStats stats = () -> {
        reports.incrementAndGet();
        return knownReport();
    };
    private final BuiltInCommands commands = new BuiltInCommands(memory,
            Admins.of(List.of("UBOSS", "discord:42", "web:alice")), stats, dev.cairn.core.i18n.Voice.english());

    @Test
    void anAdminGetsTheFiguresPerExperimentAndVariantAsText() {
        String reply = commands.run(message(Platform.SLACK, "UBOSS", "stats")).orElseThrow();

        assertThat(reply).isEqualTo("""
                Answers per prompt experiment and variant (👍 rate with its 95% interval):

                Experiment default
                • default: 10 answers · 👍 3 / 👎 1 · 👍 rate 75% (95% CI 30–95%) · no answer 20% · latency p50 500 \
                ms, p95 1000 ms · mean tokens in 55.0, out 5.0 · last 30 days 10 answers

                Experiment greeting
                • friendly: 1 answer · 👍 0 / 👎 0 · 👍 rate n/a (no votes) · no answer 0% · latency p50 42 ms, p95 \
                42 ms · mean tokens in 120.5, out 33.3 · last 30 days 0 answers
                • terse: 2 answers · 👍 0 / 👎 2 · 👍 rate 0% (95% CI 0–66%) · no answer 50% · latency p50 80 ms, \
                p95 90 ms · mean tokens in 0.0, out 0.0 · last 30 days 2 answers""");
    }

    @Test
    void theCommandIsReadWhateverItsCaseOrSlash() {
        assertThat(commands.run(message(Platform.WEB, "alice", "  /STATS "))).hasValueSatisfying(
                reply -> assertThat(reply).startsWith("Answers per prompt experiment"));
        assertThat(commands.run(message(Platform.DISCORD, "42", "Stats"))).hasValueSatisfying(
                reply -> assertThat(reply).contains("Experiment greeting"));
    }

    @Test
    void anyoneElseIsToldOnlyAdminsMaySeeStatsAndNoFiguresAreRead() {
        List<String> replies = new ArrayList<>();
        replies.add(commands.run(message(Platform.SLACK, "UASKER", "stats")).orElseThrow());
        replies.add(commands.run(message(Platform.SLACK, "42", "stats")).orElseThrow()); // an admin on Discord only
        replies.add(commands.run(message(Platform.DISCORD, "alice", "stats")).orElseThrow()); // admin on the web only

        assertThat(replies).containsOnly(English.of("command.admins_only"));
        assertThat(English.of("command.admins_only")).startsWith("Only admins may see stats.");
        assertThat(reports).hasValue(0);
    }

    @Test
    void withoutRecordsAnAdminIsToldThereAreNoStatsYet() {
        BuiltInCommands empty = new BuiltInCommands(memory, Admins.of(List.of("UBOSS")), AnswerStats.NONE, dev.cairn.core.i18n.Voice.english());

        assertThat(empty.run(message(Platform.SLACK, "UBOSS", "stats")))
                .hasValue("No answers are recorded yet, so there are no stats.");
    }

    @Test
    void withoutAdminsNobodySeesStats() {
        assertThat(new BuiltInCommands(memory).run(message(Platform.WEB, "UBOSS", "stats")))
                .hasValue(English.of("command.admins_only"));
    }

    @Test
    void statsThatCannotBeReadFailForTheAdapterToReport() {
        BuiltInCommands broken = new BuiltInCommands(memory, Admins.of(List.of("UBOSS")), () -> {
            throw new IllegalStateException("could not read the answer records");
        }, dev.cairn.core.i18n.Voice.english());

        assertThatThrownBy(() -> broken.run(message(Platform.SLACK, "UBOSS", "stats")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static InboundMessage message(Platform platform, String user, String text) {
        return new InboundMessage(platform, "W1", "C1", "", new User(user, user), text, List.of(),
                MessageKind.COMMAND, "");
    }

    /** Figures as the records would compute them; the text must show each of them. */
    static PromptReport knownReport() {
        List<PromptReport.Day> tenToday = days(10);
        PromptReport.Variant byDefault = new PromptReport.Variant("default", 10, 3, 1, 0.75,
                new PromptReport.Interval(0.3006, 0.9544), 0.2, 500, 1000, 55.0, 5.0, tenToday);
        PromptReport.Variant friendly = new PromptReport.Variant("friendly", 1, 0, 0, 0,
                new PromptReport.Interval(0, 0), 0, 42, 42, 120.5, 33.25, days(0));
        PromptReport.Variant terse = new PromptReport.Variant("terse", 2, 0, 2, 0,
                new PromptReport.Interval(0, 0.6576), 0.5, 80, 90, 0, 0, days(2));
        return new PromptReport(List.of(new PromptReport.Experiment("default", List.of(byDefault)),
                new PromptReport.Experiment("greeting", List.of(friendly, terse))));
    }

    private static List<PromptReport.Day> days(int answersToday) {
        List<PromptReport.Day> days = new ArrayList<>();
        for (int i = 1; i <= 30; i++) {
            days.add(new PromptReport.Day(String.format("2025-03-%02d", i), i == 30 ? answersToday : 0, 0, 0));
        }
        return days;
    }
}
