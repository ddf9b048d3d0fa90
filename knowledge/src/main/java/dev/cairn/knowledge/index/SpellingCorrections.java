package dev.cairn.knowledge.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;

/**
 * Corrects the misspelt words of a chat question ("aproved", "sumons") to a term the index holds, with Lucene's
 * {@link DirectSpellChecker}, by {@link SpellingRules}: a near miss names a city the documents lack; that must stay
 * missing, not become a similar word.
 */
final class SpellingCorrections {
    private final DirectSpellChecker checker = new DirectSpellChecker();

    SpellingCorrections() {
        checker.setMaxEdits(SpellingRules.MAX_EDITS);
        checker.setMinQueryLength(SpellingRules.MIN_LENGTH);
    }

    /** Each analysed question term that is misspelt, with the index term it is corrected to. */
    Map<String, String> of(IndexReader reader, List<String> terms, Set<String> specific) throws IOException {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (String term : SpellingRules.candidates(terms, specific)) {
            List<SpellingRules.Suggestion> suggestions = new ArrayList<>();
            // suggests nothing for a term the index holds
            for (SuggestWord word : checker.suggestSimilar(new Term(Fields.TEXT, term), SpellingRules.SUGGESTIONS, reader,
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                suggestions.add(new SpellingRules.Suggestion(word.string, word.freq));
            }
            SpellingRules.choose(suggestions).ifPresent(correction -> corrections.put(term, correction));
        }
        return corrections;
    }
}
