package dev.cairn.core.answer;

import java.util.regex.Pattern;

/**
 * Joins the lines of hard-wrapped text (Markdown and plain text often break a sentence over several lines) so that a
 * sentence can be quoted whole: a line break becomes a space unless the line ends a sentence, a heading or a list
 * intro, the line is a short title (under 50 characters, the next line capitalised), the next line is blank, or the
 * next line opens a list item, a heading, a table row or a quote.
 */
final class WrappedLines {
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*([-*+•>#|]|\\d+[.)]\\s|```)");
    private static final Pattern LINE_END = Pattern.compile("[.!?:;。？！；]\\s*$|^\\s*#.*$|^\\s*[|].*$|^\\s*$");

    /** A shorter line without end punctuation, followed by a capitalised one, is a title, not a wrapped line. */
    private static final int WRAPPED_LINE = 50;

    private WrappedLines() {
    }

    /** The text with each wrapped line joined to the line before it. */
    static String join(String text) {
        String[] lines = text.split("\\r?\\n", -1);
        StringBuilder joined = new StringBuilder(text.length());
        for (int i = 0; i < lines.length; i++) {
            joined.append(lines[i]);
            if (i + 1 == lines.length) {
                break;
            }
            String next = lines[i + 1];
            boolean wrapped = !LINE_END.matcher(lines[i]).find() && !next.isBlank()
                    && !BLOCK_START.matcher(next).find()
                    && (lines[i].strip().length() >= WRAPPED_LINE || Character.isLowerCase(next.strip().charAt(0)));
            joined.append(wrapped ? " " : "\n");
        }
        return joined.toString();
    }
}
