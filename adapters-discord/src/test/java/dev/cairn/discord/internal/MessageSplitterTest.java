package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class MessageSplitterTest {
    private final MessageSplitter discord = new MessageSplitter(2000);

    @Test
    void keepsShortTextWhole() {
        assertThat(discord.split("  Leave accrues monthly. [1]\n")).containsExactly("Leave accrues monthly. [1]");
        assertThat(discord.split(" \n ")).isEmpty();
    }

    @Test
    void cutsBetweenParagraphsFirst() {
        String first = "a".repeat(900) + " ends here.";
        String second = "b".repeat(900) + " and here.";
        String third = "c".repeat(900);
        List<String> pieces = discord.split(first + "\n\n" + second + "\n\n" + third);
        assertThat(pieces).containsExactly(first + "\n\n" + second, third);
    }

    @Test
    void cutsAfterASentenceKeepingItsCitationMarkers() {
        String sentence = "Employees accrue four hours of annual leave per pay period, counted from the first day. [1] ";
        String text = sentence.repeat(30).strip();
        List<String> pieces = discord.split(text);
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
        List<String> pieces = discord.split(text);
        assertThat(pieces).hasSizeGreaterThan(1)
                .allSatisfy(p -> assertThat(p).hasSizeLessThanOrEqualTo(2000).startsWith("员工").endsWith("。[2]"));
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void movesACodeBlockThatDoesNotFitToTheNextPieceWhole() {
        String prose = "Run the deploy script as shown below, then check the dashboard. ".repeat(20).strip();
        String code = "```bash\n" + "./deploy.sh --env production --verbose\n".repeat(20) + "```";
        List<String> pieces = discord.split(prose + "\n" + code);
        assertThat(pieces).containsExactly(prose, code);
    }

    @Test
    void closesAndReopensACodeBlockTooLongForOnePiece() {
        String line = "SELECT id, name FROM accounts WHERE balance > 100; -- report\n";
        String code = "```sql\n" + line.repeat(80) + "```";
        List<String> pieces = discord.split("Query:\n" + code + "\nDone.");
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
        List<String> pieces = new MessageSplitter(101).split(text);
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
        MessageSplitter small = new MessageSplitter(120);
        for (int round = 0; round < 300; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(400);
            for (int i = 0; i < n; i++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            List<String> pieces = small.split(text.toString());
            assertThat(pieces).allSatisfy(p -> assertThat(p).isNotBlank().hasSizeLessThanOrEqualTo(120));
            String letters = text.toString().replaceAll("[\\s`]|java", "");
            assertThat(String.join("", pieces).replaceAll("[\\s`]|java", "")).isEqualTo(letters);
        }
    }

    @Test
    void refusesALimitTooSmallForAFence() {
        assertThatThrownBy(() -> new MessageSplitter(10)).hasMessageContaining("limit");
    }

    private static int countFences(String s) {
        int count = 0;
        for (int at = s.indexOf("```"); at >= 0; at = s.indexOf("```", at + 3)) {
            count++;
        }
        return count;
    }
}
