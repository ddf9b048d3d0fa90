package dev.cairn.knowledge.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.Passage;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CrossScriptSearchTest extends SmallIndexTest {
    private static final String LEAVE = "Up to 240 hours of annual leave can be carried over to the next leave year.";
    private static final String PARKING = "Parking in the garage is free for employees with a badge.";
    private static final String TEA = "龙井茶产于浙江杭州西湖一带，已有一千二百多年历史。";
    private static final String TRAIN = "京沪高速铁路全长1318公里，设计时速350公里。";
    @BeforeEach
    void putDocuments() {
        put("en1", "leave.md", LEAVE);
        put("en2", "parking.md", PARKING);
        put("zh1", "tea.txt", TEA);
        put("zh2", "train.txt", TRAIN);
    }

    private List<Passage> search(String question) {
        return index.search(question, List.of(), Set.of("web"), 5, 0.3);
    }

    @Test
    void aChineseQuestionFindsTheEnglishPassageAndQuotesItAsWritten() {
        List<Passage> found = search("年假能结转多少小时？");

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).document()).isEqualTo("leave.md");
        assertThat(found.get(0).text()).isEqualTo(LEAVE);
    }

    @Test
    void anEnglishQuestionFindsTheChinesePassage() {
        List<Passage> found = search("how fast is the high speed railway?");

        assertThat(found).isNotEmpty();
        assertThat(found.get(0).document()).isEqualTo("train.txt");
    }

    @Test
    void aQuestionInTheDocumentsOwnScriptStillRanksItsPassageFirst() {
        assertThat(search("annual leave carried over").get(0).document()).isEqualTo("leave.md");
        assertThat(search("龙井茶产于哪里").get(0).document()).isEqualTo("tea.txt");
    }
}
