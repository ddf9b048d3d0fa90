package dev.cairn.core.runbook;

import dev.cairn.core.InboundMessage;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Holds proposed runbook actions until an approver decides: an approval runs the action once, a denial drops it,
 * anyone else is refused and nothing runs. Adapters subscribe to new proposals to post Approve / Deny buttons where
 * they were asked.
 */
public final class ApprovalDesk {
    private static final System.Logger LOG = System.getLogger(ApprovalDesk.class.getName());
    private final Map<String, Proposal> pending = new ConcurrentHashMap<>();
    private final List<Consumer<Proposal>> listeners = new CopyOnWriteArrayList<>();
    private final ActionRunner runner;
    private final Clock clock;

    public ApprovalDesk(ActionRunner runner, Clock clock) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Files a proposal and tells the subscribers; a subscriber's failure is logged and does not stop the others. */
    public Proposal propose(RunbookAction action, Map<String, String> arguments, InboundMessage asked) {
        Proposal proposal = new Proposal(UUID.randomUUID().toString().substring(0, 8), action, arguments, asked,
                clock.instant());
        pending.put(proposal.id(), proposal);
        for (Consumer<Proposal> listener : listeners) {
            try {
                listener.accept(proposal);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "could not announce proposal " + proposal.id(), e);
            }
        }
        return proposal;
    }

    /**
     * Calls {@code listener} with every new proposal (an adapter posts its Approve / Deny buttons) until the returned
     * handle is run.
     */
    public Runnable subscribe(Consumer<Proposal> listener) {
        listeners.add(Objects.requireNonNull(listener, "listener"));
        return () -> listeners.remove(listener);
    }

    public List<Proposal> pending() {
        return List.copyOf(pending.values());
    }

    public Optional<Proposal> find(String id) {
        return Optional.ofNullable(pending.get(id));
    }

    /** Approves or denies a proposal; the action runs at most once, and only for one of its approvers. */
    public Decision decide(String id, String userId, boolean approve) {
        Proposal proposal = pending.get(id);
        if (proposal == null) {
            return new Decision(Decision.Kind.UNKNOWN, "There is no pending action " + id + " (already decided?).");
        }
        if (!proposal.action().approvers().contains(userId)) {
            return new Decision(Decision.Kind.REFUSED, userId + " may not approve " + proposal.describe() + ".");
        }
        if (!pending.remove(id, proposal)) {
            return new Decision(Decision.Kind.UNKNOWN, "Action " + id + " was decided by someone else just now.");
        }
        if (!approve) {
            return new Decision(Decision.Kind.DENIED, proposal.describe() + " was denied by " + userId + ".");
        }
        ActionRunner.Outcome outcome = runner.run(proposal.action(), proposal.arguments());
        return new Decision(outcome.ok() ? Decision.Kind.RAN : Decision.Kind.FAILED,
                proposal.describe() + " approved by " + userId + ": " + outcome.summary());
    }

    /** What a decision did, and a line for the channel. */
    public record Decision(Kind kind, String message) {
        /** Ran, failed while running, denied, refused (not an approver), or unknown id. */
        public enum Kind {
            RAN, FAILED, DENIED, REFUSED, UNKNOWN
        }
    }
}
