package dev.cairn.app.cli;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.index.Fields;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.PassageStore.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The documents of a reindex run waiting for one bulk write ({@link PassageStore#putAll}) to the target store. Before
 * writing, one listing of the target's records in the batch's scopes tells, for each document, whether the target
 * holds it already (it is rewritten under the same id), an older version of the same name (which it replaces) or a
 * newer one (uploaded to the cluster after the embedded copy was indexed: that one stays, this one is skipped).
 * A failed write throws the store's {@link dev.cairn.core.port.KnowledgeException}.
 */
final class ReindexBatch {
    /** Passages per bulk write: large enough to amortise the refresh, small enough for a modest heap. */
    static final int MAX_PASSAGES = 250;
    static final int MAX_DOCUMENTS = 200;
    /** The stores list at most this many records; a listing that long may leave some out. */
    private static final int LISTED_AT_MOST = 10_000;
    private final PassageStore target;
    private final IngestProgress progress;
    private final ReindexSummary summary;
    private final List<Entry> pending = new ArrayList<>();
    private int passages;

    ReindexBatch(PassageStore target, IngestProgress progress, ReindexSummary summary) {
        this.target = target;
        this.progress = progress;
        this.summary = summary;
    }

    /** Adds a document; writes the batch when it is full. */
    void add(Entry entry) {
        pending.add(entry);
        passages += entry.chunks().size();
        if (passages >= MAX_PASSAGES || pending.size() >= MAX_DOCUMENTS) {
            flush();
        }
    }

    /** Writes what is pending. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        Map<String, DocumentInfo> there = targetRecords();
        List<Entry> writes = new ArrayList<>();
        List<ReindexSummary.Outcome> outcomes = new ArrayList<>();
        for (Entry entry : pending) {
            DocumentInfo info = entry.info();
            Optional<DocumentInfo> same = Optional.ofNullable(there.get(Fields.nameKey(info.scope(), info.name())))
                    .or(() -> there.size() >= LISTED_AT_MOST ? target.byName(info.scope(), info.name())
                            : Optional.empty());
            Optional<String> older = same.map(DocumentInfo::id).filter(id -> !id.equals(info.id()));
            if (older.isPresent() && same.get().indexedAt().isAfter(info.indexedAt())) {
                summary.kept(entry);
                progress.fileDone(0, false);
                continue;
            }
            writes.add(new Entry(info, entry.sha256(), entry.chunks(), entry.vectors(), older));
            outcomes.add(same.isEmpty() ? ReindexSummary.Outcome.NEW
                    : older.isPresent() ? ReindexSummary.Outcome.REPLACED : ReindexSummary.Outcome.REWRITTEN);
        }
        target.putAll(writes);
        for (int i = 0; i < writes.size(); i++) {
            summary.copied(writes.get(i), outcomes.get(i));
            progress.fileDone(writes.get(i).chunks().size(), false);
        }
        pending.clear();
        passages = 0;
    }

    /** The target's newest record per scope and name, for the scopes of the pending documents. */
    private Map<String, DocumentInfo> targetRecords() {
        Set<String> scopes = new LinkedHashSet<>();
        pending.forEach(entry -> scopes.add(entry.info().scope()));
        Map<String, DocumentInfo> records = new HashMap<>();
        for (DocumentInfo record : target.documents(scopes)) {
            records.putIfAbsent(Fields.nameKey(record.scope(), record.name()), record);
        }
        return records;
    }
}
