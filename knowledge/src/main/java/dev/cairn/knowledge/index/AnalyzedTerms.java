package dev.cairn.knowledge.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/** The terms an analyzer makes of a text, in order: what an index stores and a search looks up. */
public final class AnalyzedTerms {
    private AnalyzedTerms() {
    }

    /** The terms {@code analyzer} makes of {@code text} for {@code field}, in order, repeats kept. */
    public static List<String> of(Analyzer analyzer, String field, String text) {
        List<String> terms = new ArrayList<>();
        placed(analyzer, field, text).forEach(p -> terms.add(p.term()));
        return terms;
    }

    /** A term and where in the text it was read: {@code start} inclusive, {@code end} exclusive. */
    public record Placed(String term, int start, int end) {
    }

    /** As {@link #of(Analyzer, String, String)}, each term with its place in {@code text}. */
    public static List<Placed> placed(Analyzer analyzer, String field, String text) {
        List<Placed> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(new Placed(term.toString(), offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    /** The terms of {@code text} in the text field of Cairn's indices. */
    public static List<String> of(Analyzer analyzer, String text) {
        return of(analyzer, Fields.TEXT, text);
    }
}
