package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.answerability.AnswerabilityModel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import dev.cairn.knowledge.training.HandbookSample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAnswerabilityCommandTest {
    /** The first twelve pages of the knowledge module's sample handbook. */
    private static final List<String> PAGES = HandbookSample.PASSAGES.subList(0, 12);
    @TempDir
    Path dir;

    private List<String> train(Path pages, String out) throws Exception {
        Path file = dir.resolve(out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int code = TrainAnswerabilityCommand.run(new String[] {"train-answerability", "--pages", pages.toString(),
                "--out", file.toString(), "--questions", "12", "--model", "none"},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bias=");
        return Files.readAllLines(file);
    }

    @Test
    void theSamePagesAndSeedWriteTheSameWeightsWhichReadBackAsAModel() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES.size(); i++) {
            Files.writeString(pages.resolve("page" + i + ".md"), "# Page " + i + "\n\n" + PAGES.get(i) + "\n");
        }

        List<String> first = train(pages, "first.properties");
        List<String> second = train(pages, "second.properties");

        List<String> weights = first.stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(weights).hasSize(10).isEqualTo(second.stream().filter(l -> !l.startsWith("#")).toList());
        assertThat(first).anyMatch(l -> l.startsWith("# java -jar cairn.jar train-answerability --pages"));
        try (InputStream in = Files.newInputStream(dir.resolve("first.properties"))) {
            assertThat(AnswerabilityModel.read(in).weights()).hasSize(9);
        }
    }
}
