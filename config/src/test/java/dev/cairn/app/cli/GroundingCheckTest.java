package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.RetrievalMode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class GroundingCheckTest {
    @TempDir
    Path dir;

    /** Runs the check over three pages, one Chinese passage and four questions; the printed lines. */
    private List<String> check(boolean verbose) throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        Files.createDirectories(pages.resolve("travel"));
        Files.createDirectories(pages.resolve("hr"));
        Files.writeString(pages.resolve("hr/leave.md"), "# Sick leave\n\nSick leave is taken in quarter hours.\n");
        Files.writeString(pages.resolve("travel/leave.md"), "# Leave\n\nYou can carry over up to 240 hours of annual leave "
                + "into the next leave year.\n");
        Files.writeString(pages.resolve("badges.md"), "# Badges\n\nNew badges are processed every Wednesday.\n");
        Path corpus = dir.resolve("corpus.jsonl");
        Files.writeString(corpus, "{\"_id\": \"P#0\", \"title\": \"会议\", \"text\": \"年会每年十二月举行。\"}\n");
        Path questions = dir.resolve("questions.jsonl");
        Files.writeString(questions, String.join("\n",
                "{\"id\":\"a1\",\"split\":\"test\",\"kind\":\"answerable\",\"question\":\"how many hours of annual "
                        + "leave carry over\",\"answerable\":true,\"pages\":[\"travel/leave.md\"],\"key_fact\":[\"240 hours\"]}",
                "{\"id\":\"a2\",\"split\":\"tune\",\"kind\":\"answerable\",\"question\":\"what day are badges "
                        + "processed\",\"answerable\":true,\"pages\":[\"badges.md\"],\"key_fact\":[\"Friday\"]}",
                "{\"id\":\"a3\",\"split\":\"tune\",\"kind\":\"answerable\",\"question\":\"what day are badges "
                        + "processed in Chicago\",\"answerable\":true,\"pages\":[\"badges.md\"],\"key_fact\":[\"Wednesday\"]}",
                "{\"id\":\"e1\",\"split\":\"test\",\"kind\":\"en-over-zh\",\"question\":\"年会什么时候举行\","
                        + "\"answerable\":true,\"pages\":[\"P#0\"],\"key_fact\":[\"十二月\"]}",
                "{\"id\":\"u1\",\"split\":\"test\",\"kind\":\"off-topic\",\"question\":\"who won the world cup\","
                        + "\"answerable\":false,\"pages\":[]}"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        assertThat(new GroundingCheck(new PrintStream(bytes, true, StandardCharsets.UTF_8)).check(
                new GroundingCheck.Sources(Optional.of(pages), Optional.of(corpus), Integer.MAX_VALUE),
                List.of(questions), List.of(0.0, 0.5), "", verbose, dir.resolve("index"), RetrievalMode.BM25,
                EmbeddingRouter.none(), Optional.empty())).isZero();
        return bytes.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void printsFiguresPerSplitAndKindAndEndsWithOneJsonObject() throws Exception {
        List<String> lines = check(false);

        assertThat(lines.get(0)).startsWith("indexed 4 documents");
        JsonNode json = JsonMapper.builder().build().readTree(lines.get(lines.size() - 1));
        JsonNode test = json.path("at_default").path("test");
        assertThat(test.path("answerable").path("questions").asInt()).isEqualTo(1);
        assertThat(test.path("answerable").path("cited_right").asDouble()).isEqualTo(1.0);
        assertThat(test.path("answerable").path("key_fact").asDouble()).isEqualTo(1.0);
        assertThat(test.path("en-over-zh").path("cited_right").asDouble()).isEqualTo(1.0);
        assertThat(test.path("off-topic").path("cited_nothing").asDouble()).isEqualTo(1.0);
        assertThat(test.path("unanswerable").path("questions").asInt()).isEqualTo(1);
        JsonNode tune = json.path("at_default").path("tune").path("answerable");
        assertThat(tune.path("questions").asInt()).isEqualTo(2);
        assertThat(tune.path("cited_right").asDouble()).isEqualTo(0.5);
        assertThat(tune.path("key_fact").asDouble()).isZero();
        assertThat(json.path("curve")).hasSize(2);
        assertThat(json.path("curve").get(0).path("min_score").asDouble()).isZero();
        assertThat(lines).anyMatch(l -> l.startsWith("curve on tune:"));
    }

    @Test
    void verboseShowsEachMissWithThePassagesRetrievedAndTheAnswer() throws Exception {
        List<String> lines = check(true);

        int miss = lines.indexOf(lines.stream().filter(l -> l.startsWith("  miss a2 [tune answerable]")).findFirst()
                .orElseThrow());
        assertThat(lines.get(miss)).endsWith("-> [badges.md] (key fact missing)");
        assertThat(lines.get(miss + 1)).matches("    passage \\d\\.\\d\\d badges\\.md: .*New badges are processed.*");
        assertThat(lines.get(miss + 2)).startsWith("    answered: New badges are processed every Wednesday.");
        assertThat(lines).noneMatch(l -> l.startsWith("  miss a1 "));
        int abstained = lines.indexOf(lines.stream().filter(l -> l.startsWith("  miss a3 [tune answerable]"))
                .findFirst().orElseThrow());
        assertThat(lines.get(abstained)).as("nothing passed 0.5: the name Chicago is in no passage").endsWith("-> []");
        assertThat(lines.get(abstained + 1)).as("yet the passages retrieved below the threshold are shown")
                .matches("    passage 0\\.[0-4]\\d badges\\.md: .*New badges are processed.*");
    }
}
