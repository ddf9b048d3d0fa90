package dev.cairn.knowledge.crosslingual;

/** Tells Chinese text from other text by its letters: the rule by which a text's embedding model is chosen. */
public final class Scripts {
    /** Share of letters in Han script from which a text counts as Chinese. */
    private static final double HAN_SHARE = 0.2;

    private Scripts() {
    }

    /** Whether at least a fifth of the text's letters are Han characters. */
    public static boolean isChinese(String text) {
        long letters = 0;
        long han = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                    han++;
                }
            }
            i += Character.charCount(cp);
        }
        return letters > 0 && (double) han / letters >= HAN_SHARE;
    }
}
