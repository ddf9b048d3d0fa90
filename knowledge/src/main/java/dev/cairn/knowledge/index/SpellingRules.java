package dev.cairn.knowledge.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of typo correction, for both stores: which question terms to ask about (Latin terms of at least {@link
 * #MIN_LENGTH} letters, never a number or name the question is specifically about), how far a correction may be
 * ({@link #MAX_EDITS}) and which suggestion to take (the first of the best {@link #SUGGESTIONS} that at least {@link
 * #MIN_PASSAGES} passages hold). The embedded index asks Lucene's DirectSpellChecker ({@link SpellingCorrections});
 * OpenSearch runs it in its {@code term} suggester. The engine must suggest only for a term no passage holds
 * (OpenSearch: {@code suggest_mode: missing}).
 */
public final class SpellingRules {
    /** Edits from the typed term to its correction. */
    public static final int MAX_EDITS = 1;
    /** The shortest term corrected. */
    public static final int MIN_LENGTH = 5;
    /** The fewest passages that must hold a correction. */
    public static final int MIN_PASSAGES = 2;
    /** Suggestions looked at, best first, for one held by enough passages (as {@link SpellingCorrections}). */
    public static final int SUGGESTIONS = 3;
    private static final Pattern LATIN = Pattern.compile("[a-z]+");

    private SpellingRules() {
    }

    /** A suggestion of the engine: a term it holds and how many passages hold it. */
    public record Suggestion(String term, long passages) {
    }

    /**
     * The analysed question terms worth asking about, each once, in order: Latin terms of at least {@link #MIN_LENGTH}
     * letters that are not among the question's numbers and names ({@code specific}).
     */
    public static List<String> candidates(List<String> terms, Set<String> specific) {
        List<String> candidates = new ArrayList<>();
        for (String term : terms) {
            if (term.length() >= MIN_LENGTH && LATIN.matcher(term).matches() && !specific.contains(term)
                    && !candidates.contains(term)) {
                candidates.add(term);
            }
        }
        return candidates;
    }

    /** The correction among the engine's suggestions, best first: the first at least two passages hold. */
    public static Optional<String> choose(List<Suggestion> suggestions) {
        return suggestions.stream().limit(SUGGESTIONS).filter(s -> s.passages() >= MIN_PASSAGES)
                .map(Suggestion::term).findFirst();
    }
}
