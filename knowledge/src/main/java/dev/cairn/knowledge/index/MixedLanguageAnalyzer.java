package dev.cairn.knowledge.index;

import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;

/**
 * One analyzer for Chinese and English, even in the same text: Chinese is split into words (SmartCN's HMM
 * segmenter), English words are lower-cased, stop words and punctuation dropped, and the rest Porter-stemmed.
 */
public final class MixedLanguageAnalyzer extends Analyzer {
    /** Words that carry no topic in a question ("what about", "how do I", "我们的"), besides Lucene's lists. */
    private static final List<String> QUESTION_WORDS = List.of(
            "what", "how", "when", "where", "who", "whom", "which", "why", "about", "do", "does", "did", "can",
            "could", "should", "would", "i", "me", "my", "we", "our", "us", "you", "your", "am", "been", "has",
            "have", "had", "get", "got", "any", "also", "please", "tell", "much", "many", "soon", "often", "usually",
            "typically", "actually", "really", "ever", "anyone", "someone", "anybody", "somebody", "able",
            "什么", "怎么", "怎样", "如何", "哪些", "哪个", "为什么", "多少", "吗", "呢", "吧", "的", "了", "是", "我",
            "我们", "你", "你们", "请问", "请", "一下", "关于");

    private static final CharArraySet STOP = stopSet();

    private static CharArraySet stopSet() {
        CharArraySet set = new CharArraySet(SmartChineseAnalyzer.getDefaultStopSet(), false);
        set.addAll(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        set.addAll(QUESTION_WORDS);
        return CharArraySet.unmodifiableSet(set);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer tokenizer = new HMMChineseTokenizer();
        TokenStream stream = new LowerCaseFilter(tokenizer);
        stream = new StopFilter(stream, STOP);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
    }
}
