package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.OpsEndpoint;
import dev.cairn.app.slack.FakeSlack.Call;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Runbook approvals in Slack: a proposal asked in Slack is posted with Approve / Deny buttons where it was asked, and
 * only an approver's click runs the configured HTTP call, once, against a recording server on 127.0.0.1. Each test
 * proposes for its own service and channel, so the tests share one running app.
 */
class SlackApprovalsIT {
    private static final String APPROVER = "UOPSLEAD";
    private static final String REQUESTER = "UDEV";
    private static final AtomicInteger ids = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static FakeSlack fake;
    static OpsEndpoint ops;
    static SlackCairn cairn;

    @BeforeAll
    static void start() throws IOException {
        ops = new OpsEndpoint();
        fake = FakeSlack.start();
        cairn = SlackCairn.start(dataDir, fake, ops.restartService("slack:" + APPROVER).toArray(String[]::new));
    }

    @AfterAll
    static void stop() {
        if (cairn != null) {
            cairn.close();
        }
        fake.close();
        ops.close();
    }

    private static String id(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    /** Proposes restarting {@code service} as if the answer to {@code REQUESTER}'s message in that place had. */
    private static Proposal propose(Platform platform, String channel, String thread, String service) {
        return propose(platform, channel, thread, service, "please restart " + service);
    }

    private static Proposal propose(Platform platform, String channel, String thread, String service, String text) {
        RunbookAction action = new RunbookAction("restart-service", "Restarts one service.", List.of("service"),
                Set.of(APPROVER));
        InboundMessage asked = new InboundMessage(platform, "TOPS", channel, thread, new User(REQUESTER, "dev"),
                text, List.of(), MessageKind.MENTION, "");
        return cairn.bean(ApprovalDesk.class).propose(action, Map.of("service", service), asked);
    }

    private static SlackSender.Reply click(String channel, String user, String messageTs, String actionId,
                                           String proposalId) {
        return cairn.slack.interaction(SlackPayloads.buttonClick("TOPS", channel, user, messageTs, actionId,
                proposalId, fake.responseUrl(id("approval"))));
    }

    private static List<JsonNode> buttons(Call call) {
        List<JsonNode> buttons = new ArrayList<>();
        for (JsonNode block : call.blocks()) {
            if (block.get("type").asString().equals("actions")) {
                block.get("elements").forEach(buttons::add);
            }
        }
        return buttons;
    }

    private static List<String> hitsFor(String service) {
        return ops.hits().stream().filter(hit -> hit.startsWith("POST /restart/" + service + " ")).toList();
    }

    @Test
    void anActionProposedInASlackThreadIsPostedInThatThreadWithApproveAndDenyButtonsCarryingItsId() {
        String channel = id("CASK");
        String thread = fake.nextTs();

        Proposal proposal = propose(Platform.SLACK, channel, thread, "api");

        Call posted = fake.awaitPostIn(channel);
        assertThat(posted.param("thread_ts")).isEqualTo(thread);
        assertThat(posted.allText()).contains("<@" + REQUESTER + "> asked Cairn to run `restart-service(service=api)`: "
                + "Restarts one service. An approver must approve it.");
        assertThat(buttons(posted)).extracting(b -> b.get("action_id").asString())
                .containsExactly("cairn_runbook_approve", "cairn_runbook_deny")
                .doesNotContain("cairn_vote_up", "cairn_vote_down");
        assertThat(buttons(posted)).extracting(b -> b.get("value").asString())
                .containsOnly(proposal.id());
        assertThat(buttons(posted)).extracting(b -> b.get("text").get("text").asString())
                .containsExactly("Approve", "Deny");
    }

    @Test
    void anActionProposedOutsideAThreadIsPostedInTheChannelItself() {
        String channel = id("CASK");

        propose(Platform.SLACK, channel, "", "web");

        Call posted = fake.awaitPostIn(channel);
        assertThat(posted.param("thread_ts")).isEmpty();
        assertThat(buttons(posted)).hasSize(2);
    }

    @Test
    void onlyAnApproverRunsTheActionOnceAndTheMessageThenShowsTheOutcomeWithoutButtons() {
        String channel = id("CASK");
        String service = id("svc");
        Proposal proposal = propose(Platform.SLACK, channel, fake.nextTs(), service);
        fake.awaitPostIn(channel);
        String messageTs = fake.nextTs();

        assertThat(click(channel, REQUESTER, messageTs, "cairn_runbook_approve", proposal.id()).status())
                .isEqualTo(200);
        Call refused = fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals(channel)
                && c.param("user").equals(REQUESTER));
        assertThat(refused.param("text")).startsWith("You may not approve")
                .contains("restart-service(service=" + service + ")");
        assertThat(hitsFor(service)).isEmpty();
        assertThat(fake.calls("chat.update")).noneMatch(c -> c.param("channel").equals(channel));
        assertThat(fake.postedIn(channel)).hasSize(2);

        assertThat(click(channel, APPROVER, messageTs, "cairn_runbook_approve", proposal.id()).status())
                .isEqualTo(200);
        Call updated = fake.awaitCall("chat.update", c -> c.param("channel").equals(channel));
        assertThat(updated.param("ts")).isEqualTo(messageTs);
        assertThat(updated.allText()).contains("restart-service(service=" + service + ") approved by " + APPROVER)
                .contains("HTTP 200");
        assertThat(buttons(updated)).isEmpty();
        assertThat(hitsFor(service)).containsExactly("POST /restart/" + service + " {\"service\":\"" + service
                + "\"}");

        assertThat(click(channel, APPROVER, messageTs, "cairn_runbook_approve", proposal.id()).status())
                .isEqualTo(200);
        Call again = fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals(channel)
                && c.param("user").equals(APPROVER));
        assertThat(again.param("text")).contains("already decided");
        assertThat(hitsFor(service)).hasSize(1);
        assertThat(fake.calls("chat.update")).filteredOn(c -> c.param("channel").equals(channel)).hasSize(1);
    }

    @Test
    void anApproverWhoDeniesDropsTheActionAndTheMessageSaysSo() {
        String channel = id("CASK");
        String service = id("svc");
        Proposal proposal = propose(Platform.SLACK, channel, "", service);
        fake.awaitPostIn(channel);
        String messageTs = fake.nextTs();

        click(channel, APPROVER, messageTs, "cairn_runbook_deny", proposal.id());

        Call updated = fake.awaitCall("chat.update", c -> c.param("channel").equals(channel));
        assertThat(updated.param("ts")).isEqualTo(messageTs);
        assertThat(updated.allText()).contains("was denied by " + APPROVER);
        assertThat(buttons(updated)).isEmpty();
        assertThat(hitsFor(service)).isEmpty();
        assertThat(cairn.bean(ApprovalDesk.class).find(proposal.id())).isEmpty();
    }

    @Test
    void anActionAskedInChineseIsOfferedAndDecidedInChineseAndAClickIsAnsweredInTheClickersSlackLanguage() {
        String channel = id("CASK");
        String service = id("svc");
        fake.speaks("UZHCLICK", "zh-CN");
        Proposal proposal = propose(Platform.SLACK, channel, "", service, "请重启 " + service + " 服务");
        Call posted = fake.awaitPostIn(channel);
        String messageTs = fake.nextTs();

        assertThat(posted.allText()).contains("请求 Cairn 执行 `restart-service(service=" + service + ")`");
        assertThat(buttons(posted)).extracting(b -> b.get("text").get("text").asString())
                .containsExactly("批准", "拒绝");

        click(channel, "UZHCLICK", messageTs, "cairn_runbook_approve", proposal.id());
        assertThat(fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals(channel)
                && c.param("user").equals("UZHCLICK")).param("text"))
                .isEqualTo("你无权批准或拒绝 `restart-service(service=" + service + ")`：只有它的审批人可以。");

        click(channel, APPROVER, messageTs, "cairn_runbook_approve", proposal.id());
        assertThat(fake.awaitCall("chat.update", c -> c.param("channel").equals(channel)).allText())
                .as("the outcome replaces the request in the request's language")
                .contains("restart-service(service=" + service + ") 已由 " + APPROVER + " 批准");
        click(channel, APPROVER, messageTs, "cairn_runbook_approve", proposal.id());
        assertThat(fake.awaitCall("chat.postEphemeral", c -> c.param("channel").equals(channel)
                && c.param("user").equals(APPROVER)).param("text"))
                .as("the approver's Slack gives no language: cairn.language")
                .isEqualTo("That action was already decided; nothing more will run.");
    }

    @Test
    void anActionProposedElsewhereIsNotPostedInSlack() {
        String channel = id("CWEB");
        String marker = id("CASK");

        propose(Platform.WEB, channel, "", "web");
        propose(Platform.SLACK, marker, "", "marker");

        fake.awaitPostIn(marker);
        assertThat(fake.postedIn(channel)).isEmpty();
    }
}
