package dev.cairn.app.discord;

import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.Answerer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.answer.Question;
import dev.cairn.core.port.Passage;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Answers like the extractive answerer, except that a question starting with "recite" gets {@link #LONG_ANSWER}
 * citing the best passage: the long, code-laden answer a language model may give. Not annotated as a
 * configuration, so that component scanning never picks it up; pass {@link Wiring} as a source to use it.
 */
final class RecitingAnswerer implements Answerer {
    static final String LONG_ANSWER = longAnswer();
    private final ExtractiveAnswerer extractive = new ExtractiveAnswerer();

    /** Makes this answerer the one Cairn uses. */
    static final class Wiring {
        @Bean
        @Primary
        Answerer recitingAnswerer() {
            return new RecitingAnswerer();
        }
    }

    @Override
    public Answer answer(Question question, List<Passage> passages, DeltaSink sink) {
        if (!question.text().startsWith("recite") || passages.isEmpty()) {
            return extractive.answer(question, passages, sink);
        }
        Passage best = passages.get(0);
        sink.accept(LONG_ANSWER);
        return new Answer(LONG_ANSWER, List.of(new Citation(1, best.documentId(), best.document(), best.location(),
                best.text(), best.link())), Outcome.ANSWERED, 0, 0);
    }

    private static String longAnswer() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 14; i++) {
            text.append("Stage ").append(i).append(" of the release drains the traffic from one region, waits for ")
                    .append("the queues to empty and only then moves on to the next region. [1] ");
        }
        text.setLength(text.length() - 1);
        text.append("\n\n```bash\n");
        for (int i = 1; i <= 45; i++) {
            text.append("./release.sh --region eu-").append(i).append(" --drain --wait-for-queues\n");
        }
        text.append("```\n\nWhen every region is done, close the release ticket and tell the team. [1]");
        return text.toString();
    }
}
