package dev.cairn.knowledge.index;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the misspelt words of a chat question ("aproved", "sumons") to a term the index holds, with Lucene's
 * {@link DirectSpellChecker}: only a Latin term no passage holds, of at least {@link #MIN_LENGTH} letters, one edit
 * from a term at least {@link #MIN_PASSAGES} passages hold, and never a number or name the question is specifically
 * about (a near miss names a city the documents lack; that must stay missing, not become a similar word).
 */
final class SpellingCorrections {
    static final int MIN_LENGTH = 5;
    static final int MIN_PASSAGES = 2;
    /** Suggestions looked at, best first, for one held by enough passages. */
    private static final int SUGGESTIONS = 3;
    private static final Pattern LATIN = Pattern.compile("[a-z]+");
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrections() {
        checker.setMaxEdits(1);
        checker.setMinQueryLength(MIN_LENGTH);
    }

    /** Each analysed question term that is misspelt, with the index term it is corrected to. */
    Map<String, String> of(IndexReader reader, List<String> terms, Set<String> specific) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String term : terms) {
            if (term.length() < MIN_LENGTH || !LATIN.matcher(term).matches() || specific.contains(term)
                    || corrections.containsKey(term) || reader.docFreq(new Term(Fields.TEXT, term)) > 0) {
                continue;
            }
            for (SuggestWord suggestion : checker.suggestSimilar(new Term(Fields.TEXT, term), SUGGESTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                if (suggestion.freq >= MIN_PASSAGES) {
                    corrections.put(term, suggestion.string);
                    break;
                }
            }
        }
        return corrections;
    }
}
