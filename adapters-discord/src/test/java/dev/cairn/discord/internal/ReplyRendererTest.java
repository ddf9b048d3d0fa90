package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.Location;
import dev.cairn.core.Outcome;
import dev.cairn.core.Usage;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.junit.jupiter.api.Test;

class ReplyRendererTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ReplyRenderer.Labels ENGLISH = ReplyRenderer.Labels.in(Voice.english(), Language.ENGLISH);
    private final ReplyRenderer renderer = new ReplyRenderer();

    static final BotReply LEAVE = reply("Employees accrue four hours of annual leave per pay period. [1]\n"
                    + "• Contractors follow the policy of their own company. [2]",
            new Citation(1, "d1", "handbook.pdf", Location.page(2),
                    "Employees accrue four hours of annual leave per pay period.",
                    Optional.of("https://discord.com/channels/10/20/30")),
            new Citation(2, "d2", "contractors_*policy*.md", Location.section("Leave › Contractors"),
                    "Contractors   do not accrue\nannual leave.", Optional.empty()));

    @Test
    void answerWithSourcesEmbed() throws IOException {
        assertThat(json(renderer.render(LEAVE, true, ENGLISH))).isEqualTo(golden("answerWithSourcesEmbed.json"));
    }

    @Test
    void sourcesAsTextWhenEmbedsAreNotAllowed() throws IOException {
        assertThat(json(renderer.render(LEAVE, false, ENGLISH)))
                .isEqualTo(golden("sourcesAsTextWhenEmbedsAreNotAllowed.json"));
    }

    @Test
    void theSourcesOfAnAnswerInChineseAreHeadedAndLinkedInChinese() {
        ReplyRenderer.Labels chinese = ReplyRenderer.Labels.in(Voice.english(), Language.CHINESE);

        MessageEmbed sources = renderer.render(LEAVE, true, chinese).get(0).embeds().get(0);
        String text = renderer.render(LEAVE, false, chinese).get(0).content();

        assertThat(sources.getTitle()).isEqualTo("来源");
        assertThat(sources.getDescription()).contains("[分享于此](https://discord.com/channels/10/20/30)");
        assertThat(text).contains("\n\n**来源**\n**[1] handbook.pdf**").doesNotContain("Sources", "shared here");
    }

    @Test
    void replyWithoutCitationsHasNoEmbed() {
        List<RenderedPart> parts = renderer.render(reply("I found nothing about that."), true, ENGLISH);
        assertThat(parts).containsExactly(new RenderedPart("I found nothing about that.", List.of()));
    }

    @Test
    void longQuotesAreShortenedAtAWord() {
        String quote = "word ".repeat(200);
        String entry = ReplyRenderer.entry(new Citation(1, "d", "a.txt", Location.none(), quote, Optional.empty()),
                true, ENGLISH.sharedHere());
        assertThat(entry).startsWith("**[1] a.txt**\n> word word").endsWith("word…");
        assertThat(entry.length()).isLessThan(ReplyRenderer.QUOTE_CHARS + 30);
    }

    @Test
    void manyCitationsStayWithinEveryEmbedLimit() {
        Citation[] citations = IntStream.rangeClosed(1, 50).mapToObj(i -> new Citation(i, "d" + i,
                "document-" + i + "-" + "x".repeat(150) + ".pdf", Location.page(i), "quote ".repeat(80),
                Optional.of("https://discord.com/channels/1/2/" + i))).toArray(Citation[]::new);
        List<RenderedPart> parts = renderer.render(reply("A long answer. ".repeat(200), citations), true, ENGLISH);

        assertThat(parts).allSatisfy(part -> {
            assertThat(part.content().length()).isLessThanOrEqualTo(2000);
            assertThat(part.embeds()).hasSizeLessThanOrEqualTo(10);
            assertThat(part.embeds().stream().mapToInt(MessageEmbed::getLength).sum()).isLessThanOrEqualTo(6000);
            assertThat(part.embeds()).allSatisfy(e -> assertThat(e.getDescription().length()).isLessThanOrEqualTo(4096));
        });
        List<String> descriptions = new ArrayList<>();
        parts.forEach(p -> p.embeds().forEach(e -> descriptions.add(e.getDescription())));
        String all = String.join("\n\n", descriptions);
        for (int i = 1; i <= 50; i++) {
            assertThat(all).contains("**[" + i + "] document-" + i + "-");
        }
        assertThat(parts.get(0).embeds()).isEmpty();
        assertThat(parts.stream().filter(p -> !p.embeds().isEmpty()).findFirst().orElseThrow().embeds().get(0)
                .getTitle()).isEqualTo("Sources");
        List<String> titles = parts.stream().flatMap(p -> p.embeds().stream()).map(MessageEmbed::getTitle).toList();
        assertThat(titles).hasSizeGreaterThan(1);
        assertThat(titles.subList(1, titles.size())).containsOnly("Sources (continued)");
    }

    private static BotReply reply(String text, Citation... citations) {
        return new BotReply("r1", text, List.of(citations), citations.length == 0 ? Outcome.NO_ANSWER
                : Outcome.ANSWERED, "ann", Usage.none());
    }

    private static JsonNode json(List<RenderedPart> parts) throws IOException {
        DataArray array = DataArray.empty();
        for (RenderedPart part : parts) {
            array.add(DataObject.empty().put("content", part.content())
                    .put("embeds", DataArray.fromCollection(part.embeds().stream().map(MessageEmbed::toData).toList())));
        }
        return JSON.readTree(array.toString());
    }

    private JsonNode golden(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(getClass().getSimpleName() + "/" + name)) {
            assertThat(in).as("golden file %s", name).isNotNull();
            return JSON.readTree(in);
        }
    }
}
