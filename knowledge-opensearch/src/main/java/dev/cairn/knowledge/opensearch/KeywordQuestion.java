package dev.cairn.knowledge.opensearch;

import dev.cairn.knowledge.crosslingual.BilingualDictionary;
import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.crosslingual.SpecificTerms;
import dev.cairn.knowledge.index.ChatAbbreviations;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.QuestionTerms;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.index.SpellingRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A question as the OpenSearch store searches it by keywords, with the embedded index's rules ({@link
 * QuestionTerms}): its analysed terms and boosts, their translations into the other script and the full words of its
 * chat abbreviations ({@link ChatAbbreviations}), the corrections of its misspelt words from OpenSearch's {@code
 * term} suggester (Lucene's DirectSpellChecker, held to {@link
 * SpellingRules}), and its numbers and names. It writes the statistics request (document frequencies and
 * suggestions) and the keyword clauses, and reads the statistics into {@link QuestionTerms}.
 */
final class KeywordQuestion {
    private static final QueryTranslator TRANSLATOR = QueryTranslator.shipped();
    private static final SpecificTerms SPECIFIC = new SpecificTerms(BilingualDictionary::shipped,
            TokenizedText.analyzer(), Fields.TEXT);
    private final Map<String, Double> boosts;
    /** Each term's forms other than corrections: translations and a chat abbreviation's full words. */
    private final Map<String, Set<String>> wordForms;
    private final Set<String> specific;
    private final List<String> misspelt;

    private KeywordQuestion(Map<String, Double> boosts, Map<String, Set<String>> wordForms, Set<String> specific,
                            List<String> misspelt) {
        this.boosts = boosts;
        this.wordForms = wordForms;
        this.specific = specific;
        this.misspelt = misspelt;
    }

    /** The spec's question and context analysed as passages are, terms at a boost of 0 or below left out. */
    static KeywordQuestion of(SearchSpec spec, double contextWeight) {
        List<String> tokens = TokenizedText.tokens(spec.text());
        Map<String, Double> boosts = QuestionTerms.boosts(tokens,
                spec.context().stream().map(TokenizedText::tokens).toList(), contextWeight);
        boosts.values().removeIf(b -> b <= 0);
        Map<String, Set<String>> wordForms = ChatAbbreviations.addTo(TRANSLATOR.translate(spec.text()),
                TokenizedText.analyzer(), Fields.TEXT, spec.text());
        Set<String> specific = SPECIFIC.of(spec.text());
        return new KeywordQuestion(boosts, wordForms, specific, SpellingRules.candidates(tokens, specific));
    }

    /** Whether the question has no term to search by keywords. */
    boolean isEmpty() {
        return boosts.isEmpty();
    }

    /**
     * The statistics request: passages in the store, per term and translation how many hold it (as Lucene's docFreq),
     * and up to {@link SpellingRules#SUGGESTIONS} corrections of each possibly misspelt term no passage holds.
     */
    ObjectNode statistics() {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", 0).put("track_total_hits", true);
        body.putObject("query").putObject("term").put(Fields.KIND, Fields.KIND_PASSAGE);
        ObjectNode filters = body.putObject("aggs").putObject("terms").putObject("filters").putObject("filters");
        Set<String> asked = QuestionTerms.asked(boosts, wordForms);
        asked.forEach(t -> filters.putObject(t).putObject("term").put(TokenizedText.field(t), t));
        if (asked.isEmpty()) {
            filters.putObject("none").putObject("match_none");
        }
        if (!misspelt.isEmpty()) {
            ObjectNode suggest = body.putObject("suggest");
            for (int i = 0; i < misspelt.size(); i++) {
                suggest.putObject("s" + i).put("text", misspelt.get(i)).putObject("term")
                        .put("field", Fields.TEXT).put("suggest_mode", "missing")
                        .put("max_edits", SpellingRules.MAX_EDITS).put("min_word_length", SpellingRules.MIN_LENGTH)
                        .put("size", SpellingRules.SUGGESTIONS);
            }
        }
        return body;
    }

    /** The corrections the statistics' suggestions make, each misspelt term with its correction. */
    Map<String, String> corrections(JsonNode statistics) {
        Map<String, String> corrections = new LinkedHashMap<>();
        for (int i = 0; i < misspelt.size(); i++) {
            List<SpellingRules.Suggestion> suggestions = new ArrayList<>();
            for (JsonNode entry : statistics.path("suggest").path("s" + i)) {
                for (JsonNode option : entry.path("options")) {
                    suggestions.add(new SpellingRules.Suggestion(option.path("text").asString(),
                            option.path("freq").asLong()));
                }
            }
            String term = misspelt.get(i);
            SpellingRules.choose(suggestions).ifPresent(correction -> corrections.put(term, correction));
        }
        return corrections;
    }

    /** The question's terms weighed by the statistics, with the corrections as other forms. */
    QuestionTerms terms(JsonNode statistics, Map<String, String> corrections) {
        Map<String, Long> docFreq = new HashMap<>();
        statistics.path("aggregations").path("terms").path("buckets").properties()
                .forEach(b -> docFreq.put(b.getKey(), b.getValue().path("doc_count").asLong()));
        for (JsonNode suggestion : statistics.path("suggest")) {
            for (JsonNode entry : suggestion) {
                entry.path("options").forEach(o -> docFreq.putIfAbsent(o.path("text").asString(),
                        o.path("freq").asLong()));
            }
        }
        return QuestionTerms.of(boosts, QuestionTerms.otherForms(wordForms, corrections), specific,
                QuestionTerms.framingTerms(TokenizedText.analyzer()), docFreq,
                statistics.path("hits").path("total").path("value").asLong());
    }

    /**
     * The keyword ranking's clauses, as the embedded index's query: each term at its boost, and the best of its other
     * forms (translations, a chat abbreviation's full word, a correction) at {@link QuestionTerms#TRANSLATION_BOOST}
     * of that. A form no passage holds matches nothing, so it may be searched without knowing whether any passage
     * holds it.
     */
    void addClauses(ArrayNode should, Map<String, String> corrections) {
        Map<String, Set<String>> forms = QuestionTerms.otherForms(wordForms, corrections);
        boosts.forEach((token, boost) -> {
            should.addObject().putObject("term").putObject(TokenizedText.field(token)).put("value", token)
                    .put("boost", boost);
            List<String> other = forms.getOrDefault(token, Set.of()).stream().filter(f -> !f.equals(token)).toList();
            if (!other.isEmpty()) {
                ObjectNode disMax = should.addObject().putObject("dis_max");
                disMax.put("tie_breaker", 0.0).put("boost", (float) (QuestionTerms.TRANSLATION_BOOST * boost));
                ArrayNode queries = disMax.putArray("queries");
                other.forEach(f -> queries.addObject().putObject("term").put(TokenizedText.field(f), f));
            }
        });
    }

}
