package dev.cairn.core.text;

import java.util.ArrayList;
import java.util.List;

/** Splits passage text into sentences, for English (". ", "? ", "! ") and Chinese ("。", "？", "！", "；") punctuation and line breaks. */
public final class Sentences {
    private static final int MAX_SENTENCE_CHARS = 400;

    private Sentences() {
    }

    /** The sentences of {@code text}, trimmed, never blank; very long runs without punctuation are cut at a space. */
    public static List<String> of(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                flush(current, sentences);
                continue;
            }
            current.append(c);
            boolean cjkEnd = c == '。' || c == '？' || c == '！' || c == '；';
            boolean latinEnd = (c == '.' || c == '?' || c == '!')
                    && (i + 1 == n || Character.isWhitespace(text.charAt(i + 1)))
                    && !endsWithAbbreviation(current);
            if (cjkEnd || latinEnd) {
                flush(current, sentences);
            }
        }
        flush(current, sentences);
        return sentences;
    }

    private static boolean endsWithAbbreviation(StringBuilder s) {
        int start = s.length() - 2;
        while (start >= 0 && Character.isLetter(s.charAt(start))) {
            start--;
        }
        String word = s.substring(start + 1, s.length() - 1);
        return word.length() == 1 || word.equals("e.g") || word.equals("i.e") || word.equals("etc")
                || word.equals("Mr") || word.equals("Ms") || word.equals("Dr") || word.equals("vs");
    }

    private static void flush(StringBuilder current, List<String> sentences) {
        String sentence = current.toString().strip();
        current.setLength(0);
        int start = 0; // of the rest: cutting by index keeps a megabyte-long run linear, not quadratic
        int end = sentence.length();
        while (end - start > MAX_SENTENCE_CHARS) {
            int space = sentence.lastIndexOf(' ', start + MAX_SENTENCE_CHARS) - start;
            int cut = space < MAX_SENTENCE_CHARS / 2 ? MAX_SENTENCE_CHARS : space;
            sentences.add(sentence.substring(start, start + cut).strip());
            start += cut;
            while (start < end && Character.isWhitespace(sentence.charAt(start))) {
                start++;
            }
        }
        if (start < end) {
            sentences.add(sentence.substring(start));
        }
    }
}
