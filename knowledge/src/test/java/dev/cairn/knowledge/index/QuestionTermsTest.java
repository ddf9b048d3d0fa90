package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The relevance rules both stores share, on document frequencies and token sets given by hand. */
class QuestionTermsTest {
    private static final long PASSAGES = 100;

    private static QuestionTerms terms(List<String> question, Map<String, Set<String>> forms, Set<String> specific,
                                       Map<String, Long> docFreq) {
        return QuestionTerms.of(QuestionTerms.boosts(question, List.of(), 0.5), forms, specific, Set.of("how"),
                docFreq, PASSAGES);
    }

    @Test
    void aFramingWordWeighsAQuarterOfWhatAnEquallyRareContentWordWeighs() {
        QuestionTerms terms = terms(List.of("how", "badg"), Map.of(), Set.of(), Map.of("how", 3L, "badg", 3L));

        assertThat(terms.weights().get("how")).isCloseTo(0.25 * terms.weights().get("badg"), within(1e-12));
        assertThat(terms.evidence(Set.of("badg")).coverage()).isCloseTo(0.8, within(1e-12));
    }

    @Test
    void aTermIsHeldThroughAnotherFormOnlyWhenSomePassageHoldsThatForm() {
        QuestionTerms terms = terms(List.of("年假", "小时"), Map.of("年假", Set.of("annual", "vacat"),
                "小时", Set.of("hour")), Set.of(), Map.of("annual", 4L, "hour", 2L));

        assertThat(terms.forms("年假")).containsExactly("年假", "annual");
        assertThat(terms.evidence(Set.of("annual", "hour")).coverage()).isEqualTo(1.0);
        assertThat(terms.evidence(Set.of("vacat", "hour")).coverage()).isCloseTo(0.5, within(1e-12));
        assertThat(terms.evidence(Set.of()).unknownShare()).isZero();
    }

    @Test
    void aTermNoPassageHoldsInAnyFormIsUnknownAndWeighsMost() {
        QuestionTerms terms = terms(List.of("badg", "denver"), Map.of(), Set.of(), Map.of("badg", 10L));

        QuestionTerms.Evidence evidence = terms.evidence(Set.of("badg"));

        assertThat(evidence.unknownShare()).isEqualTo(evidence.missingMost()).isGreaterThan(0.5);
        assertThat(evidence.coverage()).isCloseTo(1 - evidence.unknownShare(), within(1e-12));
    }

    @Test
    void aNumberOrNameIsSpecificOnlyWhenFewPassagesHoldIt() {
        QuestionTerms terms = terms(List.of("badg", "2027", "tts"), Map.of(), Set.of("2027", "tts"),
                Map.of("badg", 10L, "2027", 5L, "tts", 6L));

        assertThat(terms.specific()).containsExactly("2027");
        assertThat(terms.evidence(Set.of("badg", "tts")).specificMissing()).isTrue();
        assertThat(terms.evidence(Set.of("badg", "2027")).specificMissing()).isFalse();
    }

    @Test
    void earlierQuestionsTermsWeighTheirContextWeightAndNoneAtZero() {
        Map<String, Double> boosts = QuestionTerms.boosts(List.of("badg"), List.of(List.of("park", "badg")), 0.5);
        Map<String, Long> docFreq = Map.of("badg", 3L, "park", 3L);

        QuestionTerms weighed = QuestionTerms.of(boosts, Map.of(), Set.of(), Set.of(), docFreq, PASSAGES);
        QuestionTerms without = QuestionTerms.of(QuestionTerms.boosts(List.of("badg"), List.of(List.of("park")), 0),
                Map.of(), Set.of(), Set.of(), docFreq, PASSAGES);

        assertThat(boosts).containsExactly(Map.entry("park", 0.5), Map.entry("badg", 1.0));
        assertThat(weighed.weights().get("park")).isCloseTo(0.5 * weighed.weights().get("badg"), within(1e-12));
        assertThat(without.weights()).containsOnlyKeys("badg");
        assertThat(QuestionTerms.asked(boosts, Map.of("badg", Set.of("徽章")))).containsExactly("park", "badg", "徽章");
    }

    @Test
    void aQuestionWithoutTermsHoldsNothing() {
        QuestionTerms terms = terms(List.of(), Map.of(), Set.of(), Map.of());

        assertThat(terms.isEmpty()).isTrue();
        assertThat(terms.evidence(Set.of("badg"))).isEqualTo(QuestionTerms.Evidence.NONE);
    }
}
