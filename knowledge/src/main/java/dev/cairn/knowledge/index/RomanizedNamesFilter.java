package dev.cairn.knowledge.index;

import dev.cairn.knowledge.crosslingual.PinyinReadings;
import dev.cairn.knowledge.crosslingual.Scripts;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Adds to Chinese passage text the pinyin an English question would write its names in, so that "ye qiaobo" finds
 * 叶乔波. The segmenter splits a name it does not know into characters (叶 乔 波), so after each Chinese word this
 * stacks (at the same position, so passage length is unchanged) the toneless readings of the runs of two or three
 * adjacent words ending there that hold a one-character word ("yeqiao", "qiaobo", "yeqiaobo"; 白云 山 gives
 * "baiyunshan"), and of the word itself when the dictionary lists it as a proper noun (嘉兴 "jiaxing"). Words are
 * adjacent when nothing, not even a stop word or punctuation, stands between them. Common words alone are not
 * romanized: 那么 "name" would let the English word match any passage that says "like that".
 */
final class RomanizedNamesFilter extends TokenFilter {
    /** Characters a run may hold: a Chinese name has two to four, a place name with its suffix five. */
    static final int MAX_CHARACTERS = 5;
    /** Readings added per run (of its characters' polyphones). */
    static final int READINGS_PER_RUN = 4;
    private static final int MAX_WORDS = 3;
    private final Supplier<PinyinReadings> pinyin;
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    /** The Chinese words just before the current one, each ending where the next starts. */
    private final Deque<Word> run = new ArrayDeque<>();
    private final Deque<String> stacked = new ArrayDeque<>();
    private State current;

    RomanizedNamesFilter(TokenStream input, Supplier<PinyinReadings> pinyin) {
        super(input);
        this.pinyin = pinyin;
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!stacked.isEmpty()) {
            restoreState(current);
            term.setEmpty().append(stacked.poll());
            increment.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        String word = term.toString();
        if (!Scripts.isAllHan(word)) {
            run.clear();
            return true;
        }
        if (!run.isEmpty() && run.peekLast().end() != offset.startOffset()) {
            run.clear();
        }
        run.addLast(new Word(word, offset.endOffset()));
        if (run.size() > MAX_WORDS) {
            run.removeFirst();
        }
        stacked.addAll(readings());
        if (!stacked.isEmpty()) {
            current = captureState();
        }
        return true;
    }

    /** The readings of the runs ending at the current word, longest run first. */
    private Set<String> readings() {
        Set<String> readings = new LinkedHashSet<>();
        List<Word> words = new ArrayList<>(run);
        for (int from = 0; from < words.size(); from++) {
            List<String> window = words.subList(from, words.size()).stream().map(Word::text).toList();
            int characters = window.stream().mapToInt(w -> w.codePointCount(0, w.length())).sum();
            boolean single = window.size() == 1;
            boolean named = single ? characters >= 2 && pinyin.get().isProperNoun(window.get(0))
                    : window.stream().anyMatch(w -> w.codePointCount(0, w.length()) == 1);
            if (named && characters <= MAX_CHARACTERS) {
                readings.addAll(pinyin.get().ofSequence(window, READINGS_PER_RUN));
            }
        }
        return readings;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        run.clear();
        stacked.clear();
        current = null;
    }

    private record Word(String text, int end) {
    }
}
