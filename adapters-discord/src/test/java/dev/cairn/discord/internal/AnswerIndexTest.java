package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerIndexTest {

    @Test
    void forgetsTheOldestAnswersPastItsCapacity() {
        AnswerIndex index = new AnswerIndex(2);
        index.remember(1, new AnswerIndex.Answered("r1", "g"));
        index.remember(2, new AnswerIndex.Answered("r2", "g"));
        index.remember(3, new AnswerIndex.Answered("r3", "g"));

        assertThat(index.find(1)).isEmpty();
        assertThat(index.find(2)).map(AnswerIndex.Answered::replyId).contains("r2");
        assertThat(index.find(3)).map(AnswerIndex.Answered::replyId).contains("r3");
    }
}
