package dev.cairn.core.runbook;

import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.StoredApproval;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An approval store in a map, for tests; a decision is atomic like the SQL store's conditional update. */
public final class InMemoryApprovalStore implements ApprovalStore {
    private final Map<String, StoredApproval> approvals = new LinkedHashMap<>();
    public final Map<String, String> outcomes = new LinkedHashMap<>();

    @Override
    public synchronized void save(StoredApproval approval) {
        if (approvals.putIfAbsent(approval.id(), approval) != null) {
            throw new IllegalStateException("approval " + approval.id() + " exists");
        }
    }

    @Override
    public synchronized List<StoredApproval> pending(Instant now) {
        List<StoredApproval> pending = new ArrayList<>(approvals.values().stream()
                .filter(a -> a.state() == StoredApproval.State.PENDING && !a.expiredAt(now)).toList());
        pending.sort(Comparator.comparing(StoredApproval::proposedAt));
        return pending;
    }

    @Override
    public synchronized Optional<StoredApproval> find(String id) {
        return Optional.ofNullable(approvals.get(id));
    }

    @Override
    public synchronized boolean decide(String id, StoredApproval.State decision, String decidedBy, Instant now) {
        StoredApproval a = approvals.get(id);
        if (a == null || a.state() != StoredApproval.State.PENDING || a.expiredAt(now)) {
            return false;
        }
        approvals.put(id, new StoredApproval(a.id(), a.action(), a.arguments(), a.platform(), a.workspace(),
                a.channel(), a.thread(), a.requester(), a.question(), a.proposedAt(), a.expiresAt(), decision,
                decidedBy));
        return true;
    }

    @Override
    public synchronized void finished(String id, String outcome) {
        outcomes.put(id, outcome);
    }
}
