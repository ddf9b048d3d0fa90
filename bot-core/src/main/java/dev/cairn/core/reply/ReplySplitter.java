package dev.cairn.core.reply;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts reply text to a platform's length limits, the same way for every adapter: {@link #split} into pieces, or
 * {@link #shorten} to one. It cuts between paragraphs, then lines, then sentences (a sentence keeps the {@code [n]}
 * markers that follow it, so no piece starts with one), then words, and only then anywhere; never inside a character
 * (a surrogate pair), an emoji sequence (ZWJ, variation selectors, skin tones, flags: one grapheme cluster), a
 * Markdown link, a code span or an HTML entity. A fenced code block too long for one piece is cut between lines,
 * closed at the end of the piece and reopened, with its language, at the start of the next.
 */
public final class ReplySplitter {
    /** The smallest limit a text can be split to. */
    public static final int MIN_LIMIT = 40;
    private static final String FENCE = "```";
    private static final String CLOSE = "\n" + FENCE;
    private static final Pattern FENCED = Pattern.compile("```([\\w+#.-]{1,20}(?=\\r?\\n))?[\\s\\S]*?(?:```|\\z)");
    private static final Pattern CODE_SPAN = Pattern.compile("`[^`\\n]+`");
    private static final Pattern LINK = Pattern.compile("!?\\[[^\\[\\]\\n]*]\\([^()\\s]*\\)|<https?://[^<>\\s]*>");
    private static final Pattern ENTITY = Pattern.compile("&(?:amp|lt|gt|quot|#\\d{1,6});");
    private static final Pattern MARKER = Pattern.compile("\\[\\d{1,4}]");
    private static final String SENTENCE_ENDS = ".!?。！？；…";
    private static final String WIDE_SENTENCE_ENDS = "。！？；";

    private ReplySplitter() {
    }

    /**
     * The pieces of {@code text}, in order, each at most {@code limit} characters and not blank; empty for blank
     * text. Joined with the whitespace cut between them (and without the fences added to a cut code block), they
     * give back the stripped text.
     */
    public static List<String> split(String text, int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("limit must be " + MIN_LIMIT + " or more, was " + limit);
        }
        String t = text.strip();
        Layout layout = Layout.of(t);
        List<String> pieces = new ArrayList<>();
        int start = 0;
        String reopen = "";
        while (start < t.length()) {
            int budget = limit - reopen.length();
            if (t.length() - start <= budget) {
                pieces.add(reopen + t.substring(start));
                break;
            }
            int cut = layout.cut(start, budget, budget / 3);
            if (cut > start) {
                pieces.add(reopen + t.substring(start, cut).stripTrailing());
                reopen = "";
                start = layout.skipSpace(cut);
                continue;
            }
            Layout.Fence fence = layout.fenceAround(start + 1);
            if (fence != null) {
                int inside = layout.cutInsideCode(start, budget - CLOSE.length());
                pieces.add(reopen + t.substring(start, inside) + CLOSE);
                reopen = FENCE + fence.language() + "\n";
                start = t.startsWith("\n", inside) ? inside + 1 : inside;
                continue;
            }
            int hard = layout.forced(start, budget);
            if (hard <= start) {
                hard = start + budget - (Character.isHighSurrogate(t.charAt(start + budget - 1)) ? 1 : 0);
            }
            pieces.add(reopen + t.substring(start, hard).stripTrailing());
            reopen = "";
            start = layout.skipSpace(hard);
        }
        pieces.removeIf(String::isBlank);
        return pieces;
    }

    /**
     * {@code text} if it is at most {@code limit} characters; else its beginning, cut as {@link #split} cuts and
     * ended with an ellipsis, at most {@code limit} characters in all.
     */
    public static String shorten(String text, int limit) {
        if (limit < 2) {
            throw new IllegalArgumentException("limit must be 2 or more, was " + limit);
        }
        if (text.length() <= limit) {
            return text;
        }
        Layout layout = Layout.of(text);
        int budget = limit - 1;
        int cut = layout.cut(0, budget, budget / 2);
        if (cut <= 0) {
            cut = layout.forced(0, budget);
        }
        if (cut <= 0) {
            return "…";
        }
        return text.substring(0, cut).stripTrailing() + "…";
    }

    /** Where a text may be cut: its grapheme boundaries, and the spans (links, code, entities, markers) kept whole. */
    private static final class Layout {
        private final String text;
        private final boolean[] boundary;
        private final boolean[] inSpan;
        /** Positions a piece may not end at, because the next would start with a marker. */
        private final boolean[] orphaning;
        private final List<Fence> fences = new ArrayList<>();
        private int[] levels;

        private Layout(String text) {
            this.text = text;
            int n = text.length();
            boundary = graphemeBoundaries(text);
            inSpan = new boolean[n + 1];
            orphaning = new boolean[n + 1];
            Matcher m = MARKER.matcher(text);
            while (m.find()) {
                int i = m.start();
                orphaning[i] = true;
                while (i > 0 && Character.isWhitespace(text.charAt(i - 1))) {
                    orphaning[--i] = true;
                }
            }
        }

        /**
         * Where one user-perceived character ends and the next begins (UAX #29 for the cases replies hold): never
         * inside a surrogate pair or CR LF, before a combining mark, a variation selector, a skin tone, a tag or a
         * ZWJ, after a ZWJ, nor between the two regional indicators of a flag. A linear pass; the regex {@code \\X}
         * was ten times slower.
         */
        private static boolean[] graphemeBoundaries(String text) {
            int n = text.length();
            boolean[] boundary = new boolean[n + 1];
            boundary[0] = true;
            boundary[n] = true;
            int previous = -1;
            int indicators = 0;
            for (int i = 0; i < n; ) {
                int cp = text.codePointAt(i);
                if (previous >= 0) {
                    boolean joined = extends_(cp) || previous == 0x200D || (previous == '\r' && cp == '\n')
                            || (indicator(cp) && indicator(previous) && indicators % 2 == 1);
                    boundary[i] = !joined;
                }
                indicators = indicator(cp) ? indicators + 1 : 0;
                previous = cp;
                i += Character.charCount(cp);
            }
            return boundary;
        }

        private static boolean extends_(int cp) {
            int type = Character.getType(cp);
            return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                    || type == Character.COMBINING_SPACING_MARK || cp == 0x200D || (cp >= 0xFE00 && cp <= 0xFE0F)
                    || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)
                    || (cp >= 0xE0100 && cp <= 0xE01EF);
        }

        private static boolean indicator(int cp) {
            return cp >= 0x1F1E6 && cp <= 0x1F1FF;
        }

        static Layout of(String text) {
            Layout layout = new Layout(text);
            boolean[] taken = new boolean[text.length()];
            Matcher f = FENCED.matcher(text);
            while (f.find()) {
                layout.fences.add(new Fence(f.start(), f.end(), f.group(1) == null ? "" : f.group(1)));
                layout.protect(f.start(), f.end(), taken);
            }
            for (Pattern p : List.of(CODE_SPAN, LINK, ENTITY, MARKER)) {
                Matcher m = p.matcher(text);
                int from = 0;
                while (from < text.length() && m.find(from)) {
                    if (free(taken, m.start(), m.end())) {
                        layout.protect(m.start(), m.end(), taken);
                        from = m.end();
                    } else {
                        from = m.start() + 1; // a match overlapping a longer span may hide one just after it
                    }
                }
            }
            layout.levels = new int[text.length() + 1];
            for (int i = 0; i <= text.length(); i++) {
                layout.levels[i] = layout.allowed(i) ? layout.level(i) : Integer.MAX_VALUE;
            }
            return layout;
        }

        private static boolean free(boolean[] taken, int from, int to) {
            for (int i = from; i < to; i++) {
                if (taken[i]) {
                    return false;
                }
            }
            return true;
        }

        private void protect(int from, int to, boolean[] taken) {
            for (int i = from; i < to; i++) {
                taken[i] = true;
            }
            for (int i = from + 1; i < to; i++) {
                inSpan[i] = true;
            }
        }

        /** Whether a piece may end at {@code i}: whole characters, whole spans, and no marker left for the next. */
        private boolean allowed(int i) {
            return boundary[i] && !inSpan[i] && !orphaning[i];
        }

        /**
         * The best end for a piece starting at {@code start} of at most {@code budget} characters: the last
         * paragraph, line, sentence or word end past {@code floor}, else the last allowed position; 0 if none.
         */
        int cut(int start, int budget, int floor) {
            int end = Math.min(text.length(), start + budget);
            int best = 0;
            int bestLevel = Integer.MAX_VALUE;
            for (int i = end; i > start + floor && bestLevel > 0; i--) {
                if (levels[i] < bestLevel) {
                    best = i;
                    bestLevel = levels[i];
                }
            }
            if (bestLevel <= 3) {
                return best;
            }
            for (int i = end; i > start; i--) {
                if (levels[i] != Integer.MAX_VALUE) {
                    return i;
                }
            }
            return 0;
        }

        /** 0 paragraph, 1 line, 2 sentence, 3 word end; 4 elsewhere. */
        private int level(int i) {
            if (i >= text.length() || i == 0) {
                return i == 0 ? 4 : 0;
            }
            char before = text.charAt(i - 1);
            char after = text.charAt(i);
            if (Character.isWhitespace(after) && !Character.isWhitespace(before)) {
                int j = i;
                int lines = 0;
                while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
                    lines += text.charAt(j) == '\n' ? 1 : 0;
                    j++;
                }
                if (lines > 1) {
                    return 0;
                }
                if (lines == 1) {
                    return 1;
                }
                return endsSentence(i) ? 2 : 3;
            }
            return !Character.isWhitespace(before) && endsSentence(i)
                    && WIDE_SENTENCE_ENDS.indexOf(lastBeforeMarkers(i)) >= 0 ? 2 : 4;
        }

        /** Whether the text before {@code i}, less any markers at its end, ends a sentence. */
        private boolean endsSentence(int i) {
            char c = lastBeforeMarkers(i);
            return SENTENCE_ENDS.indexOf(c) >= 0;
        }

        private char lastBeforeMarkers(int i) {
            int j = i;
            while (j > 0) {
                if (text.charAt(j - 1) == ']') {
                    int open = text.lastIndexOf('[', j - 1);
                    if (open >= 0 && MARKER.matcher(text).region(open, j).matches()) {
                        j = open;
                        while (j > 0 && text.charAt(j - 1) == ' ') {
                            j--;
                        }
                        continue;
                    }
                }
                break;
            }
            return j == 0 ? ' ' : text.charAt(j - 1);
        }

        /**
         * A cut when nothing is allowed (a span longer than the budget): the last grapheme boundary that fits; 0 when
         * even the first grapheme cluster is longer than the budget.
         */
        int forced(int start, int budget) {
            int end = Math.min(text.length(), start + budget);
            for (int i = end; i > start; i--) {
                if (boundary[i]) {
                    return i;
                }
            }
            return 0;
        }

        /** A cut inside a code block: the last line end that fits, else the last grapheme boundary. */
        int cutInsideCode(int start, int budget) {
            int end = Math.min(text.length(), start + budget);
            for (int i = end; i > start + budget / 3; i--) {
                if (text.charAt(i) == '\n' && i > start) {
                    return i;
                }
            }
            int hard = forced(start, budget);
            return hard > start ? hard : start + budget;
        }

        Fence fenceAround(int i) {
            for (Fence f : fences) {
                if (f.start() < i && i < f.end()) {
                    return f;
                }
            }
            return null;
        }

        int skipSpace(int i) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            return i;
        }

        record Fence(int start, int end, String language) {
        }
    }
}
