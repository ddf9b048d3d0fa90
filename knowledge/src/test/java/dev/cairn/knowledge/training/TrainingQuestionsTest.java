package dev.cairn.knowledge.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.knowledge.index.MixedLanguageAnalyzer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class TrainingQuestionsTest {
    private static final List<String> NAMES = List.of("zanzibar", "reykjavik", "ulaanbaatar", "leave");

    private static List<TrainingQuestions.Source> sources() {
        List<TrainingQuestions.Source> sources = new ArrayList<>();
        for (int i = 0; i < HandbookSample.PASSAGES.size(); i++) {
            sources.add(new TrainingQuestions.Source("doc" + i + "#0", HandbookSample.PASSAGES.get(i)));
        }
        return sources;
    }

    private static List<TrainingQuestions.Pair> make(long seed) {
        return new TrainingQuestions(new MixedLanguageAnalyzer(), NAMES, seed).make(sources(), 15);
    }

    @Test
    void theSameSeedMakesTheSameQuestions() {
        assertThat(make(7)).isEqualTo(make(7)).isNotEqualTo(make(8));
    }

    @Test
    void aQuestionUsesWordsOfItsPassageAndItsNearMissNamesSomethingTheCorpusNeverMentions() {
        Map<String, String> text = sources().stream()
                .collect(Collectors.toMap(TrainingQuestions.Source::passageId, TrainingQuestions.Source::text));

        List<TrainingQuestions.Pair> pairs = make(3);

        assertThat(pairs).hasSize(15);
        assertThat(pairs).extracting(TrainingQuestions.Pair::passageId).doesNotHaveDuplicates();
        for (TrainingQuestions.Pair pair : pairs) {
            String passage = text.get(pair.passageId()).toLowerCase(Locale.ROOT);
            long shared = words(pair.answerable()).stream().filter(passage::contains).count();
            assertThat(shared).as(pair.answerable()).isGreaterThanOrEqualTo(2);
            assertThat(pair.nearMiss()).as(pair.nearMiss()).containsAnyOf("zanzibar", "reykjavik", "ulaanbaatar");
            assertThat(pair.nearMiss()).doesNotContain("in leave");
            assertThat(words(pair.offTopic())).as(pair.offTopic()).isNotEmpty()
                    .allMatch(w -> List.of("zanzibar", "reykjavik", "ulaanbaatar", "what", "does", "where", "find",
                            "there", "many", "when", "have", "handles", "whats").contains(w));
        }
    }

    @Test
    void nearMissesCanAskForAWordOtherPassagesHoldButTheirOwnDoesNot() {
        List<TrainingQuestions.Source> sources = sources();
        Map<String, String> text = sources.stream().collect(Collectors.toMap(TrainingQuestions.Source::passageId,
                s -> s.text().toLowerCase(Locale.ROOT)));

        List<TrainingQuestions.Pair> pairs = new TrainingQuestions(new MixedLanguageAnalyzer(), NAMES, 3, 1, 0)
                .make(sources, 15);

        long elsewhere = pairs.stream().filter(pair -> {
            List<String> asked = words(pair.answerable());
            String own = text.get(pair.passageId());
            return words(pair.nearMiss()).stream().filter(w -> !asked.contains(w))
                    .anyMatch(w -> !own.contains(w) && text.entrySet().stream()
                            .anyMatch(e -> !e.getKey().equals(pair.passageId()) && e.getValue().contains(w)));
        }).count();
        assertThat(pairs).hasSize(15);
        assertThat(elsewhere).isGreaterThanOrEqualTo(10);
        assertThat(pairs).noneMatch(p -> NAMES.stream().filter(n -> !n.equals("leave"))
                .anyMatch(n -> p.nearMiss().contains(" in " + n)));
    }

    @Test
    void anAskingWordGoesIntoTheQuestionAndItsNearMissAlike() {
        List<TrainingQuestions.Pair> pairs = new TrainingQuestions(new MixedLanguageAnalyzer(), NAMES, 5, 0, 1)
                .make(sources(), 15);

        for (TrainingQuestions.Pair pair : pairs) {
            List<String> asked = java.util.Arrays.asList(pair.answerable().toLowerCase(Locale.ROOT).split("[^a-z]+"));
            List<String> near = java.util.Arrays.asList(pair.nearMiss().toLowerCase(Locale.ROOT).split("[^a-z]+"));
            assertThat(TrainingQuestions.ASKING_WORDS).as(pair.answerable())
                    .anyMatch(w -> asked.contains(w) && near.contains(w));
        }
    }

    @Test
    void refusesSharesOutsideZeroToOne() {
        assertThatThrownBy(() -> new TrainingQuestions(new MixedLanguageAnalyzer(), NAMES, 1, 1.5, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TrainingQuestions(new MixedLanguageAnalyzer(), NAMES, 1, 0, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToMakeNearMissesWhenEveryNameIsInTheCorpus() {
        TrainingQuestions questions = new TrainingQuestions(new MixedLanguageAnalyzer(), List.of("leave", "badges"), 1);

        assertThatThrownBy(() -> questions.make(sources(), 5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("every name");
    }

    private static List<String> words(String question) {
        return java.util.Arrays.stream(question.toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
                .filter(w -> w.length() >= 4).map(Function.identity()).toList();
    }
}
