package dev.cairn.slack.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Location;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * Rendered blocks are compared with golden files in
 * {@code src/test/resources/dev/cairn/slack/internal/BlockKitRendererTest/<method>.json}; run with
 * {@code -Dgolden.update=true} to rewrite them, then review the diff.
 */
class BlockKitRendererTest {
    private static final Gson GSON = GsonFactory.createSnakeCase();
    private static final Path GOLDEN = Path.of("src/test/resources/dev/cairn/slack/internal/BlockKitRendererTest");
    private final BlockKitRenderer renderer = new BlockKitRenderer(Voice.english());

    private static BotReply reply(String text, Outcome outcome, Citation... citations) {
        return new BotReply("reply-1", text, List.of(citations), outcome, "U1", Usage.none());
    }

    private static void assertGolden(TestInfo test, List<SlackMessage> messages) throws IOException {
        String actual = GSON.toJson(messages.stream().map(m -> new Rendered(m.text(), m.blocks())).toList());
        Path file = GOLDEN.resolve(test.getTestMethod().orElseThrow().getName() + ".json");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, GSON.newBuilder().disableHtmlEscaping().setPrettyPrinting().create()
                    .toJson(JsonParser.parseString(actual)) + "\n", StandardCharsets.UTF_8);
        }
        JsonElement expected = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(JsonParser.parseString(actual)).isEqualTo(expected);
    }

    private record Rendered(String text, List<LayoutBlock> blocks) {
    }

    @Test
    void anAnswerWithCitationsAndVoteButtons(TestInfo test) throws IOException {
        BotReply reply = reply("Employees accrue four hours of annual leave per pay period. [1]\n"
                        + "Laptops need **full-disk encryption** & a <strong> password. [2]", Outcome.ANSWERED,
                new Citation(1, "d1", "handbook.pdf", Location.page(2),
                        "Employees accrue four hours of annual leave per pay period.",
                        Optional.of("https://acme.slack.com/archives/C1/p1700000000000100")),
                new Citation(2, "d2", "security <draft>.md", Location.section("Devices › Laptops"),
                        "Every laptop must use full-disk encryption.", Optional.empty()));

        assertGolden(test, renderer.answer(reply, Optional.of(new BlockKitRenderer.Asker("UANN",
                "How much leave & which laptops?")), Language.ENGLISH));
    }

    @Test
    void noAnswerStillOffersVotes(TestInfo test) throws IOException {
        assertGolden(test, renderer.answer(reply("I found nothing about that in the knowledge base.",
                Outcome.NO_ANSWER), Optional.empty(), Language.ENGLISH));
    }

    @Test
    void anApprovalRequestNamesTheRequesterTheExactActionAndOffersApproveAndDeny(TestInfo test) throws IOException {
        RunbookAction action = new RunbookAction("restart-service", "Restarts one service <safely> & quickly.",
                List.of("service"), Set.of("UOPS"));
        InboundMessage asked = new InboundMessage(Platform.SLACK, "T1", "C1", "1700000000.000100",
                new User("UDEV", "dev"), "restart api", List.of(), MessageKind.MENTION, "");
        Instant at = Instant.parse("2026-01-01T00:00:00Z");
        Proposal proposal = new Proposal("ab12cd34", action, Map.of("service", "api"), asked, at,
                at.plus(Duration.ofDays(1)));

        assertGolden(test, List.of(renderer.approval(proposal)));
    }

    @Test
    void aDecisionReplacesTheButtonsWithItsText(TestInfo test) throws IOException {
        assertGolden(test, List.of(renderer.decided("restart-service(service=api) approved by UOPS: HTTP 200 <ok>")));
    }

    @Test
    void anIngestionReportIsPlainText(TestInfo test) throws IOException {
        assertGolden(test, renderer.plain("indexed handbook.pdf: 3 pages, 4 passages\n"
                + "secret.pdf is encrypted; nothing was indexed.", Language.ENGLISH));
    }

    @Test
    void anAnswerInChineseHasChineseLabelsAroundIt(TestInfo test) throws IOException {
        BotReply reply = reply("员工每个发薪周期累积四小时年假。[1]", Outcome.ANSWERED,
                new Citation(1, "d1", "员工手册.pdf", Location.page(2), "员工每个发薪周期累积四小时年假。",
                        Optional.of("https://acme.slack.com/archives/C1/p1700000000000100")));

        assertGolden(test, renderer.answer(reply, Optional.of(new BlockKitRenderer.Asker("UANN", "年假怎么算？")),
                Language.CHINESE));
    }

    @Test
    void anApprovalAskedInChineseOffersChineseButtons() {
        RunbookAction action = new RunbookAction("restart-service", "重启一个服务。", List.of("service"),
                Set.of("UOPS"));
        InboundMessage asked = new InboundMessage(Platform.SLACK, "T1", "C1", "1700000000.000100",
                new User("UDEV", "dev"), "请重启 api 服务", List.of(), MessageKind.MENTION, "");
        Instant at = Instant.parse("2026-01-01T00:00:00Z");

        String json = GSON.toJson(renderer.approval(new Proposal("ab12cd34", action, Map.of("service", "api"), asked,
                at, at.plus(Duration.ofDays(1)))).blocks());

        assertThat(json).contains("\"text\":\"批准\"").contains("\"text\":\"拒绝\"").contains("需要审批人批准")
                .doesNotContain("Approve").doesNotContain("Deny");
    }

    @Test
    void aLongAnswerKeepsEveryBlockWithinSlacksLimitsAndTheButtonsLast() {
        String text = IntStream.range(0, 3000).mapToObj(i -> "Step " + i + " of the runbook is done.")
                .collect(Collectors.joining(" "));
        Citation[] citations = IntStream.rangeClosed(1, 20).mapToObj(i -> new Citation(i, "d" + i, "doc" + i + ".pdf",
                Location.page(i), "quote ".repeat(200), Optional.empty())).toArray(Citation[]::new);

        List<SlackMessage> messages = renderer.answer(reply(text, Outcome.ANSWERED, citations), Optional.empty(),
                Language.ENGLISH);

        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
            assertThat(m.blocks()).hasSizeLessThanOrEqualTo(50);
            assertThat(m.text().length()).isLessThanOrEqualTo(3000);
        });
        List<String> sections = messages.stream().flatMap(m -> m.blocks().stream())
                .map(b -> GSON.toJsonTree(b).getAsJsonObject()).filter(b -> b.get("type").getAsString().equals("section"))
                .map(b -> b.getAsJsonObject("text").get("text").getAsString()).toList();
        assertThat(sections).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(3000));
        assertThat(sections.stream().filter(s -> s.startsWith("Step ")))
                .allSatisfy(s -> assertThat(s).endsWith(" of the runbook is done."));
        List<LayoutBlock> last = messages.get(messages.size() - 1).blocks();
        assertThat(last.get(last.size() - 1).getType()).isEqualTo("actions");
        assertThat(messages.stream().flatMap(m -> m.blocks().stream()).filter(b -> b.getType().equals("actions")))
                .hasSize(1);
    }
}
