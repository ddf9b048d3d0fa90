package dev.cairn.core.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Keeps proposed runbook actions until an approver decides them, across restarts and replicas; every method throws
 * {@link IllegalStateException} when the store cannot be reached, and the caller's adapter reports the failure.
 */
public interface ApprovalStore {

    /** Keeps a new pending approval; an id already kept throws. */
    void save(StoredApproval approval);

    /** The approvals still pending and not yet expired at {@code now}, oldest first. */
    List<StoredApproval> pending(Instant now);

    /** The approval with this id in whatever state, empty when none. */
    Optional<StoredApproval> find(String id);

    /**
     * Moves approval {@code id} from pending to {@code decision} in one conditional update, only while it is pending
     * and expires after {@code now}: true for the one caller that won, false when it was already decided, has
     * expired or does not exist.
     */
    boolean decide(String id, StoredApproval.State decision, String decidedBy, Instant now);

    /** Notes what running an approved action did, for the record. */
    void finished(String id, String outcome);
}
