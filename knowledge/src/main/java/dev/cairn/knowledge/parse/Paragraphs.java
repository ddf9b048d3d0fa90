package dev.cairn.knowledge.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Splits extracted text into paragraphs at blank lines and tidies the whitespace inside each one. */
final class Paragraphs {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n?|[\\n\\u000B\\f\\u2028\\u2029]");
    /** Two or more line breaks; written without a repeated group, whose matching recurses once per line. */
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[\\p{Zs}\\t]*\\n[\\p{Zs}\\t\\n]*");
    private static final Pattern SPACES = Pattern.compile("[\\p{Zs}\\t\\u0000-\\u0008\\u000E-\\u001F\\u200B\\uFEFF]+");

    private Paragraphs() {
    }

    /** The paragraphs of {@code text}, each on one line, none blank. */
    static List<String> split(CharSequence text) {
        List<String> paragraphs = new ArrayList<>();
        for (String chunk : BLANK_LINES.split(unifyLineBreaks(text))) {
            String paragraph = joinLines(chunk);
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** Like {@link #split} but keeps the line breaks inside each paragraph, for preformatted text and code. */
    static List<String> splitKeepingLines(CharSequence text) {
        List<String> paragraphs = new ArrayList<>();
        for (String chunk : BLANK_LINES.split(unifyLineBreaks(text))) {
            String paragraph = chunk.lines().map(String::stripTrailing).reduce((a, b) -> a + "\n" + b).orElse("");
            paragraph = paragraph.replaceAll("^\\n+|\\n+$", "");
            if (!paragraph.isBlank()) {
                paragraphs.add(paragraph);
            }
        }
        return paragraphs;
    }

    /** {@code text} on one line: runs of whitespace and line breaks become one space, none at the ends. */
    static String collapse(CharSequence text) {
        return joinLines(unifyLineBreaks(text));
    }

    private static String unifyLineBreaks(CharSequence text) {
        return LINE_BREAK.matcher(text).replaceAll("\n");
    }

    /** Joins lines with a space, except between two CJK characters, where a line break is not a word break. */
    private static String joinLines(String chunk) {
        StringBuilder joined = new StringBuilder(chunk.length());
        for (String line : chunk.split("\n")) {
            String tidy = SPACES.matcher(line).replaceAll(" ").strip();
            if (tidy.isEmpty()) {
                continue;
            }
            if (joined.length() > 0 && !(isCjk(joined.codePointBefore(joined.length())) && isCjk(tidy.codePointAt(0)))) {
                joined.append(' ');
            }
            joined.append(tidy);
        }
        return joined.toString();
    }

    /** Whether a character belongs to a script written without spaces between words (Chinese, Japanese). */
    static boolean isCjk(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA) {
            return true;
        }
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}
