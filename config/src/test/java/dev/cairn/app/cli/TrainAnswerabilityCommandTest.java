package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
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

    private List<String> train(Path pages, String out, String... more) throws Exception {
        Path file = dir.resolve(out);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        List<String> args = new java.util.ArrayList<>(List.of("train-answerability", "--pages", pages.toString(),
                "--out", file.toString(), "--questions", "12", "--model", "none"));
        args.addAll(List.of(more));
        int code = TrainAnswerabilityCommand.run(args.toArray(String[]::new),
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("bias=");
        return Files.readAllLines(file);
    }

    private Path pages() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        for (int i = 0; i < PAGES.size(); i++) {
            Files.writeString(pages.resolve("page" + i + ".md"), "# Page " + i + "\n\n" + PAGES.get(i) + "\n");
        }
        return pages;
    }

    @Test
    void badOutputPathsAndSharesAreRefusedBeforeIndexingWithTheOptionNamed() throws Exception {
        Path pages = pages();
        String[][] bad = {
            {"--examples", dir.resolve("missing/examples.csv").toString()},
            {"--elsewhere-share", "1.5"},
            {"--asking-share", "NaN"},
            {"--asking-share", "abc"},
        };
        for (String[] more : bad) {
            List<String> args = new java.util.ArrayList<>(List.of("train-answerability", "--pages", pages.toString(),
                    "--out", dir.resolve("weights.properties").toString(), "--model", "none"));
            args.addAll(List.of(more));
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Commands.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(err, true, StandardCharsets.UTF_8), java.util.Map.of(), false);

            assertThat(code).isEqualTo(2);
            assertThat(err.toString(StandardCharsets.UTF_8)).contains(more[0]).contains("usage:");
            assertThat(dir.resolve("weights.properties")).doesNotExist();
        }
    }

    @Test
    void writesItsExamplesAsCsvWithOneColumnPerFeatureWhenAsked() throws Exception {
        Path examples = dir.resolve("examples.csv");

        train(pages(), "weights.properties", "--examples", examples.toString());

        List<String> lines = Files.readAllLines(examples);
        assertThat(lines.get(0)).isEqualTo("answers," + String.join(",", AnswerabilityFeatures.NAMES));
        assertThat(lines).hasSizeGreaterThan(2);
        assertThat(lines.subList(1, lines.size())).allSatisfy(l -> {
            String[] cells = l.split(",");
            assertThat(cells).hasSize(AnswerabilityFeatures.NAMES.size() + 1);
            assertThat(cells[0]).isIn("0", "1");
        });
        assertThat(lines.subList(1, lines.size())).anyMatch(l -> l.startsWith("1,")).anyMatch(l -> l.startsWith("0,"));
    }

    @Test
    void theSamePagesAndSeedWriteTheSameWeightsWhichReadBackAsAModel() throws Exception {
        Path pages = pages();

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
