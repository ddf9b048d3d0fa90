package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.Embedder;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TranslatedVectorSearchTest extends SmallIndexTest {
    private static final Embedder ENGLISH = new BagOfWordsEmbedder("vec_en");
    private static final Embedder CHINESE = new BagOfWordsEmbedder("vec_zh");
    private static final String LEAVE = "Up to 240 hours of annual leave can be carried over to the next leave year.";
    private static final String PARKING = "Parking in the garage is free for employees with a badge.";
    private static final String TEA = "龙井茶产于浙江杭州西湖一带，已有一千二百多年历史。";
    private static final String QUESTION = "年假可以结转多少小时？";
    @BeforeEach
    void putDocuments() {
        put("en1", "leave.md", LEAVE, ENGLISH);
        put("en2", "parking.md", PARKING, ENGLISH);
        put("zh1", "tea.txt", TEA, CHINESE);
    }

    private SearchSpec spec(List<PassageVector> translated) {
        return new SearchSpec(QUESTION, List.of(), Set.of("web"), 5, 0, RetrievalMode.HYBRID,
                Optional.of(new PassageVector(CHINESE.field(), CHINESE.embed(QUESTION))), translated);
    }

    private static PassageVector translation() {
        return new PassageVector(ENGLISH.field(), ENGLISH.embed("annual leave carry over hours"));
    }

    private PassageStore.Scored leave(List<PassageStore.Scored> candidates) {
        return candidates.stream().filter(s -> s.passage().document().equals("leave.md")).findFirst().orElseThrow();
    }

    @Test
    void aPassageInTheOtherScriptIsComparedWithTheQuestionsTranslation() {
        PassageStore.Scored without = leave(index.candidates(spec(List.of())));
        PassageStore.Scored with = leave(index.candidates(spec(List.of(translation()))));

        assertThat(without.cosine()).isNaN();
        assertThat(with.cosine()).isEqualTo(RankedLists.cosine(ENGLISH.embed(LEAVE), translation().values()),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aPassageInTheOtherScriptIsReadByTheRuleAcrossScriptsAndPasses() {
        PassageStore.Scored leave = leave(index.candidates(spec(List.of(translation()))));

        assertThat(leave.relevance()).isEqualTo(
                SearchTuning.DEFAULT.relevance().acrossScripts(leave.coverage(), leave.cosine(), true));
        assertThat(leave.relevance()).isGreaterThanOrEqualTo(0.5);
        assertThat(index.search(spec(List.of(translation())))).extracting(p -> p.document()).contains("leave.md");
    }

    @Test
    void acrossScriptsAChineseQuestionsRelevanceIsTheHigherOfCoverageAndTheMean() {
        Relevance relevance = new Relevance(0.5);

        assertThat(relevance.acrossScripts(0.6, 0.2, true)).isEqualTo(0.6);
        assertThat(relevance.acrossScripts(0.5, 0.6, true)).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(relevance.acrossScripts(0.3, Double.NaN, true)).isEqualTo(0.3);
    }

    @Test
    void anEnglishQuestionsCoverageOfAChinesePassageDoesNotPassWithoutTheCosine() {
        Relevance relevance = new Relevance(0.5);

        assertThat(relevance.acrossScripts(0.6, 0.2, false)).isEqualTo(0.4, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(relevance.acrossScripts(0.6, 0.5, false)).isEqualTo(0.55, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void acrossScriptsACosineAboveTheEvenMarkPassesOnItsOwn() {
        Relevance relevance = new Relevance(0.5, 0.58);

        assertThat(relevance.acrossScripts(0.1, 0.62, false)).isEqualTo(0.54, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(relevance.acrossScripts(0.1, 0.56, true)).isLessThan(0.5);
        assertThat(relevance.acrossScripts(0.0, 1.0, false)).isEqualTo(0.92, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aPassageInTheQuestionsScriptKeepsTheQuestionsOwnVector() {
        PassageStore.Scored tea = index.candidates(spec(List.of(translation()))).stream()
                .filter(s -> s.passage().document().equals("tea.txt")).findFirst().orElseThrow();

        assertThat(tea.cosine()).isEqualTo(RankedLists.cosine(CHINESE.embed(TEA), CHINESE.embed(QUESTION)),
                org.assertj.core.data.Offset.offset(1e-6));
    }

    @Test
    void aTranslationMustBeForAnotherModelThanTheQuestions() {
        assertThatThrownBy(() -> spec(List.of(new PassageVector(CHINESE.field(), CHINESE.embed("年假")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another field");
    }

    @Test
    void theIndexSaysWhichModelsItHoldsVectorsOf() {
        assertThat(index.holdsVectors("vec_en")).isTrue();
        assertThat(index.holdsVectors("vec_zh")).isTrue();
        assertThat(index.holdsVectors("vec_other")).isFalse();
    }
}
