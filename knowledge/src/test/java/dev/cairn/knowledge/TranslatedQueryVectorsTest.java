package dev.cairn.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.embed.BagOfWordsEmbedder;
import dev.cairn.knowledge.embed.Embedder;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageVector;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranslatedQueryVectorsTest {
    private static final Embedder ENGLISH = new BagOfWordsEmbedder("vec_en");
    private static final Embedder CHINESE = new BagOfWordsEmbedder("vec_zh");
    private static final EmbeddingRouter BY_SCRIPT = EmbeddingRouter.byScript(ENGLISH, CHINESE);
    private final QueryTranslator translator = QueryTranslator.shipped();

    @Test
    void aChineseQuestionIsEmbeddedAsItsEnglishByTheEnglishModel() {
        String question = "年假可以结转吗";

        List<PassageVector> vectors = Vectors.translated(BY_SCRIPT, translator, question, field -> true);

        String english = translator.render(question).orElseThrow().text();
        assertThat(english).contains("annual").contains("leave");
        assertThat(vectors).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("vec_en");
            assertThat(v.values()).containsExactly(ENGLISH.embed(english));
        });
    }

    @Test
    void anEnglishQuestionIsEmbeddedWithItsChineseWordsByTheChineseModel() {
        String question = "how many days of annual leave?";
        List<PassageVector> vectors = Vectors.translated(BY_SCRIPT, translator, question, field -> true);

        String rendered = translator.render(question).orElseThrow().text();
        assertThat(rendered).startsWith(question).containsPattern("\\p{IsHan}");
        assertThat(vectors).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("vec_zh");
            assertThat(v.values()).containsExactly(CHINESE.embed(rendered));
        });
    }

    @Test
    void noTranslationWhereNoPassageHasTheOtherModelsVectors() {
        assertThat(Vectors.translated(BY_SCRIPT, translator, "年假可以结转吗", field -> !field.equals("vec_en")))
                .isEmpty();
    }

    @Test
    void noTranslationWithOneModel() {
        assertThat(Vectors.translated(EmbeddingRouter.single(ENGLISH), translator, "年假可以结转吗", field -> true))
                .isEmpty();
        assertThat(Vectors.translated(EmbeddingRouter.none(), translator, "年假可以结转吗", field -> true)).isEmpty();
    }
}
