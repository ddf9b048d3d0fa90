package dev.cairn.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into comparable terms for sentence matching: lower-cased, lightly stemmed English words without
 * stop words, and overlapping two-character pieces of Chinese, Japanese and Korean runs.
 */
public final class Terms {
    private static final Set<String> STOP_WORDS = Set.of(
            "a", "an", "and", "are", "as", "at", "be", "but", "by", "can", "could", "did", "do", "does", "for",
            "from", "had", "has", "have", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my", "no",
            "not", "of", "on", "or", "our", "should", "so", "such", "that", "the", "their", "then", "there",
            "these", "they", "this", "to", "was", "we", "what", "when", "where", "which", "who", "why", "will",
            "with", "would", "you", "your", "about", "any", "also", "am", "been", "being", "were", "them",
            "he", "she", "his", "her", "than", "too", "very", "just", "tell", "please", "get", "got");

    private Terms() {
    }

    /** The terms of {@code text} in order, with repeats. */
    public static List<String> of(String text) {
        List<String> terms = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            if (isCjk(cp)) {
                int end = i;
                while (end < n && isCjk(text.codePointAt(end))) {
                    end += Character.charCount(text.codePointAt(end));
                }
                addCjkPieces(text.substring(i, end), terms);
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                int end = i;
                while (end < n && isWordPart(text, end)) {
                    end += Character.charCount(text.codePointAt(end));
                }
                String word = text.substring(i, end).toLowerCase(Locale.ROOT);
                if (!STOP_WORDS.contains(word)) {
                    terms.add(stem(word));
                }
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return terms;
    }

    private static boolean isWordPart(String text, int at) {
        int cp = text.codePointAt(at);
        return !isCjk(cp) && Character.isLetterOrDigit(cp);
    }

    static boolean isCjk(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    private static void addCjkPieces(String run, List<String> terms) {
        int[] cps = run.codePoints().toArray();
        if (cps.length == 1) {
            terms.add(run);
            return;
        }
        for (int k = 0; k + 1 < cps.length; k++) {
            terms.add(new String(cps, k, 2));
        }
    }

    /** A light English stemmer: enough to match "contractors" with "contractor" and "requested" with "request". */
    static String stem(String word) {
        if (word.length() <= 3 || !word.chars().allMatch(c -> c < 128)) {
            return word;
        }
        if (word.endsWith("'s")) {
            word = word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ies") && word.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("ing") && word.length() > 5) {
            return word.substring(0, word.length() - 3);
        }
        if (word.endsWith("ed") && word.length() > 4) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("es") && word.length() > 4 && "sxz".indexOf(word.charAt(word.length() - 3)) >= 0) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
