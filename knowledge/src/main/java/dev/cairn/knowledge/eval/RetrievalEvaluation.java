package dev.cairn.knowledge.eval;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.index.PassageIndex;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Measures retrieval on a {@link BeirDataset}: indexes every corpus document as one passage (title and text), runs
 * every judged query for its top 100, and averages nDCG@10, MRR@10, Recall@10 and Recall@100 over the queries.
 */
public final class RetrievalEvaluation {
    private static final String SCOPE = "eval";
    private static final int BATCH = 2_000;
    private static final int DEPTH = 100;

    private RetrievalEvaluation() {
    }

    /** Loads the corpus into {@code index} (which should be empty) in batches, reporting progress. */
    public static void load(BeirDataset data, PassageIndex index, Consumer<String> progress) {
        List<PassageIndex.Entry> batch = new ArrayList<>();
        int done = 0;
        for (BeirDataset.CorpusDoc doc : data.corpus().values()) {
            String text = doc.title().isBlank() ? doc.text() : doc.title() + "\n" + doc.text();
            if (text.isBlank()) {
                continue;
            }
            DocumentInfo info = new DocumentInfo(doc.id(), doc.id(), SCOPE, "text/plain", 0, 1, Instant.EPOCH,
                    Optional.empty(), "");
            batch.add(new PassageIndex.Entry(info, doc.id(), List.of(new Chunk(Location.none(), text)),
                    Optional.empty()));
            if (batch.size() == BATCH) {
                index.putAll(batch);
                done += batch.size();
                batch.clear();
                progress.accept("indexed " + done + "/" + data.corpus().size() + " documents");
            }
        }
        index.putAll(batch);
        progress.accept("indexed " + data.corpus().size() + " documents");
    }

    /** Runs every judged query against {@code index} and returns the averaged figures and latencies. */
    public static Result run(BeirDataset data, PassageIndex index, String mode, Consumer<String> progress) {
        double ndcg = 0;
        double mrr = 0;
        double recall10 = 0;
        double recall100 = 0;
        double[] millis = new double[data.queries().size()];
        int n = 0;
        for (Map.Entry<String, String> query : data.queries().entrySet()) {
            long start = System.nanoTime();
            List<Passage> found = index.search(query.getValue(), List.of(), Set.of(SCOPE), DEPTH, 0.0);
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
        return new Result(data.name(), data.split(), mode, n, ndcg / n, mrr / n, recall10 / n, recall100 / n,
                percentile(millis, 0.50), percentile(millis, 0.99));
    }

    private static double percentile(double[] sorted, double p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }

    /** The figures of one evaluation run. */
    public record Result(String dataset, String split, String mode, int queries, double ndcg10, double mrr10,
                         double recall10, double recall100, double p50Millis, double p99Millis) {

        /** One JSON object, as the eval command's last line. */
        public String json() {
            return String.format(Locale.ROOT, "{\"dataset\":\"%s\",\"split\":\"%s\",\"mode\":\"%s\",\"queries\":%d,"
                            + "\"ndcg@10\":%.4f,\"mrr@10\":%.4f,\"recall@10\":%.4f,\"recall@100\":%.4f,"
                            + "\"p50_ms\":%.2f,\"p99_ms\":%.2f}", dataset, split, mode, queries, ndcg10, mrr10,
                    recall10, recall100, p50Millis, p99Millis);
        }
    }
}
