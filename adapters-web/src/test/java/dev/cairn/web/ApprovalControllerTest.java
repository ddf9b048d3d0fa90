package dev.cairn.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.runbook.ActionRunner;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.InMemoryApprovalStore;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A web decision is made only as the API key that authenticated the request ({@code web:NAME}, from the request
 * attribute the key filter sets): a name in the body is refused, and without a named key nothing is decided.
 */
class ApprovalControllerTest {
    private final RunbookAction restart = new RunbookAction("restart-service", "Restarts a service.",
            List.of("service"), Set.of("web:ann", "U_OPS"));
    private final List<Map<String, String>> runs = new ArrayList<>();
    private final ActionRunner runner = (action, args) -> {
        runs.add(args);
        return new ActionRunner.Outcome(true, "HTTP 200");
    };
    private final InMemoryApprovalStore store = new InMemoryApprovalStore();
    private final ApprovalDesk desk = new ApprovalDesk(store, List.of(restart), runner, Clock.systemUTC(),
            Duration.ofHours(1));
    private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new ApprovalController(desk, dev.cairn.core.i18n.Voice.english()))
            .setControllerAdvice(new ApiExceptionHandler()).build();

    private Proposal propose() {
        return desk.propose(restart, Map.of("service", "api"), new InboundMessage(Platform.WEB, "web", "", "",
                new User("dev", "dev"), "restart api", List.of(), MessageKind.DIRECT, ""));
    }

    /** A response: its status and JSON body. */
    private record Reply(int status, JsonNode json) {
        String at(String pointer) {
            return json.at(pointer).asString();
        }
    }

    private Reply decide(String id, String body, String keyName) throws Exception {
        var request = post("/api/v1/approvals/" + id).contentType(MediaType.APPLICATION_JSON).content(body);
        if (keyName != null) {
            request.requestAttr(WebIdentity.ATTRIBUTE, keyName);
        }
        return reply(mvc.perform(request).andReturn());
    }

    private static Reply reply(MvcResult result) throws Exception {
        return new Reply(result.getResponse().getStatus(),
                JsonMapper.builder().build().readTree(result.getResponse().getContentAsString()));
    }

    @Test
    void theKeyNamedAsAWebApproverApprovesAndTheActionRunsOnce() throws Exception {
        Proposal proposal = propose();

        Reply approved = decide(proposal.id(), "{\"decision\":\"approve\"}", "ann");
        Reply again = decide(proposal.id(), "{\"decision\":\"approve\"}", "ann");

        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.at("/result")).isEqualTo("ran");
        assertThat(approved.at("/message")).isEqualTo("restart-service(service=api) approved by ann: HTTP 200");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.at("/result")).isEqualTo("decided");
        assertThat(runs).hasSize(1);
    }

    @Test
    void aUserFieldInTheBodyIsRefusedEvenWhenItNamesAnApprover() throws Exception {
        Proposal proposal = propose();

        Reply withKey = decide(proposal.id(), "{\"user\":\"ann\",\"decision\":\"approve\"}", "ann");
        Reply withoutKey = decide(proposal.id(), "{\"user\":\"ann\",\"decision\":\"approve\"}", null);

        assertThat(withKey.status()).isEqualTo(400);
        assertThat(withKey.at("/error/code")).isEqualTo("user_not_accepted");
        assertThat(withoutKey.status()).isEqualTo(400);
        assertThat(withoutKey.at("/error/code")).isEqualTo("user_not_accepted");
        assertThat(runs).isEmpty();
        assertThat(desk.find(proposal.id())).isPresent();
    }

    @Test
    void withoutANamedKeyNothingIsDecidedAndTheReplySaysWhatIsNeeded() throws Exception {
        Proposal proposal = propose();

        Reply refused = decide(proposal.id(), "{\"decision\":\"approve\"}", null);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.at("/error/code")).isEqualTo("named_key_required");
        assertThat(refused.at("/error/message")).contains("cairn.web.api-keys.NAME");
        assertThat(runs).isEmpty();
        assertThat(desk.find(proposal.id())).isPresent();
    }

    @Test
    void aKeyWhoseNameIsNoWebApproverIsRefusedEvenIfABareApproverIdMatchesIt() throws Exception {
        Proposal proposal = propose();

        Reply bob = decide(proposal.id(), "{\"decision\":\"approve\"}", "bob");
        Reply bareId = decide(proposal.id(), "{\"decision\":\"approve\"}", "U_OPS");

        assertThat(bob.status()).isEqualTo(403);
        assertThat(bob.at("/result")).isEqualTo("refused");
        assertThat(bareId.status()).isEqualTo(403);
        assertThat(bareId.at("/result")).isEqualTo("refused");
        assertThat(runs).isEmpty();
        assertThat(desk.find(proposal.id())).isPresent();
    }

    @Test
    void aDenialByTheNamedKeyRunsNothing() throws Exception {
        Proposal proposal = propose();

        Reply denied = decide(proposal.id(), "{\"decision\":\"deny\"}", "ann");

        assertThat(denied.status()).isEqualTo(200);
        assertThat(denied.at("/result")).isEqualTo("denied");
        assertThat(denied.at("/message")).isEqualTo("restart-service(service=api) was denied by ann.");
        assertThat(runs).isEmpty();
    }

    @Test
    void anExpiredApprovalIsGoneAndSaysWhenItExpired() throws Exception {
        Instant then = Instant.parse("2026-12-05T01:00:00Z");
        ApprovalDesk past = new ApprovalDesk(store, List.of(restart), runner, Clock.fixed(then, ZoneOffset.UTC),
                Duration.ofMinutes(5));
        Proposal proposal = past.propose(restart, Map.of("service", "api"), new InboundMessage(Platform.WEB, "web",
                "", "", new User("dev", "dev"), "restart api", List.of(), MessageKind.DIRECT, ""));

        Reply late = decide(proposal.id(), "{\"decision\":\"approve\"}", "ann");

        assertThat(late.status()).isEqualTo(410);
        assertThat(late.at("/result")).isEqualTo("expired");
        assertThat(late.at("/message")).isEqualTo("restart-service(service=api) expired at 2026-12-05T01:05:00Z "
                + "without a decision; ask again.");
        assertThat(runs).isEmpty();
    }

    @Test
    void aMissingOrUnknownDecisionIsRefused() throws Exception {
        Proposal proposal = propose();

        Reply missing = decide(proposal.id(), "{}", "ann");
        Reply unknown = decide(proposal.id(), "{\"decision\":\"maybe\"}", "ann");

        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.at("/error/code")).isEqualTo("missing_field");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.at("/error/code")).isEqualTo("invalid_decision");
        assertThat(runs).isEmpty();
    }

    @Test
    void thePendingListShowsWhoAskedWhereAndUntilWhen() throws Exception {
        Proposal proposal = propose();

        Reply listed = reply(mvc.perform(get("/api/v1/approvals")).andReturn());

        assertThat(listed.status()).isEqualTo(200);
        assertThat(listed.at("/approvals/0/id")).isEqualTo(proposal.id());
        assertThat(listed.at("/approvals/0/action")).isEqualTo("restart-service(service=api)");
        assertThat(listed.at("/approvals/0/requested_by")).isEqualTo("dev");
        assertThat(listed.at("/approvals/0/platform")).isEqualTo("web");
        assertThat(listed.at("/approvals/0/expires_at")).isEqualTo(proposal.expiresAt().toString());
    }
}
