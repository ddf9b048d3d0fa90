package dev.cairn.core.answer;

import dev.cairn.core.port.Passage;
import java.util.List;

/** Writes the answer to a question from retrieved passages; with no passages it says plainly that it has nothing on it. */
public interface Answerer {

    /**
     * @param passages relevant passages, best first (may be empty)
     * @param sink     receives the answer text as it is produced
     */
    Answer answer(Question question, List<Passage> passages, DeltaSink sink);
}
