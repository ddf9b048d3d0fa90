package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.TestDocuments;
import dev.cairn.app.slack.FakeSlack.Call;
import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Cairn in Slack over HTTP: Slack-signed requests into the running app, Web API calls into a {@link FakeSlack}.
 * Each test works in its own workspaces and channels, so the tests share one running app.
 */
class SlackHttpIT {
    static final String KNOWLEDGE = "CKNOWLEDGE";
    static final String OTHER_KNOWLEDGE = "CKNOWLEDGE2";
    static final String LEAVE_QUESTION = "How much annual leave do employees accrue?";
    private static final AtomicInteger ids = new AtomicInteger();

    @TempDir
    static Path dataDir;
    static FakeSlack fake;
    static SlackCairn cairn;

    @BeforeAll
    static void start() {
        fake = FakeSlack.start();
        cairn = SlackCairn.start(dataDir, fake, "cairn.slack.knowledge-channels=" + KNOWLEDGE + "," + OTHER_KNOWLEDGE,
                "cairn.knowledge.max-file-bytes=200KB", "cairn.admins=slack:UADMIN,discord:UASKER",
                "cairn.prompts.templates.desk.greeting=Help desk for {{user.name}} in #{{channel.name}}:",
                "cairn.prompts.routes[0].channel=#help-desk", "cairn.prompts.routes[0].template=desk");
    }

    @AfterAll
    static void stop() {
        if (cairn != null) {
            cairn.close();
        }
        fake.close();
    }

    private static String id(String prefix) {
        return prefix + ids.incrementAndGet();
    }

    /** Shares a file in a knowledge channel (its message event) and returns Cairn's reply in the message's thread. */
    private static Call share(String team, String channel, String name, String mimetype, byte[] bytes) {
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(fileId, name, mimetype, bytes, channel, ts);
        assertThat(cairn.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(channel, "UANN", ts, fileId, name),
                0).status()).isEqualTo(200);
        return fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(channel)
                && c.param("thread_ts").equals(ts));
    }

    /** Asks with the slash command in a fresh channel of {@code team} and returns the answer Cairn posted there. */
    private static Call ask(String team, String question) {
        String channel = id("CASK");
        SlackSender.Reply ack = cairn.slack.command(team, channel, "UASKER", question, fake.responseUrl(channel));
        assertThat(ack.status()).isEqualTo(200);
        assertThat(ack.body()).isEmpty();
        return fake.awaitPostIn(channel);
    }

    private static String sectionText(Call call) {
        StringBuilder out = new StringBuilder();
        for (JsonNode block : call.blocks()) {
            if (block.get("type").asString().equals("section")) {
                out.append(block.get("text").get("text").asString()).append('\n');
            }
        }
        return out.toString();
    }

    private static Optional<String> voteValue(Call call) {
        for (JsonNode block : call.blocks()) {
            if (block.get("type").asString().equals("actions")) {
                return Optional.of(block.get("elements").get(0).get("value").asString());
            }
        }
        return Optional.empty();
    }

    @Test
    void aPdfSharedInAKnowledgeChannelIsIndexedOnceAndCitedWithALinkToTheMessageThatSharedIt() {
        String team = "TPDF";
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(fileId, "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK, KNOWLEDGE, ts);

        // One upload: Slack sends file_shared and the message with the file.
        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShared(KNOWLEDGE, "UANN", fileId, ts), 0);
        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, fileId,
                "handbook.pdf"), 0);

        Call report = fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(KNOWLEDGE)
                && c.param("thread_ts").equals(ts));
        assertThat(report.allText()).contains("indexed handbook.pdf: 3 pages, ");

        Call answer = ask(team, LEAVE_QUESTION);
        assertThat(sectionText(answer)).contains("Employees accrue four hours of annual leave per pay period. [1]");
        assertThat(answer.allText())
                .contains("<@UASKER> asked: " + LEAVE_QUESTION)
                .contains("*[1]* *handbook.pdf*, page 2 · <" + FakeSlack.permalink(KNOWLEDGE, ts)
                        + "|where it was shared>\n>")
                .contains("four hours of annual leave");
        assertThat(voteValue(answer)).hasValueSatisfying(v -> assertThat(v).isNotBlank());

        assertThat(fake.calls("files.info")).filteredOn(c -> c.param("file").equals(fileId)).hasSize(1);
        assertThat(fake.calls("download")).filteredOn(c -> c.param("file").equals(fileId)).hasSize(1);
        assertThat(fake.postedIn(KNOWLEDGE)).filteredOn(c -> c.param("thread_ts").equals(ts)).hasSize(1);
    }

    @Test
    void aDownloadThatReturnsASignInPageIsReportedWithTheReasonAndIndexesNothing() {
        String team = "THTML";
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFileBehindSignInPage(fileId, "policy.pdf", "application/pdf", KNOWLEDGE, ts);

        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, fileId, "policy.pdf"),
                0);

        Call report = fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(KNOWLEDGE)
                && c.param("thread_ts").equals(ts));
        assertThat(report.allText()).contains("policy.pdf could not be read")
                .contains("sign-in page").contains("files:read").contains("nothing was indexed");
        assertThat(fake.calls("download")).filteredOn(c -> c.param("file").equals(fileId)).singleElement()
                .satisfies(c -> assertThat(c.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN));
    }

    @Test
    void aFileTooLargeOrOfAnUnsupportedTypeIsRefusedWithTheReasonAndTooLargeIsNeverDownloaded() {
        String team = "TLIMITS";
        String bigId = id("F");
        String pngId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(bigId, "export.csv", "text/csv", "a,b\n".repeat(60_000).getBytes(StandardCharsets.UTF_8),
                KNOWLEDGE, ts);
        fake.hostFile(pngId, "photo.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0}, KNOWLEDGE, ts);
        String message = SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, bigId, "export.csv")
                .replace("}]", "},{\"id\":\"" + pngId + "\",\"name\":\"photo.png\"}]");

        cairn.slack.event(team, id("Ev"), message, 0);

        Call report = fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(ts));
        assertThat(report.allText()).contains("export.csv is larger than the limit of 200 KB; nothing was indexed.")
                .contains("photo.png is of type image/png, which Cairn cannot read");
        assertThat(fake.calls("download")).noneMatch(c -> c.param("file").equals(bigId));
    }

    @Test
    void answersSlacksUrlVerificationChallenge() {
        SlackSender.Reply reply = cairn.slack.signed("{\"token\":\"deprecated\",\"challenge\":\"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P\",\"type\":\"url_verification\"}",
                "application/json", SlackSender.now(), Map.of());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }

    @Test
    void aFileSharedOutsideTheKnowledgeChannelsIsIgnored() {
        String team = "TIGNORE";
        String channel = "CRANDOM";
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(fileId, "menu.txt", "text/plain", "Lunch is pizza on Fridays.".getBytes(StandardCharsets.UTF_8),
                channel, ts);
        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShared(channel, "UANN", fileId, ts), 0);
        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(channel, "UANN", ts, fileId, "menu.txt"), 0);

        // A later share in a knowledge channel of the same workspace is handled: the ignored one was seen before it.
        share(team, OTHER_KNOWLEDGE, "parking.txt", "text/plain",
                "Parking in the north garage is free for cyclists.".getBytes(StandardCharsets.UTF_8));

        assertThat(fake.calls("files.info")).noneMatch(c -> c.param("file").equals(fileId));
        assertThat(fake.calls("download")).noneMatch(c -> c.param("file").equals(fileId));
        assertThat(fake.postedIn(channel)).isEmpty();
        assertThat(ask(team, "Is lunch pizza on Fridays?").allText()).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"))
                .doesNotContain("menu.txt");
    }

    @Test
    void knowledgeSharedInOneWorkspaceIsNeverCitedInAnother() {
        Call report = share("TONE", OTHER_KNOWLEDGE, "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK);
        assertThat(report.allText()).contains("indexed handbook.pdf");

        Call elsewhere = ask("TTWO", LEAVE_QUESTION);
        assertThat(elsewhere.allText()).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer")).doesNotContain("handbook.pdf")
                .doesNotContain("four hours");

        Call home = ask("TONE", LEAVE_QUESTION);
        assertThat(home.allText()).contains("*handbook.pdf*, page 2").contains("four hours");
    }

    @Test
    void aSlashCommandWithStarAmpersandPercentAndChineseIsVerifiedAndAnsweredInTheChannel() {
        String question = "What is *50% off* & 年假 for 合同工? 100%2A";
        String form = SlackSender.commandForm("TCHARS", "CCHARS", "UCHARS", question, fake.responseUrl("CCHARS"));
        assertThat(form).contains("%2A50%25+off%2A+%26+").contains("%E5%B9%B4%E5%81%87");

        SlackSender.Reply ack = cairn.slack.signedForm(form, SlackSender.now(), Map.of());

        assertThat(ack.status()).isEqualTo(200);
        Call answer = fake.awaitPostIn("CCHARS");
        // Five Han characters outweigh thirteen Latin letters: Cairn answers this question in Chinese.
        assertThat(answer.allText()).contains("<@UCHARS> 问：What is *50% off* &amp; 年假 for 合同工? 100%2A");
        assertThat(sectionText(answer)).contains(Messages.bundled().text(Language.CHINESE, "answer.no_answer"));
        assertThat(answer.authorization()).isEqualTo("Bearer " + FakeSlack.BOT_TOKEN);
    }

    @Test
    void forgedAndStaleRequestsAreRefusedWith401AndNothingIsPosted() {
        String form = SlackSender.commandForm("TFORGE", "CFORGED", "UEVE", LEAVE_QUESTION, fake.responseUrl("CFORGED"));
        long now = SlackSender.now();

        SlackSender.Reply wrongSecret = cairn.slack.send(form, "application/x-www-form-urlencoded",
                String.valueOf(now), SlackSender.signature("not-the-secret", now, form), Map.of());
        SlackSender.Reply tampered = cairn.slack.send(form.replace("UEVE", "UADMIN"),
                "application/x-www-form-urlencoded", String.valueOf(now),
                SlackSender.signature(FakeSlack.SIGNING_SECRET, now, form), Map.of());
        SlackSender.Reply stale = cairn.slack.signedForm(form, now - 6 * 60, Map.of());
        SlackSender.Reply future = cairn.slack.signedForm(form, now + 6 * 60, Map.of());
        SlackSender.Reply unsigned = cairn.slack.send(form, "application/x-www-form-urlencoded", "", "", Map.of());
        String event = SlackPayloads.mention("TFORGE", "CFORGED", "UEVE", fake.nextTs(), null, "<@UCAIRNBOT> hi");
        SlackSender.Reply staleEvent = cairn.slack.signed(SlackSender.callback("TFORGE", id("Ev"), event),
                "application/json", now - 600, Map.of());

        assertThat(List.of(wrongSecret, tampered, stale, future, unsigned, staleEvent))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo(401));
        // The same request signed properly now is answered, so the refusals were about the signature alone.
        ask("TFORGE", LEAVE_QUESTION);
        assertThat(fake.postedIn("CFORGED")).isEmpty();
        assertThat(fake.calls("respond")).noneMatch(c -> c.param("text").contains("UEVE"));
    }

    @Test
    void aSignedButUnreadableRequestIsRefusedWith400AndTheBotCarriesOn() {
        SlackSender.Reply garbage = cairn.slack.signed("{\"type\": \"event_callback\", \"event\": ",
                "application/json", SlackSender.now(), Map.of());
        SlackSender.Reply unknown = cairn.slack.signedForm("hello=world", SlackSender.now(), Map.of());

        assertThat(garbage.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(ask("TGARBAGE", LEAVE_QUESTION).allText()).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
    }

    @Test
    void anEventSlackRetriesIsAnsweredOnce() {
        String ts = fake.nextTs();
        String eventId = id("EvRetry");
        String event = SlackPayloads.mention("TRETRY", "CRETRY", "UMIA", ts, null, "<@UCAIRNBOT> help");

        assertThat(cairn.slack.event("TRETRY", eventId, event, 0).status()).isEqualTo(200);
        assertThat(cairn.slack.event("TRETRY", eventId, event, 1).status()).isEqualTo(200);
        assertThat(cairn.slack.event("TRETRY", eventId, event, 2).status()).isEqualTo(200);
        fake.awaitPostIn("CRETRY");

        // A later question in the same channel is answered: anything the retries started would have been first.
        String later = fake.nextTs();
        cairn.slack.event("TRETRY", id("Ev"), SlackPayloads.mention("TRETRY", "CRETRY", "UMIA", later, null,
                "<@UCAIRNBOT> reset"), 0);
        fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(later));
        assertThat(fake.postedIn("CRETRY")).filteredOn(c -> c.param("thread_ts").equals(ts)).hasSize(1);
    }

    @Test
    void aMentionIsAnsweredInAThreadAndFollowUpsInThatThreadUseTheConversation() {
        String team = "TMEM";
        share(team, KNOWLEDGE, "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK);
        String channel = "CTEAM";
        String root = fake.nextTs();

        cairn.slack.event(team, id("Ev"), SlackPayloads.mention(team, channel, "UMIA", root, null,
                "<@" + FakeSlack.BOT_USER + "> " + LEAVE_QUESTION), 0);
        Call first = fake.awaitCall("chat.postMessage", c -> c.param("channel").equals(channel)
                && c.param("thread_ts").equals(root));
        assertThat(sectionText(first)).contains("four hours of annual leave");
        assertThat(first.allText()).doesNotContain("asked:");

        cairn.slack.event(team, id("Ev"), SlackPayloads.mention(team, channel, "UMIA", fake.nextTs(), root,
                "<@" + FakeSlack.BOT_USER + "> and for contractors?"), 0);
        Call followUp = FakeSlack.await(() -> fake.postedIn(channel).stream()
                .filter(c -> c.param("thread_ts").equals(root)).skip(1).findFirst(), "the follow-up's answer");
        assertThat(sectionText(followUp))
                .startsWith("Contractors do not accrue annual leave; they follow the policy of their own company.");

        // A new thread is a new conversation: without the earlier turns, the vague question finds nothing.
        String otherRoot = fake.nextTs();
        cairn.slack.event(team, id("Ev"), SlackPayloads.mention(team, channel, "UMIA", otherRoot, null,
                "<@" + FakeSlack.BOT_USER + "> what about it?"), 0);
        Call fresh = fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(otherRoot));
        assertThat(sectionText(fresh)).contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
    }

    @Test
    void aMentionInAChannelRoutedByNameGetsThatChannelsTemplate() {
        String team = "TDESK";
        share(team, KNOWLEDGE, "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK);
        fake.nameChannel("CDESK", "help-desk");

        cairn.slack.event(team, id("Ev"), SlackPayloads.mention(team, "CDESK", "UMIA", fake.nextTs(), null,
                "<@" + FakeSlack.BOT_USER + "> " + LEAVE_QUESTION), 0);
        cairn.slack.event(team, id("Ev"), SlackPayloads.mention(team, "COTHER", "UMIA", fake.nextTs(), null,
                "<@" + FakeSlack.BOT_USER + "> " + LEAVE_QUESTION), 0);

        assertThat(sectionText(fake.awaitCall("chat.postMessage", c -> c.param("channel").equals("CDESK"))))
                .startsWith("Help desk for UMIA in #help-desk:");
        assertThat(sectionText(fake.awaitCall("chat.postMessage", c -> c.param("channel").equals("COTHER"))))
                .as("a channel Slack gives no name for keeps the default template")
                .doesNotContain("Help desk").contains("four hours of annual leave");
    }

    @Test
    void aDirectMessageIsAnsweredInTheConversation() {
        String team = "TDM";
        share(team, KNOWLEDGE, "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK);

        cairn.slack.event(team, id("Ev"), SlackPayloads.directMessage(team, "DANN", "UANN", fake.nextTs(),
                "Which laptops need full-disk encryption?"), 0);

        Call answer = fake.awaitPostIn("DANN");
        assertThat(answer.param("thread_ts")).isEmpty();
        assertThat(sectionText(answer)).contains("Every laptop must use full-disk encryption.");
        assertThat(answer.allText()).contains("*handbook.pdf*, page 3");
    }

    @Test
    void votesOnAnAnswerAreRecordedWithItsReplyIdAndAcknowledgedToTheVoter() throws Exception {
        Call answer = ask("TVOTE", "Is there a canteen?");
        String replyId = voteValue(answer).orElseThrow();

        SlackSender.Reply ack = cairn.slack.interaction(SlackPayloads.buttonClick("TVOTE", answer.param("channel"),
                "UVOTER", fake.nextTs(), "cairn_vote_down", replyId, fake.responseUrl("vote")));

        assertThat(ack.status()).isEqualTo(200);
        Call thanks = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UVOTER"));
        assertThat(thanks.param("channel")).isEqualTo(answer.param("channel"));
        assertThat(thanks.param("text")).startsWith("Thanks!").contains("was recorded");
        assertThat(dev.cairn.app.records.RecordedVotes.in(dataDir)).contains(replyId + ":UVOTER:down");
    }

    @Test
    void aVoteOnAnAnswerCairnDoesNotKnowIsNotRecordedAndTheVoterIsTold() throws Exception {
        SlackSender.Reply ack = cairn.slack.interaction(SlackPayloads.buttonClick("TVOTE", "CUNKNOWN",
                "UGHOST", fake.nextTs(), "cairn_vote_up", "no-such-reply", fake.responseUrl("ghost")));

        assertThat(ack.status()).isEqualTo(200);
        Call told = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UGHOST"));
        assertThat(told.param("text")).isEqualTo("I no longer know that answer, so your vote was not recorded.");
        assertThat(dev.cairn.app.records.RecordedVotes.in(dataDir)).noneMatch(v -> v.startsWith("no-such-reply"));
    }

    @Test
    void aFileDeletedInSlackIsRemovedFromTheIndex() {
        String team = "TDEL";
        String fileId = id("F");
        String ts = fake.nextTs();
        fake.hostFile(fileId, "wifi.txt", "text/plain",
                "The guest wifi password rotates every Monday.".getBytes(StandardCharsets.UTF_8), KNOWLEDGE, ts);
        cairn.slack.event(team, id("Ev"), SlackPayloads.fileShareMessage(KNOWLEDGE, "UANN", ts, fileId, "wifi.txt"),
                0);
        fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(ts));
        assertThat(ask(team, "When does the guest wifi password rotate?").allText()).contains("*wifi.txt*");

        cairn.slack.event(team, id("Ev"), SlackPayloads.fileDeleted(fileId, fake.nextTs()), 0);

        FakeSlack.await(() -> Optional.of(ask(team, "When does the guest wifi password rotate?"))
                .filter(a -> a.allText().contains(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"))), "the deleted file to leave the answers");
    }

    @Test
    void helpAndAnEmptyCommandAreShownOnlyToTheAsker() {
        cairn.slack.command("THELP", "CHELP", "UNEW", "help", fake.responseUrl("help"));
        Call help = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UNEW")
                && c.param("channel").equals("CHELP"));
        assertThat(help.param("text")).contains("reset: forget our conversation")
                .contains("/ask &lt;question&gt;");

        cairn.slack.command("THELP", "CHELP", "UEMPTY", "", fake.responseUrl("empty"));
        Call usage = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UEMPTY"));
        assertThat(usage.param("text")).startsWith("Ask me a question");

        cairn.slack.command("THELP", "CHELP", "UNEW", "reset", fake.responseUrl("reset"));
        FakeSlack.await(() -> fake.calls("chat.postEphemeral").stream()
                .filter(c -> c.param("text").equals(Messages.bundled().text(Language.ENGLISH, "command.reset"))).findFirst(), "the reset confirmation");
        assertThat(fake.calls("chat.postMessage")).noneMatch(c -> c.param("channel").equals("CHELP"));
    }

    @Test
    void statsAreShownOnlyToAnAdminAndOnlyToThem() {
        ask("TSTATS", "Who waters the office plants?");

        cairn.slack.command("TSTATS", "CSTATS", "UADMIN", "stats", fake.responseUrl("stats-admin"));
        Call figures = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UADMIN"));
        assertThat(figures.param("channel")).isEqualTo("CSTATS");
        assertThat(figures.param("text")).startsWith("Answers per prompt experiment and variant")
                .contains("Experiment default").contains("• default: ").contains("no answer ")
                .contains("latency p50 ");

        // UASKER is an admin on Discord only
        cairn.slack.command("TSTATS", "CSTATS", "UASKER", "stats", fake.responseUrl("stats-asker"));
        Call refused = fake.awaitCall("chat.postEphemeral", c -> c.param("user").equals("UASKER")
                && c.param("channel").equals("CSTATS"));
        assertThat(refused.param("text")).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.admins_only"));
        assertThat(fake.calls("chat.postMessage")).noneMatch(c -> c.param("channel").equals("CSTATS"));
    }

    @Test
    void inAChannelTheBotIsNotInTheAnswerGoesThroughTheResponseUrl() {
        fake.botIsNotIn("CPRIVATE");

        cairn.slack.command("TPRIV", "CPRIVATE", "UANN", "Who is on call?", fake.responseUrl("private"));

        Call respond = fake.awaitCall("respond", c -> c.param("blocks").contains("Who is on call?"));
        assertThat(respond.param("response_type")).isEqualTo("in_channel");
        assertThat(respond.param("blocks")).contains("asked: Who is on call?");
    }
}
