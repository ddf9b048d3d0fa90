package dev.cairn.knowledge.eval;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.index.SearchSpec;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.Vectors;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Measures retrieval on a {@link BeirDataset}: indexes every corpus document as one passage (title and text, with
 * its vector when the router has a model), runs every judged query for its top 100, and averages nDCG@10, MRR@10,
 * Recall@10 and Recall@100 over the queries (nDCG as trec_eval's {@code ndcg_cut.10}: the grade itself is the
 * gain, see {@link RankingMetrics#ndcg}). Query latency includes embedding the query.
 */
public final class RetrievalEvaluation {
    private static final String SCOPE = "eval";
    private static final int BATCH = 500;
    private static final int DEPTH = 100;
    private final EmbeddingRouter router;

    public RetrievalEvaluation(EmbeddingRouter router) {
        this.router = router;
    }

    /** Loads the corpus into {@code index} (which should be empty) in batches, reporting progress. */
    public void load(BeirDataset data, PassageStore index, Consumer<String> progress) {
        List<BeirDataset.CorpusDoc> batch = new ArrayList<>();
        int done = 0;
        long start = System.nanoTime();
        for (BeirDataset.CorpusDoc doc : data.corpus().values()) {
            batch.add(doc);
            if (batch.size() == BATCH) {
                index.putAll(entries(batch));
                done += batch.size();
                batch.clear();
                progress.accept(String.format(Locale.ROOT, "indexed %d/%d documents (%.0f/s)", done,
                        data.corpus().size(), done / ((System.nanoTime() - start) / 1e9)));
            }
        }
        index.putAll(entries(batch));
        index.optimize();
        progress.accept("indexed " + data.corpus().size() + " documents");
    }

    private List<PassageStore.Entry> entries(List<BeirDataset.CorpusDoc> docs) {
        List<BeirDataset.CorpusDoc> kept = docs.stream().filter(d -> !text(d).isBlank()).toList();
        List<Chunk> chunks = kept.stream().map(d -> new Chunk(Location.none(), text(d))).toList();
        var vectors = Vectors.of(router, chunks.stream().map(Chunk::text).toList());
        List<PassageStore.Entry> entries = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            String id = kept.get(i).id();
            DocumentInfo info = new DocumentInfo(id, id, SCOPE, "text/plain", 0, 1, Instant.EPOCH, Optional.empty(),
                    "");
            entries.add(new PassageStore.Entry(info, id, List.of(chunks.get(i)),
                    vectors.isEmpty() ? List.of() : List.of(vectors.get(i)), Optional.empty()));
        }
        return entries;
    }

    private static String text(BeirDataset.CorpusDoc doc) {
        return doc.title().isBlank() ? doc.text() : doc.title() + "\n" + doc.text();
    }

    /** Runs every judged query against {@code index} and returns the averaged figures and latencies. */
    public Result run(BeirDataset data, PassageStore index, RetrievalMode mode, Consumer<String> progress) {
        return run(data, index, mode, null, progress);
    }

    /** As {@link #run(BeirDataset, PassageStore, RetrievalMode, Consumer)} with other tuning (null: the index's). */
    public Result run(BeirDataset data, PassageStore index, RetrievalMode mode, SearchTuning tuning,
                      Consumer<String> progress) {
        double ndcg = 0;
        double mrr = 0;
        double recall10 = 0;
        double recall100 = 0;
        double[] millis = new double[data.queries().size()];
        int n = 0;
        for (Map.Entry<String, String> query : data.queries().entrySet()) {
            long start = System.nanoTime();
            SearchSpec spec = new SearchSpec(query.getValue(), List.of(), Set.of(SCOPE), DEPTH, 0.0, mode,
                    mode == RetrievalMode.BM25 ? Optional.empty() : Vectors.query(router, query.getValue()));
            List<Passage> found = tuning == null ? index.search(spec) : index.search(spec, tuning);
            millis[n] = (System.nanoTime() - start) / 1e6;
            List<String> ranked = found.stream().map(Passage::documentId).toList();
            Map<String, Integer> relevant = data.qrels().get(query.getKey());
            ndcg += RankingMetrics.ndcg(ranked, relevant, 10);
            mrr += RankingMetrics.mrr(ranked, relevant, 10);
            recall10 += RankingMetrics.recall(ranked, relevant, 10);
            recall100 += RankingMetrics.recall(ranked, relevant, 100);
            if (++n % 500 == 0) {
                progress.accept("ran " + n + "/" + data.queries().size() + " queries");
            }
        }
        Arrays.sort(millis);
        return new Result(data.name(), data.split(), mode.id(), n, ndcg / n, mrr / n, recall10 / n, recall100 / n,
                percentile(millis, 0.50), percentile(millis, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The figures of one evaluation run. */
    public record Result(String dataset, String split, String mode, int queries, double ndcg10, double mrr10,
                         double recall10, double recall100, double p50Millis, double p99Millis) {

        private static final JsonMapper JSON = JsonMapper.builder().build();

        /** One JSON object, as the eval command's last line: scores to 4 decimals, latencies to 2. */
        public String json() {
            ObjectNode figures = JSON.createObjectNode()
                    .put("dataset", dataset).put("split", split).put("mode", mode).put("queries", queries)
                    .put("ndcg@10", rounded(ndcg10, 4)).put("mrr@10", rounded(mrr10, 4))
                    .put("recall@10", rounded(recall10, 4)).put("recall@100", rounded(recall100, 4))
                    .put("p50_ms", rounded(p50Millis, 2)).put("p99_ms", rounded(p99Millis, 2));
            return JSON.writeValueAsString(figures);
        }

        private static BigDecimal rounded(double value, int decimals) {
            return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP);
        }
    }
}
