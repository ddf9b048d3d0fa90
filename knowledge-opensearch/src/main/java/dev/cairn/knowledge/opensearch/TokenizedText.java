package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.index.AnalyzedTerms;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;

/**
 * Analyses text in Cairn with the embedded index's analyzer ({@link MixedLanguageAnalyzer}), so that OpenSearch only
 * splits the tokens on spaces: Chinese words go to one field, everything else to another, as the embedded index's
 * similarity scores the two scripts differently.
 */
final class TokenizedText {
    private static final Analyzer ANALYZER = new MixedLanguageAnalyzer();

    private TokenizedText() {
    }

    /** The analyzer of passage text, as the embedded index's. */
    static Analyzer analyzer() {
        return ANALYZER;
    }

    static List<String> tokens(String text) {
        return AnalyzedTerms.of(ANALYZER, text);
    }

    /** The field a token goes to: Chinese words (starting with a Han character) to {@code text_zh}. */
    static String field(String token) {
        return !token.isEmpty() && Character.UnicodeScript.of(token.codePointAt(0)) == Character.UnicodeScript.HAN
                ? StoreSchema.TEXT_ZH : Fields.TEXT;
    }

    /** The tokens of one field, joined by spaces. */
    static String joined(List<String> tokens, String field) {
        StringBuilder joined = new StringBuilder();
        for (String token : tokens) {
            if (field(token).equals(field)) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(token);
            }
        }
        return joined.toString();
    }
}
