package dev.cairn.web;

import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.StoredApproval;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Approvals in a map, decided atomically, for the controller's tests. */
final class MapApprovalStore implements ApprovalStore {
    private final Map<String, StoredApproval> approvals = new LinkedHashMap<>();

    @Override
    public synchronized void save(StoredApproval approval) {
        approvals.put(approval.id(), approval);
    }

    @Override
    public synchronized List<StoredApproval> pending(Instant now) {
        return approvals.values().stream()
                .filter(a -> a.state() == StoredApproval.State.PENDING && !a.expiredAt(now)).toList();
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
    public void finished(String id, String outcome) {
    }
}
