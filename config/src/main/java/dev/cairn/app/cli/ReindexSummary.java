package dev.cairn.app.cli;

import dev.cairn.knowledge.index.PassageStore.Entry;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Counts what a reindex run copied and prints the end of it: documents, passages, scopes, time and rate. */
final class ReindexSummary {
    /** What OpenSearch held of a document before it was written. */
    enum Outcome { NEW, REWRITTEN, REPLACED }

    private final Map<Outcome, Integer> outcomes = new TreeMap<>();
    private final Map<String, Integer> scopes = new TreeMap<>();
    private int documents;
    private int passages;
    private int keywordOnly;
    private final Map<String, Integer> kept = new TreeMap<>();

    void copied(Entry entry, Outcome outcome) {
        documents++;
        passages += entry.chunks().size();
        keywordOnly += entry.vectors().isEmpty() ? entry.chunks().size() : 0;
        outcomes.merge(outcome, 1, Integer::sum);
        scopes.merge(entry.info().scope(), 1, Integer::sum);
    }

    /** A document left out because OpenSearch holds a newer version of the same name. */
    void kept(Entry entry) {
        kept.merge(entry.info().scope() + "/" + entry.info().name(), 1, Integer::sum);
    }

    int documents() {
        return documents;
    }

    void print(PrintStream out, ReindexOptions options, long nanos, int targetDocuments, int targetPassages) {
        double seconds = nanos / 1e9;
        out.printf(Locale.ROOT, "Copied %s into OpenSearch at %s (index prefix %s)%n", options.indexDir(),
                options.target().url(), options.target().indexPrefix());
        out.printf(Locale.ROOT, "  documents  %d (%d new, %d already there and rewritten, %d replaced an older "
                        + "version of the same name)%n", documents, count(Outcome.NEW), count(Outcome.REWRITTEN),
                count(Outcome.REPLACED));
        if (!kept.isEmpty()) {
            out.printf(Locale.ROOT, "  skipped    %d: OpenSearch holds a newer version of %s%n", kept.size(),
                    String.join(", ", kept.keySet()));
        }
        out.printf(Locale.ROOT, "  passages   %d (%d with vectors%s)%n", passages, passages - keywordOnly,
                keywordOnly == 0 ? "" : "; " + keywordOnly + " keyword-only until a Cairn on the cluster embeds "
                        + "them, at its start or within a minute");
        out.printf(Locale.ROOT, "  scopes     %s%n", scopes.isEmpty() ? "none" : scopes.entrySet().stream()
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
        out.printf(Locale.ROOT, "  time       %.1f s (%.0f passages/s)%n", seconds,
                seconds > 0 ? passages / seconds : 0.0);
        out.printf(Locale.ROOT, "OpenSearch now holds %d documents and %d passages under this prefix.%n",
                targetDocuments, targetPassages);
    }

    private int count(Outcome outcome) {
        return outcomes.getOrDefault(outcome, 0);
    }
}
