package dev.cairn.app.cli;

import dev.cairn.core.port.KnowledgeException;
import dev.cairn.knowledge.index.IndexLockedException;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * {@code java -jar cairn.jar reindex --data-dir DIR --opensearch-url URL}: copies every document of an embedded
 * deployment's Lucene index (records, content hashes, passages with their locations, links, scopes and vectors)
 * into the OpenSearch store, in batches, through {@link PassageStore#putAll}. Documents keep their ids, so a second
 * run rewrites them instead of adding copies, and an older document of the same name in OpenSearch (uploaded there
 * before, or replaced in the embedded index since the last run) is replaced; a newer one (uploaded to the cluster
 * after the embedded copy was indexed) is kept and the embedded copy skipped. The embedded index is only read,
 * under its write lock, so a running Cairn on the same data directory makes the command refuse. Progress goes to
 * stderr, the summary to stdout. Exit code 0 when every document was copied, 1 when a write failed part-way
 * (running it again finishes the job), 2 when the data directory holds no index, is in use, or OpenSearch cannot be
 * used (bad arguments throw for {@link Commands} to report).
 */
final class ReindexCommand {
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final LongSupplier nanoTime;

    ReindexCommand(PrintStream out, PrintStream err, boolean terminal, LongSupplier nanoTime) {
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** Runs the command ({@code args[0]} is "reindex"), with the OpenSearch password read from {@code env}. */
    int run(String[] args, Map<String, String> env) throws IOException {
        ReindexOptions options = ReindexOptions.parse(args, env);
        if (!Files.isDirectory(options.dataDir())) {
            err.println("reindex: no such folder: " + options.dataDir() + " (--data-dir names the cairn.data-dir "
                    + "of the embedded Cairn)");
            return 2;
        }
        if (!PassageIndex.exists(options.indexDir())) {
            err.println("reindex: " + options.dataDir() + " holds no knowledge index (nothing in "
                    + options.indexDir() + "): is it the cairn.data-dir of an embedded Cairn?");
            return 2;
        }
        PassageIndex source;
        try {
            source = new PassageIndex(options.indexDir(), SearchTuning.DEFAULT);
        } catch (IndexLockedException e) {
            err.println("reindex: " + e.getMessage() + ". Stop that Cairn first, or reindex a copy of the data "
                    + "directory made while it was stopped.");
            return 2;
        } catch (KnowledgeException e) {
            err.println("reindex: " + e.getMessage());
            return 2;
        }
        try (source) {
            OpenSearchPassageStore target;
            try {
                target = OpenSearchPassageStore.open(options.target(), SearchTuning.DEFAULT);
            } catch (KnowledgeException e) {
                err.println("reindex: cannot use OpenSearch at " + options.target().url() + ": " + e.getMessage());
                return 2;
            }
            try (target) {
                return copy(options, source, target);
            }
        }
    }

    private int copy(ReindexOptions options, PassageIndex source, PassageStore target) {
        long started = nanoTime.getAsLong();
        ReindexSummary summary = new ReindexSummary();
        IngestProgress progress = new IngestProgress(err, terminal, source.documentCount(), nanoTime, "reindex",
                "documents", false);
        ReindexBatch batch = new ReindexBatch(target, progress, summary);
        progress.start();
        try {
            source.exportAll(batch::add);
            batch.flush();
        } catch (KnowledgeException e) {
            progress.finish();
            err.println("reindex: stopped after " + summary.documents() + " documents: " + e.getMessage()
                    + "; run the command again: documents already copied are rewritten, not duplicated");
            return 1;
        }
        progress.finish();
        summary.print(out, options, nanoTime.getAsLong() - started, target.documentCount(), target.passageTotal());
        return 0;
    }
}
