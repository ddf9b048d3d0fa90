package dev.cairn.core.runbook;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.StoredApproval;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Holds proposed runbook actions in an {@link ApprovalStore} until an approver decides or they expire: an approval
 * runs the action once however many approvers click at the same time, a denial drops it, anyone else is refused and
 * nothing runs. Actions are resolved by name from the configured ones when a proposal is loaded. Adapters subscribe
 * to new proposals to post Approve / Deny buttons where they were asked. Store failures throw
 * {@link IllegalStateException}.
 */
public final class ApprovalDesk {
    /** How long a proposal waits for an approver unless configured otherwise. */
    public static final Duration DEFAULT_TTL = Duration.ofHours(24);
    private static final System.Logger LOG = System.getLogger(ApprovalDesk.class.getName());
    private final ApprovalStore store;
    private final Map<String, RunbookAction> actions = new LinkedHashMap<>();
    private final List<Consumer<Proposal>> listeners = new CopyOnWriteArrayList<>();
    private final ActionRunner runner;
    private final Clock clock;
    private final Duration ttl;

    /**
     * @param store   where proposals wait
     * @param actions the configured actions, by which stored proposals are resolved
     * @param runner  runs an approved action
     * @param clock   the time of proposals and decisions
     * @param ttl     how long a proposal waits for an approver, positive
     */
    public ApprovalDesk(ApprovalStore store, Collection<RunbookAction> actions, ActionRunner runner, Clock clock,
                        Duration ttl) {
        this.store = Objects.requireNonNull(store, "store");
        Objects.requireNonNull(actions, "actions").forEach(a -> this.actions.put(a.name(), a));
        this.runner = Objects.requireNonNull(runner, "runner");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        this.ttl = ttl;
    }

    /**
     * Files a proposal of the configured action named like {@code action} (an unknown name throws
     * {@link IllegalArgumentException}) and tells the subscribers; a subscriber's failure is logged and does not stop
     * the others.
     */
    public Proposal propose(RunbookAction action, Map<String, String> arguments, InboundMessage asked) {
        RunbookAction configured = configured(action.name()).orElseThrow(() -> new IllegalArgumentException(
                "runbook action " + action.name() + " is not configured"));
        Map<String, String> ordered = new LinkedHashMap<>();
        configured.parameters().forEach(p -> ordered.put(p, arguments.getOrDefault(p, "")));
        Instant now = clock.instant();
        StoredApproval stored = new StoredApproval(UUID.randomUUID().toString().replace("-", "").substring(0, 12),
                configured.name(), ordered, asked.platform(), asked.workspace(), asked.channel(), asked.thread(),
                asked.user(), asked.text(), now, now.plus(ttl), StoredApproval.State.PENDING, "");
        store.save(stored);
        Proposal proposal = proposal(stored, configured);
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

    /** The proposals waiting for an approver and not expired, oldest first; those of unconfigured actions are left out. */
    public List<Proposal> pending() {
        return store.pending(clock.instant()).stream()
                .flatMap(s -> configured(s.action()).map(a -> proposal(s, a)).stream())
                .toList();
    }

    /** The proposal {@code id} while it waits for an approver and has not expired. */
    public Optional<Proposal> find(String id) {
        Instant now = clock.instant();
        return store.find(id).filter(s -> s.state() == StoredApproval.State.PENDING && !s.expiredAt(now))
                .flatMap(s -> configured(s.action()).map(a -> proposal(s, a)));
    }

    /**
     * Approves or denies a proposal for the user {@code userId} authenticated on {@code platform}: only one of the
     * action's approvers may, before it expires, and of several deciding at once exactly one wins; an approval then
     * runs the action once.
     */
    public Decision decide(String id, Platform platform, String userId, boolean approve) {
        Optional<StoredApproval> found = store.find(id);
        if (found.isEmpty()) {
            return new Decision(Decision.Kind.UNKNOWN, Phrase.of("approval.unknown", id));
        }
        StoredApproval stored = found.get();
        Optional<RunbookAction> action = configured(stored.action());
        if (action.isEmpty()) {
            return new Decision(Decision.Kind.UNKNOWN, Phrase.of("approval.unconfigured", id, stored.action()));
        }
        Proposal proposal = proposal(stored, action.get());
        if (stored.state() != StoredApproval.State.PENDING) {
            return alreadyDecided(proposal, stored);
        }
        if (!action.get().approvableBy(platform, userId)) {
            return new Decision(Decision.Kind.REFUSED, Phrase.of("approval.refused", userId, proposal.describe()));
        }
        Instant now = clock.instant();
        if (stored.expiredAt(now)) {
            return expired(proposal);
        }
        StoredApproval.State state = approve ? StoredApproval.State.APPROVED : StoredApproval.State.DENIED;
        if (!store.decide(id, state, platform.id() + ":" + userId, now)) {
            return store.find(id).filter(s -> s.state() != StoredApproval.State.PENDING)
                    .map(s -> alreadyDecided(proposal, s)).orElseGet(() -> expired(proposal));
        }
        if (!approve) {
            return new Decision(Decision.Kind.DENIED, Phrase.of("approval.denied", proposal.describe(), userId));
        }
        ActionRunner.Outcome outcome = runner.run(proposal.action(), proposal.arguments());
        String summary = (outcome.ok() ? "ran: " : "failed: ") + outcome.summary();
        try {
            store.finished(id, summary);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "could not record the outcome of approval " + id, e);
        }
        return outcome.ok()
                ? new Decision(Decision.Kind.RAN, Phrase.of("approval.ran", proposal.describe(), userId, outcome.summary()))
                : new Decision(Decision.Kind.FAILED, Phrase.of("approval.failed", proposal.describe(), userId,
                        outcome.summary()));
    }

    private Optional<RunbookAction> configured(String name) {
        return Optional.ofNullable(actions.get(name));
    }

    private static Decision alreadyDecided(Proposal proposal, StoredApproval stored) {
        return new Decision(Decision.Kind.DECIDED, Phrase.of(stored.state() == StoredApproval.State.APPROVED
                ? "approval.already_approved" : "approval.already_denied", proposal.describe(), stored.decidedBy()));
    }

    private static Decision expired(Proposal proposal) {
        return new Decision(Decision.Kind.EXPIRED, Phrase.of("approval.expired", proposal.describe(),
                proposal.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString()));
    }

    /** A stored proposal as the adapters see it; the message it answered keeps who asked and where, not how. */
    private static Proposal proposal(StoredApproval s, RunbookAction action) {
        InboundMessage asked = new InboundMessage(s.platform(), s.workspace(), s.channel(), s.thread(), s.requester(),
                s.question(), List.of(), MessageKind.MENTION, "");
        return new Proposal(s.id(), action, s.arguments(), asked, s.proposedAt(), s.expiresAt());
    }

    /** What a decision did, and the line for the channel, to be said in the channel's language. */
    public record Decision(Kind kind, Phrase phrase) {
        public Decision {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(phrase, "phrase");
        }

        /** Ran, failed while running, denied, refused (not an approver), expired, already decided, or unknown. */
        public enum Kind {
            RAN, FAILED, DENIED, REFUSED, EXPIRED, DECIDED, UNKNOWN
        }
    }
}
