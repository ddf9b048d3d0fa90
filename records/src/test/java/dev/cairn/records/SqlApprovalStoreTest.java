package dev.cairn.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.port.StoredApproval;
import dev.cairn.core.runbook.ActionRunner;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Approvals kept in the records database (H2 and PostgreSQL alike) survive a restart with everything needed to post
 * their outcome, expire, and are decided by one conditional update: of approvers clicking at the same moment, exactly
 * one runs the action.
 */
@ParameterizedClass
@EnumSource(RecordsEngine.class)
class SqlApprovalStoreTest {
    private static final Instant T0 = Instant.parse("2026-12-05T01:00:00Z");
    private static final RunbookAction RESTART = new RunbookAction("restart-service", "Restarts a service.",
            List.of("service", "region"), Set.of("slack:UOPS", "discord:42", "web:ann"));

    @Parameter
    RecordsEngine engine;

    @TempDir
    Path dataDir;

    private DatabaseAddress address;

    @BeforeEach
    void freshDatabase() {
        address = engine.fresh(dataDir);
    }

    private static StoredApproval approval(String id, Instant proposedAt, Duration ttl) {
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("service", "api \"edge\"");
        arguments.put("region", "eu-1");
        return new StoredApproval(id, "restart-service", arguments, Platform.SLACK, "T1", "C1", "1700000000.000100",
                new User("UDEV", "Dev"), "please restart api", proposedAt, proposedAt.plus(ttl),
                StoredApproval.State.PENDING, "");
    }

    @Test
    void aSavedApprovalIsFoundWithEverythingAfterARestart() {
        StoredApproval saved = approval("a1", T0, Duration.ofHours(24));
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            new SqlApprovalStore(database).save(saved);
        }

        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            SqlApprovalStore store = new SqlApprovalStore(database);
            StoredApproval found = store.find("a1").orElseThrow();
            assertThat(found).isEqualTo(saved);
            assertThat(found.arguments().keySet()).containsExactly("service", "region");
            assertThat(store.pending(T0.plusSeconds(60))).containsExactly(saved);
            assertThat(store.find("nope")).isEmpty();
        }
    }

    @Test
    void pendingListsOnlyUndecidedUnexpiredApprovalsOldestFirst() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            SqlApprovalStore store = new SqlApprovalStore(database);
            store.save(approval("late", T0.plusSeconds(10), Duration.ofHours(1)));
            store.save(approval("early", T0, Duration.ofHours(1)));
            store.save(approval("short", T0, Duration.ofMinutes(1)));
            store.save(approval("denied", T0, Duration.ofHours(1)));
            assertThat(store.decide("denied", StoredApproval.State.DENIED, "slack:UOPS", T0.plusSeconds(1))).isTrue();

            assertThat(store.pending(T0.plusSeconds(120))).extracting(StoredApproval::id)
                    .containsExactly("early", "late");
            assertThat(store.find("denied").orElseThrow().decidedBy()).isEqualTo("slack:UOPS");
        }
    }

    @Test
    void aDecisionWinsOnlyWhilePendingAndBeforeItExpires() {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            SqlApprovalStore store = new SqlApprovalStore(database);
            store.save(approval("a", T0, Duration.ofMinutes(5)));
            store.save(approval("b", T0, Duration.ofMinutes(5)));

            assertThat(store.decide("a", StoredApproval.State.APPROVED, "web:ann", T0.plusSeconds(1))).isTrue();
            assertThat(store.decide("a", StoredApproval.State.DENIED, "web:ann", T0.plusSeconds(2))).isFalse();
            assertThat(store.decide("b", StoredApproval.State.APPROVED, "web:ann", T0.plus(Duration.ofMinutes(5))))
                    .isFalse();
            assertThat(store.decide("missing", StoredApproval.State.APPROVED, "web:ann", T0)).isFalse();

            assertThat(store.find("a").orElseThrow().state()).isEqualTo(StoredApproval.State.APPROVED);
            assertThat(store.find("b").orElseThrow().state()).isEqualTo(StoredApproval.State.PENDING);
            assertThatThrownBy(() -> store.save(approval("a", T0, Duration.ofMinutes(5))))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("approval a");
        }
    }

    @Test
    void twoApproversClickingAtOnceRunTheActionOnce() throws Exception {
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            List<Map<String, String>> runs = new CopyOnWriteArrayList<>();
            ActionRunner runner = (action, arguments) -> {
                runs.add(arguments);
                return new ActionRunner.Outcome(true, "HTTP 200");
            };
            ApprovalDesk desk = new ApprovalDesk(new SqlApprovalStore(database), List.of(RESTART), runner,
                    Clock.systemUTC(), Duration.ofHours(24));
            ExecutorService pool = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 20; round++) {
                    Proposal proposal = desk.propose(RESTART, Map.of("service", "s" + round, "region", "eu"),
                            asked());
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Callable<ApprovalDesk.Decision>> clicks = List.of(
                            () -> {
                                together.await(5, TimeUnit.SECONDS);
                                return desk.decide(proposal.id(), Platform.SLACK, "UOPS", true);
                            },
                            () -> {
                                together.await(5, TimeUnit.SECONDS);
                                return desk.decide(proposal.id(), Platform.DISCORD, "42", true);
                            });
                    List<ApprovalDesk.Decision.Kind> kinds = new ArrayList<>();
                    for (Future<ApprovalDesk.Decision> click : pool.invokeAll(clicks)) {
                        kinds.add(click.get().kind());
                    }

                    assertThat(kinds).as("round " + round).containsExactlyInAnyOrder(ApprovalDesk.Decision.Kind.RAN,
                            ApprovalDesk.Decision.Kind.DECIDED);
                }
            } finally {
                pool.shutdownNow();
            }
            assertThat(runs).hasSize(20);
            assertThat(runs.stream().map(r -> r.get("service")).distinct()).hasSize(20);
        }
    }

    @Test
    void aProposalMadeBeforeARestartIsPendingAfterItAndAnApprovalRunsItOnce() {
        List<Map<String, String>> runs = new CopyOnWriteArrayList<>();
        ActionRunner runner = (action, arguments) -> {
            runs.add(arguments);
            return new ActionRunner.Outcome(true, "HTTP 200");
        };
        Clock clock = Clock.fixed(T0, ZoneOffset.UTC);
        Proposal proposed;
        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            proposed = new ApprovalDesk(new SqlApprovalStore(database), List.of(RESTART), runner, clock,
                    Duration.ofHours(24)).propose(RESTART, Map.of("service", "api", "region", "eu"), asked());
        }

        try (RecordsDatabase database = RecordsDatabase.open(address)) {
            ApprovalDesk desk = new ApprovalDesk(new SqlApprovalStore(database), List.of(RESTART), runner, clock,
                    Duration.ofHours(24));
            Proposal reloaded = desk.pending().get(0);
            assertThat(reloaded.id()).isEqualTo(proposed.id());
            assertThat(reloaded.describe()).isEqualTo("restart-service(service=api, region=eu)");
            assertThat(reloaded.asked().platform()).isEqualTo(Platform.DISCORD);
            assertThat(reloaded.asked().channel()).isEqualTo("C9");
            assertThat(reloaded.asked().thread()).isEqualTo("T9");
            assertThat(reloaded.requestedBy()).isEqualTo("7");

            assertThat(desk.decide(proposed.id(), Platform.WEB, "ann", true).kind())
                    .isEqualTo(ApprovalDesk.Decision.Kind.RAN);
            assertThat(desk.decide(proposed.id(), Platform.WEB, "ann", true).kind())
                    .isEqualTo(ApprovalDesk.Decision.Kind.DECIDED);
            assertThat(AnswerRecordsTest.query(database, "SELECT state, decided_by, outcome FROM approvals"))
                    .containsExactly("approved|web:ann|ran: HTTP 200");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        assertThat(runs).hasSize(1);
    }

    private static InboundMessage asked() {
        return new InboundMessage(Platform.DISCORD, "G1", "C9", "T9", new User("7", "dev"), "restart it", List.of(),
                MessageKind.MENTION, "");
    }
}
