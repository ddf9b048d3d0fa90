package dev.cairn.core.reply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ReplySplitterTest {
    private static final int CASES = 2_000;
    private static final String[] EMOJI = {"👨‍👩‍👧‍👦", "👍🏽", "🇫🇷", "🇯🇵", "❤️", "🏳️‍🌈", "😀", "👩🏿‍💻", "é"};
    private static final String[] WORDS = {"leave", "request", "policy", "the", "a", "manager", "approves", "within",
        "days", "of", "submission", "handbook", "section", "holiday", "remote", "work", "expenses", "travel"};
    private static final Pattern ORPHAN = Pattern.compile("\\s*\\[\\d+]");
    private static final String CJK = "请假需要提前三天申请经理批准后生效员工手册规定年假天数";

    /** A text of sentences with markers, emoji, links, code spans and blocks, entities and CJK, and its spans. */
    private record Generated(String text, List<String> spans) {
    }

    private static Generated generate(Random random) {
        StringBuilder text = new StringBuilder();
        List<String> spans = new ArrayList<>();
        int sentences = 1 + random.nextInt(30);
        for (int s = 0; s < sentences; s++) {
            boolean chinese = random.nextInt(4) == 0;
            int words = 1 + random.nextInt(14);
            for (int w = 0; w < words; w++) {
                int kind = random.nextInt(20);
                String piece;
                if (kind == 0) {
                    piece = "[" + label(random) + "](https://example.com/" + label(random) + "?q=" + w + ")";
                    spans.add(piece);
                } else if (kind == 1) {
                    piece = "`" + label(random) + " " + label(random) + "`";
                    spans.add(piece);
                } else if (kind == 2) {
                    piece = EMOJI[random.nextInt(EMOJI.length)];
                    spans.add(piece);
                } else if (kind == 3) {
                    piece = "&amp;";
                    spans.add(piece);
                } else if (kind == 5) {
                    String block = "```sh\nls " + label(random) + "\n```";
                    spans.add(block);
                    piece = "\n" + block + "\n"; // a fence starts a line, as Markdown wants
                } else if (kind == 4) {
                    piece = "x".repeat(30 + random.nextInt(80)); // a word longer than some limits
                } else if (chinese) {
                    int from = random.nextInt(CJK.length() - 6);
                    piece = CJK.substring(from, from + 2 + random.nextInt(5));
                } else {
                    piece = WORDS[random.nextInt(WORDS.length)];
                }
                text.append(piece);
                if (!chinese || random.nextBoolean()) {
                    text.append(' ');
                }
            }
            trimEnd(text);
            text.append(chinese ? "。" : random.nextInt(5) == 0 ? "?" : ".");
            int markers = random.nextInt(3);
            for (int m = 0; m < markers; m++) {
                text.append(chinese && m == 0 ? "" : " ").append('[').append(1 + random.nextInt(12)).append(']');
            }
            int gap = random.nextInt(10);
            text.append(gap == 0 ? "\n\n" : gap == 1 ? "\n" : chinese && gap < 5 ? "" : " ");
        }
        return new Generated(text.toString(), spans);
    }

    private static String label(Random random) {
        return WORDS[random.nextInt(WORDS.length)] + (random.nextBoolean() ? "-" + random.nextInt(99) : "");
    }

    private static void trimEnd(StringBuilder text) {
        while (text.length() > 0 && text.charAt(text.length() - 1) == ' ') {
            text.setLength(text.length() - 1);
        }
    }

    @Test
    void everyPieceFitsAndTheirConcatenationIsTheTextWithNothingBrokenOrOrphaned() {
        Random random = new Random(20261205L);
        for (int c = 0; c < CASES; c++) {
            Generated generated = generate(random);
            int limit = ReplySplitter.MIN_LIMIT + random.nextInt(400);
            String text = generated.text().strip();
            List<String> pieces = ReplySplitter.split(generated.text(), limit);

            List<Integer> cuts = cuts(text, pieces);
            List<int[]> spans = ranges(text, generated.spans(), limit);
            for (String piece : pieces) {
                if (piece.length() > limit || piece.isBlank() || ORPHAN.matcher(piece).lookingAt()) {
                    fail("piece '" + piece + "' is too long, blank or starts with a marker; " + where(c, limit, text));
                }
            }
            for (int cut : cuts) {
                Optional<String> problem = broken(text, cut, spans);
                if (problem.isPresent()) {
                    fail(problem.get() + " at " + cut + "; " + where(c, limit, text));
                }
            }
        }
    }

    @Test
    void shortenedTextFitsEndsWithAnEllipsisAndBreaksNothing() {
        Random random = new Random(7L);
        for (int c = 0; c < CASES; c++) {
            Generated generated = generate(random);
            int limit = 2 + random.nextInt(300);
            String text = generated.text();
            String shortened = ReplySplitter.shorten(text, limit);

            assertThat(shortened.length()).isLessThanOrEqualTo(limit);
            if (text.length() <= limit) {
                assertThat(shortened).isEqualTo(text);
                continue;
            }
            String kept = shortened.substring(0, shortened.length() - 1);
            if (!shortened.endsWith("…") || !text.startsWith(kept)) {
                fail("'" + shortened + "' is not a beginning of the text and an ellipsis; " + where(c, limit, text));
            }
            Optional<String> problem = kept.isEmpty() ? Optional.empty()
                    : broken(text, kept.length(), ranges(text, generated.spans(), limit - 1));
            if (problem.isPresent()) {
                fail(problem.get() + "; " + where(c, limit, text));
            }
        }
    }

    private static String where(int c, int limit, String text) {
        return "case " + c + ", limit " + limit + ", text: " + text;
    }

    /** Where {@code spans} that fit in {@code limit} lie in {@code text}: only those must never be cut. */
    private static List<int[]> ranges(String text, List<String> spans, int limit) {
        List<int[]> ranges = new ArrayList<>();
        for (String span : new java.util.HashSet<>(spans)) {
            if (span.length() <= limit) {
                for (int from = text.indexOf(span); from >= 0; from = text.indexOf(span, from + 1)) {
                    ranges.add(new int[] {from, from + span.length(), 0});
                }
            }
        }
        return ranges;
    }

    /** The offsets in {@code text} where one piece ends; fails unless only whitespace lies between pieces. */
    private static List<Integer> cuts(String text, List<String> pieces) {
        List<Integer> cuts = new ArrayList<>();
        int at = 0;
        for (String piece : pieces) {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            if (!text.startsWith(piece, at)) {
                fail("piece '" + piece + "' is not found at " + at + " of: " + text);
            }
            at += piece.length();
            cuts.add(at);
        }
        assertThat(at).as("the pieces cover the text").isEqualTo(text.length());
        cuts.remove(cuts.size() - 1);
        return cuts;
    }

    /** What a cut at {@code cut} breaks: a character, an emoji sequence, a flag or a span; empty when nothing. */
    private static Optional<String> broken(String text, int cut, List<int[]> spans) {
        if (Character.isLowSurrogate(text.charAt(cut))) {
            return Optional.of("a surrogate pair is cut");
        }
        int next = text.codePointAt(cut);
        if (next == 0x200D || next == 0xFE0F || (next >= 0x1F3FB && next <= 0x1F3FF) || next == 0x0301
                || text.charAt(cut - 1) == 0x200D) {
            return Optional.of("an emoji sequence is cut");
        }
        int indicators = 0;
        for (int i = cut; i > 0 && text.codePointBefore(i) >= 0x1F1E6 && text.codePointBefore(i) <= 0x1F1FF; i -= 2) {
            indicators++;
        }
        if (indicators % 2 == 1) {
            return Optional.of("a flag is cut in half");
        }
        for (int[] span : spans) {
            if (cut > span[0] && cut < span[1]) {
                return Optional.of("'" + text.substring(span[0], span[1]) + "' is cut");
            }
        }
        return Optional.empty();
    }

    @Test
    void aMarkerStaysWithTheSentenceItFollows() {
        String text = "The first sentence is about leave. [1] The second sentence is about travel expenses. [2] "
                + "The third one.";

        List<String> pieces = ReplySplitter.split(text, 92);

        assertThat(pieces).containsExactly("The first sentence is about leave. [1] The second sentence is about "
                + "travel expenses. [2]", "The third one.");
        assertThat(ReplySplitter.split(text, 60)).allSatisfy(p -> assertThat(p).doesNotStartWith("["))
                .first().isEqualTo("The first sentence is about leave. [1]");
    }

    @Test
    void chineseSentencesAreCutAfterTheirFullStopAndMarkers() {
        String text = "员工每年有十五天年假。[1]请假需要提前三天申请。[2]经理批准后生效，并记录在系统中。[3]";

        List<String> pieces = ReplySplitter.split(text, 40);

        assertThat(pieces).containsExactly("员工每年有十五天年假。[1]请假需要提前三天申请。[2]", "经理批准后生效，并记录在系统中。[3]");
    }

    @Test
    void paragraphsAreCutBeforeSentences() {
        String text = "One short paragraph here.\n\nAnother paragraph. It has two sentences that go on and on.";

        assertThat(ReplySplitter.split(text, 70)).containsExactly("One short paragraph here.",
                "Another paragraph. It has two sentences that go on and on.");
    }

    @Test
    void aLongCodeBlockIsCutBetweenLinesAndReopenedWithItsLanguage() {
        StringBuilder code = new StringBuilder("Run this:\n```bash\n");
        for (int i = 0; i < 20; i++) {
            code.append("echo line number ").append(i).append('\n');
        }
        code.append("```\nDone.");

        List<String> pieces = ReplySplitter.split(code.toString(), 120);

        assertThat(pieces).hasSizeGreaterThan(3).allSatisfy(p -> {
            assertThat(p.length()).isLessThanOrEqualTo(120);
            assertThat(countFences(p) % 2).as(p).isZero();
        });
        assertThat(pieces.get(1)).startsWith("```bash\necho line number");
        assertThat(String.join("\n", pieces).replace("\n```\n```bash\n", "\n")).isEqualTo(code.toString());
    }

    private static int countFences(String text) {
        int n = 0;
        for (int at = text.indexOf("```"); at >= 0; at = text.indexOf("```", at + 3)) {
            n++;
        }
        return n;
    }

    @Test
    void shortTextIsOneStrippedPieceAndBlankTextNone() {
        assertThat(ReplySplitter.split("  fine as it is \n", 100)).containsExactly("fine as it is");
        assertThat(ReplySplitter.split(" \n ", 100)).isEmpty();
        assertThatThrownBy(() -> ReplySplitter.split("x", 10)).hasMessageContaining("limit");
    }

    @Test
    void shortenCutsAtAWordAndNeverInsideALinkOrEmoji() {
        assertThat(ReplySplitter.shorten("one two three four", 12)).isEqualTo("one two…");
        assertThat(ReplySplitter.shorten("see [the handbook](https://example.com/h) now", 30)).isEqualTo("see…");
        assertThat(ReplySplitter.shorten("👨‍👩‍👧‍👦👨‍👩‍👧‍👦", 13)).isEqualTo("👨‍👩‍👧‍👦…");
    }
}
