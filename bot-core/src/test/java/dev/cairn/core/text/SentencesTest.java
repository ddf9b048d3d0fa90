package dev.cairn.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void splitsEnglishAndChineseSentences() {
        assertThat(Sentences.of("Leave is 13 days. Ask e.g. HR first! 年假十五天。病假另计？"))
                .containsExactly("Leave is 13 days.", "Ask e.g. HR first!", "年假十五天。", "病假另计？");
    }

    @Test
    void lineBreaksEndSentences() {
        assertThat(Sentences.of("Title\nFirst line of text")).containsExactly("Title", "First line of text");
    }

    @Test
    void cutsOverlongRunsAtASpace() {
        String run = "word ".repeat(200);
        assertThat(Sentences.of(run)).allSatisfy(s -> assertThat(s.length()).isLessThanOrEqualTo(400)).hasSize(3);
    }

    @Test
    void cutsAMegabyteRunIntoPiecesThatRejoinToIt() {
        String run = "lorem ipsum dolor sit amet ".repeat(40_000).strip();

        java.util.List<String> pieces = Sentences.of(run);

        assertThat(pieces).allSatisfy(s -> assertThat(s.length()).isBetween(200, 400));
        assertThat(String.join(" ", pieces)).isEqualTo(run);
    }
}
