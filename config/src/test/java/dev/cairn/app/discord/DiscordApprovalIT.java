package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.OpsEndpoint;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import dev.cairn.core.runbook.RunbookAction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A runbook action proposed on Discord gets Approve / Deny buttons where it was asked; only an approver's click runs
 * it, once, and replaces the buttons with the outcome.
 */
class DiscordApprovalIT {
    @TempDir
    Path dataDir;
    private OpsEndpoint ops;

    @BeforeEach
    void startOps() {
        ops = new OpsEndpoint();
    }

    @AfterEach
    void stopOps() {
        ops.close();
    }

    @Test
    void onlyAnApproversClickRunsTheActionOnceAndReplacesTheButtons() throws Exception {
        try (FakeDiscord discord = new FakeDiscord()) {
            long acme = discord.guild("Acme");
            long general = discord.channel(acme, "general");
            long opsChannel = discord.channel(acme, "ops");
            long ann = discord.user("ann", false, acme);
            long lead = discord.user("lead", false, acme);
            try (CairnWithDiscord cairn = CairnWithDiscord.start(dataDir, discord, ops.restartService(Long.toString(lead)))) {
                discord.awaitReady();
                ApprovalDesk desk = cairn.bean(ApprovalDesk.class);
                Proposal proposal = desk.propose(action(lead), Map.of("service", "api"), new InboundMessage(
                        Platform.DISCORD, Long.toString(acme), Long.toString(opsChannel), "",
                        new User(Long.toString(ann), "ann"), "restart api", List.of(), MessageKind.MENTION, ""));

                FakeDiscord.Call request = discord.await("the approval request",
                        c -> c.is("POST", "channels/" + opsChannel + "/messages"));
                assertThat(request.content()).isEqualTo("<@" + ann + "> asked Cairn to run "
                        + "`restart-service(service=api)`: Restarts one service. An approver must approve it.");
                assertThat(request.allowedMentions().get("parse")).isEmpty();
                List<String> buttons = FakeDiscord.buttons(request);
                assertThat(buttons).hasSize(2).allMatch(id -> id.endsWith(proposal.id()));
                assertThat(request.body().get("components").get(0).get("components"))
                        .extracting(b -> b.get("label").asString()).containsExactly("Approve", "Deny");
                assertThat(discord.calls(c -> c.is("POST", "channels/" + general + "/messages"))).isEmpty();
                String approve = buttons.get(0);
                long message = request.messageId();

                FakeDiscord.Interaction refused = discord.click(opsChannel, message, ann, approve);
                FakeDiscord.Call refusal = discord.await("the refusal", c -> c.is("POST",
                        "webhooks/\\d+/" + refused.token()));
                assertThat(refusal.content()).startsWith("You may not approve restart-service(service=api)");
                assertThat(refusal.body().get("flags").asInt() & 64).isEqualTo(64);
                assertThat(acknowledgement(discord, refused).body().get("type").asInt()).isEqualTo(6);
                discord.awaitQuiet(Duration.ofMillis(300));
                assertThat(discord.calls(c -> c.path().contains(refused.token() + "/messages/@original"))).isEmpty();
                assertThat(ops.hits()).isEmpty();
                FakeDiscord.Interaction refusedInChinese = discord.click(opsChannel, message, ann, approve, "zh-CN");
                assertThat(discord.await("the refusal in Chinese", c -> c.is("POST",
                        "webhooks/\\d+/" + refusedInChinese.token())).content())
                        .isEqualTo("你不能批准 restart-service(service=api)：只有它的审批人可以。");

                FakeDiscord.Interaction approved = discord.click(opsChannel, message, lead, approve);
                FakeDiscord.Call decided = discord.await("the decision", c -> c.is("PATCH",
                        "webhooks/\\d+/" + approved.token() + "/messages/@original"));
                assertThat(decided.content()).startsWith("restart-service(service=api) approved by " + lead);
                assertThat(decided.body().get("components")).isEmpty();
                assertThat(decided.allowedMentions().get("parse")).isEmpty();
                assertThat(acknowledgement(discord, approved).body().get("type").asInt()).isEqualTo(6);
                assertThat(ops.hits()).containsExactly("POST /restart/api {\"service\":\"api\"}");

                FakeDiscord.Interaction again = discord.click(opsChannel, message, lead, buttons.get(1));
                assertThat(discord.await("the second answer", c -> c.is("POST", "webhooks/\\d+/" + again.token()))
                        .content()).isEqualTo("This action was already decided.");
                FakeDiscord.Interaction againInChinese = discord.click(opsChannel, message, lead, approve, "zh-CN");
                assertThat(discord.await("the second answer in Chinese", c -> c.is("POST",
                        "webhooks/\\d+/" + againInChinese.token())).content()).isEqualTo("此操作已有决定。");
                discord.awaitQuiet(Duration.ofMillis(300));
                assertThat(discord.calls(c -> c.path().contains(again.token() + "/messages/@original")
                        || c.path().contains(againInChinese.token() + "/messages/@original"))).isEmpty();
                assertThat(ops.hits()).hasSize(1);
            }
        }
    }

    private static FakeDiscord.Call acknowledgement(FakeDiscord discord, FakeDiscord.Interaction click) {
        return discord.await("the acknowledgement", c -> c.is("POST",
                "interactions/" + click.id() + "/" + click.token() + "/callback"));
    }

    private static RunbookAction action(long approver) {
        return new RunbookAction("restart-service", "Restarts one service.", List.of("service"),
                Set.of(Long.toString(approver)));
    }
}
