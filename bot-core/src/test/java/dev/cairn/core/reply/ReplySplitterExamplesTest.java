package dev.cairn.core.reply;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The examples Discord's and Slack's splitters were held to, now held to the one splitter. */
class ReplySplitterExamplesTest {

    @Test
    void keepsShortTextWhole() {
        assertThat(ReplySplitter.split("  Leave accrues monthly. [1]\n", 2000)).containsExactly("Leave accrues monthly. [1]");
        assertThat(ReplySplitter.split(" \n ", 2000)).isEmpty();
    }

    @Test
    void cutsBetweenParagraphsFirst() {
        String first = "a".repeat(900) + " ends here.";
        String second = "b".repeat(900) + " and here.";
        String third = "c".repeat(900);
        List<String> pieces = ReplySplitter.split(first + "\n\n" + second + "\n\n" + third, 2000);
        assertThat(pieces).containsExactly(first + "\n\n" + second, third);
    }

    @Test
    void cutsAfterASentenceKeepingItsCitationMarkers() {
        String sentence = "Employees accrue four hours of annual leave per pay period, counted from the first day. [1] ";
        String text = sentence.repeat(30).strip();
        List<String> pieces = ReplySplitter.split(text, 2000);
        assertThat(pieces).hasSizeGreaterThan(1).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(2000);
            assertThat(p).startsWith("Employees").endsWith("first day. [1]");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void cutsChineseSentencesAtTheirFullStop() {
        String sentence = "员工每个发薪周期累积四小时年假，从入职第一天开始计算。[2]";
        String text = sentence.repeat(120);
        List<String> pieces = ReplySplitter.split(text, 2000);
        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2000).startsWith("员工").endsWith("。[2]"));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void movesACodeBlockThatDoesNotFitToTheNextPieceWhole() {
        String prose = "Run the deploy script as shown below, then check the dashboard. ".repeat(20).strip();
        String code = "```bash\n" + "./deploy.sh --env production --verbose\n".repeat(20) + "```";
        List<String> pieces = ReplySplitter.split(prose + "\n" + code, 2000);
        assertThat(pieces).containsExactly(prose, code);
    }

    @Test
    void closesAndReopensACodeBlockTooLongForOnePiece() {
        String line = "SELECT id, name FROM accounts WHERE balance > 100; -- report\n";
        String code = "```sql\n" + line.repeat(80) + "```";
        List<String> pieces = ReplySplitter.split("Query:\n" + code + "\nDone.", 2000);
        assertThat(pieces).hasSizeGreaterThan(1);
        for (String piece : pieces) {
            assertThat(piece.length()).isLessThanOrEqualTo(2000);
            assertThat(countFences(piece) % 2).as("balanced fences in %s", piece).isZero();
        }
        assertThat(pieces.get(1)).startsWith("```sql\nSELECT");
        assertThat(pieces).allSatisfy(p -> assertThat(p.lines()
                .filter(l -> !l.startsWith("```") && !l.equals("Query:") && !l.equals("Done."))
                .allMatch(l -> l.equals(line.strip()))).isTrue());
        String rejoined = String.join("\n", pieces).replace("```\n```sql\n", "");
        assertThat(rejoined).isEqualTo("Query:\n" + code + "\nDone.");
    }

    @Test
    void cutsAWordlessRunHardButNeverInsideASurrogatePair() {
        String text = "😀".repeat(1500);
        List<String> pieces = ReplySplitter.split(text, 101);
        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(101);
            assertThat(Character.isHighSurrogate(p.charAt(p.length() - 1))).isFalse();
        });
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void neverExceedsTheLimitOnRandomMarkdown() {
        Random random = new Random(42);
        String[] parts = {"word ", "sentence. ", "end! [3] ", "\n", "\n\n", "```java\n", "```", "x", "`code` ",
                "中文。", "— "};
                for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            List<String> pieces = ReplySplitter.split(text.toString(), 120);
            assertThat(pieces).allSatisfy(p -> assertThat(p).isNotBlank().hasSizeLessThanOrEqualTo(120));
            String letters = text.toString().replaceAll("[\\s`]|java", "");
            assertThat(String.join("", pieces).replaceAll("[\\s`]|java", "")).isEqualTo(letters);
        }
    }

    @Test
    void splitsLongTextBetweenSentencesOnly() {
        String text = IntStream.range(0, 400).mapToObj(i -> "Sentence number " + i + " ends here.")
                .collect(Collectors.joining(" "));

        List<String> pieces = ReplySplitter.split(text, 3000);

        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(3000);
            assertThat(p).startsWith("Sentence number ").endsWith(" ends here.");
        });
        assertThat(String.join(" ", pieces)).isEqualTo(text);
    }

    @Test
    void keepsACodeBlockWholeAndMovesItToTheNextPieceWhenItDoesNotFit() {
        String prose = "A sentence. ".repeat(200).strip();
        String code = "```\n" + "for (int i = 0; i < n; i++) {\n    total += i;\n}\n".repeat(20) + "```";
        String text = prose + "\n" + code + "\nAfter the code.";

        List<String> pieces = ReplySplitter.split(text, 3000);

        assertThat(pieces).allSatisfy(p -> assertThat(p.length()).isLessThanOrEqualTo(3000));
        assertThat(pieces).filteredOn(p -> p.contains("```")).singleElement()
                .satisfies(p -> assertThat(p).startsWith(code));
        assertThat(pieces.get(pieces.size() - 1)).endsWith("After the code.");
    }

    @Test
    void splitsChineseAtItsFullStops() {
        String text = "年假每年十五天，入职满一年后开始计算。".repeat(300);

        List<String> pieces = ReplySplitter.split(text, 3000);

        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(3000).endsWith("。"));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void cutsACodeBlockLongerThanALimitBetweenLinesAndReopensIt() {
        String code = "```\n" + IntStream.range(0, 300).mapToObj(i -> "line " + i + " of the log")
                .collect(Collectors.joining("\n")) + "\n```";

        List<String> pieces = ReplySplitter.split(code, 1000);

        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(1000);
            assertThat(p).startsWith("```\nline ").endsWith(" of the log\n```");
        });
    }

    @Test
    void cutsAnEndlessSentenceAtASpaceButNeverInsideAnEntity() {
        String word = "a&amp;b ";
        String text = word.repeat(1000).strip();

        List<String> pieces = ReplySplitter.split(text, 3000);

        assertThat(pieces).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(3000);
            assertThat(p).startsWith("a&amp;b").endsWith("a&amp;b");
        });
        List<String> hardCuts = ReplySplitter.split("x&amp;".repeat(100), 50);
        assertThat(hardCuts).hasSizeGreaterThan(10).allSatisfy(p ->
                assertThat(p.replace("&amp;", "")).matches("x*"));
        assertThat(String.join("", hardCuts)).isEqualTo("x&amp;".repeat(100));
    }

    private static int countFences(String s) {
        int count = 0;
        for (int at = s.indexOf("```"); at >= 0; at = s.indexOf("```", at + 3)) {
            count++;
        }
        return count;
    }
}
