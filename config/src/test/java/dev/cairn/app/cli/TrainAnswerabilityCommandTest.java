package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.answerability.AnswerabilityModel;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainAnswerabilityCommandTest {
    private static final List<String> PAGES = List.of(
            "Employees accrue four hours of annual leave every pay period during their first three years.",
            "Up to 240 hours of annual leave carry over into the next leave year; the rest is forfeited.",
            "Jury duty is recorded as court leave and does not reduce vacation balances.",
            "The per diem for meals covers breakfast, lunch and dinner on travel days.",
            "Hotel receipts must be uploaded within five business days after returning from travel.",
            "Visitor badges are printed at the front desk of the headquarters building.",
            "Laptops are encrypted with full disk encryption before they are handed to staff.",
            "Security incidents must be reported to the response team within one hour of discovery.",
            "New hires choose their health insurance plan within sixty days of starting.",
            "The employee assistance program offers six free counseling sessions each year.",
            "Remote workers receive a monthly stipend for internet service and phone bills.",
            "Performance reviews happen twice a year, in spring and in autumn, with written goals.");
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
