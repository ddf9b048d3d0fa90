package dev.cairn.app.discord;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeBase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/**
 * Cairn on a fake Discord that JDA really connects to: two servers (Acme, Globex), each with a knowledge channel;
 * every test talks in its own channel so that the tests do not see each other's messages.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class DiscordAdapterIT {
    static final String HANDBOOK = """
            # Leave

            Employees accrue four hours of annual leave per pay period.

            Contractors do not accrue annual leave; they follow the policy of their own company.
            """;
    @TempDir
    static Path dataDir;
    FakeDiscord discord;
    CairnWithDiscord cairn;
    long acme;
    long globex;
    long acmeKnowledge;
    long globexKnowledge;
    long ann;
    long bob;
    long carl;
    long dave;
    long otherBot;
    long handbookMessage;

    @BeforeAll
    void start() throws IOException {
        discord = new FakeDiscord();
        acme = discord.guild("Acme");
        globex = discord.guild("Globex");
        acmeKnowledge = discord.channel(acme, "knowledge");
        globexKnowledge = discord.channel(globex, "knowledge");
        ann = discord.user("ann", false, acme);
        carl = discord.user("carl", false, acme);
        bob = discord.user("bob", false, globex);
        dave = discord.user("dave", false, acme, globex);
        otherBot = discord.user("otherbot", true, acme);
        for (String name : List.of("general", "asking", "bots", "everyone", "split", "votes", "scope", "deletions",
                "elsewhere", "stats")) {
            discord.channel(acme, name);
        }
        discord.channel(acme, "no-embeds", DiscordPayloads.EMBED_LINKS);
        discord.channel(acme, "read-only", DiscordPayloads.SEND_MESSAGES);
        discord.channel(globex, "general");
        cairn = CairnWithDiscord.start(dataDir, discord, List.of(
                "cairn.discord.knowledge-channels=" + acmeKnowledge + "," + globexKnowledge,
                "cairn.knowledge.max-file-bytes=64KB", "cairn.admins=discord:" + ann + ",slack:" + carl),
                RecitingAnswerer.Wiring.class);
        discord.awaitReady();
        handbookMessage = discord.post(acmeKnowledge, ann, "our handbook",
                discord.file("handbook.md", HANDBOOK.getBytes(StandardCharsets.UTF_8)));
        assertThat(discord.replyTo(acmeKnowledge, handbookMessage).content()).isEqualTo("indexed handbook.md: 1 passage");
    }

    @AfterAll
    void stop() throws IOException {
        CairnWithDiscord.stop(cairn, discord);
    }

    @Test
    void answersAMentionAsAReplyWithASourcesEmbedCitingTheSharedFile() {
        long general = channel("general");
        long question = discord.post(general, ann, discord.mention() + " How much annual leave do employees accrue?");

        FakeDiscord.Call answer = discord.replyTo(general, question);
        assertThat(answer.content()).startsWith("Employees accrue four hours of annual leave per pay period. [1]");
        assertThat(answer.embeds()).hasSize(1);
        JsonNode sources = answer.embeds().get(0);
        assertThat(sources.get("title").asString()).isEqualTo("Sources");
        assertThat(sources.get("description").asString())
                .startsWith("**[1] handbook.md** · Leave · [shared here](https://discord.com/channels/" + acme + "/"
                        + acmeKnowledge + "/" + handbookMessage + ")")
                .contains("> Employees accrue four hours of annual leave per pay period.");
        assertThat(answer.allowedMentions().get("parse")).isEmpty();
        assertThat(answer.allowedMentions().get("replied_user").asBoolean()).isFalse();
        assertThat(FakeDiscord.buttons(answer)).hasSize(2).allMatch(id -> id.matches("vote:(up|down):[-0-9a-f]{36}"));
        assertThat(discord.calls(c -> c.path().contains("/reactions/"))).isEmpty();
    }

    @Test
    void askIsDeferredAtOnceThenTheOriginalResponseIsEditedWithTheAnswer() {
        long asking = channel("asking");
        FakeDiscord.Interaction ask = discord.ask(asking, carl, "Do contractors accrue annual leave?");

        FakeDiscord.Call edit = discord.await("the edited response", c -> c.is("PATCH",
                "webhooks/" + discord.applicationId + "/" + ask.token() + "/messages/@original"));
        List<FakeDiscord.Call> calls = discord.calls();
        FakeDiscord.Call defer = discord.await("the deferral", c -> c.is("POST",
                "interactions/" + ask.id() + "/" + ask.token() + "/callback"));
        assertThat(defer.body().get("type").asInt()).as("deferred channel message").isEqualTo(5);
        assertThat(calls.indexOf(defer)).isLessThan(calls.indexOf(edit));
        assertThat(edit.content()).contains("Contractors do not accrue annual leave; they follow the policy of their "
                + "own company. [1]");
        assertThat(edit.embeds().get(0).get("description").asString()).contains("handbook.md");
        assertThat(edit.allowedMentions().get("parse")).isEmpty();
        assertThat(FakeDiscord.buttons(edit)).hasSize(2).allMatch(id -> id.startsWith("vote:"));

        FakeDiscord.Interaction help = discord.ask(asking, carl, "help");
        assertThat(discord.await("help", c -> c.is("PATCH", "webhooks/\\d+/" + help.token() + "/messages/@original"))
                .content()).contains("reset: forget our conversation");
        FakeDiscord.Interaction reset = discord.ask(asking, carl, "reset");
        assertThat(discord.await("reset", c -> c.is("PATCH", "webhooks/\\d+/" + reset.token() + "/messages/@original"))
                .content()).startsWith("Done: I have forgotten our conversation.");
    }

    @Test
    void statsAnswerAnAdminsMentionAndTellAnyoneElseTheyAreForAdminsOnly() {
        long stats = channel("stats");
        long question = discord.post(stats, ann, discord.mention() + " How much annual leave do employees accrue?");
        discord.replyTo(stats, question);

        long byAdmin = discord.post(stats, ann, discord.mention() + " stats");
        assertThat(discord.replyTo(stats, byAdmin).content()).startsWith("Answers per prompt experiment and variant")
                .contains("Experiment default").contains("• default: ").contains("👍 rate");

        // carl is an admin in Slack only
        FakeDiscord.Interaction byOther = discord.ask(stats, carl, "stats");
        assertThat(discord.await("the refusal", c -> c.is("PATCH", "webhooks/\\d+/" + byOther.token()
                + "/messages/@original")).content()).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.admins_only"));
    }

    @Test
    void ignoresMessagesFromBotsIncludingItself() {
        long bots = channel("bots");
        discord.post(bots, otherBot, discord.mention() + " help");
        long fromPerson = discord.post(bots, ann, discord.mention() + " help");

        assertThat(discord.replyTo(bots, fromPerson).content()).contains("reset: forget our conversation");
        discord.awaitQuiet(Duration.ofMillis(300));
        assertThat(discord.calls(c -> c.is("POST", "channels/" + bots + "/messages"))).hasSize(1);
    }

    @Test
    void neverAllowsAnyMentionNotEvenOfEveryoneQuotedFromADocument() {
        long files = channel("everyone");
        long shared = discord.post(acmeKnowledge, ann, "", discord.file("drill.txt",
                ("@everyone the fire drill starts at noon on Friday; <@&" + acme + "> gather at the car park.")
                        .getBytes(StandardCharsets.UTF_8)));
        discord.replyTo(acmeKnowledge, shared);
        long question = discord.post(files, ann, discord.mention() + " When does the fire drill start?");

        FakeDiscord.Call answer = discord.replyTo(files, question);
        assertThat(answer.content()).contains("@everyone the fire drill starts at noon");
        List<FakeDiscord.Call> sent = discord.calls(FakeDiscord.Call::sendsMessage);
        assertThat(sent).isNotEmpty().allSatisfy(call -> {
            assertThat(call.allowedMentions()).as("allowed_mentions of %s", call).isNotNull();
            assertThat(call.allowedMentions().get("parse")).isEmpty();
            assertThat(call.allowedMentions().has("users")).isFalse();
            assertThat(call.allowedMentions().has("roles")).isFalse();
            assertThat(call.allowedMentions().get("replied_user").asBoolean()).isFalse();
        });
    }

    @Test
    void aCorruptAttachmentGetsAClearReplyAndIndexesNothing() {
        long shared = discord.post(acmeKnowledge, carl, "", discord.file("broken.pdf",
                "%PDF-1.7 this is not really a PDF".getBytes(StandardCharsets.UTF_8)));

        assertThat(discord.replyTo(acmeKnowledge, shared).content()).startsWith("broken.pdf").endsWith("nothing was indexed.");
        assertThat(documents(acme)).extracting(DocumentInfo::name).doesNotContain("broken.pdf");
    }

    @Test
    void aFileSharedOutsideTheKnowledgeChannelsIsNotIndexedAndTheReplySaysWhereToShareIt() {
        long elsewhere = channel("elsewhere");
        long shared = discord.post(elsewhere, carl, discord.mention(), discord.file("notes.md",
                "Lunch is served at one.".getBytes(StandardCharsets.UTF_8)));

        assertThat(discord.replyTo(elsewhere, shared).content()).startsWith("I only index files shared in a knowledge channel:")
                .contains("<#" + acmeKnowledge + ">");
        assertThat(discord.downloads()).noneMatch(path -> path.endsWith("/notes.md"));
        assertThat(documents(acme)).extracting(DocumentInfo::name).doesNotContain("notes.md");
    }

    @Test
    void anAttachmentOverTheSizeLimitIsRefusedWithoutDownloadingIt() {
        FakeDiscord.File huge = new FakeDiscord.File("huge.txt", "small really".getBytes(StandardCharsets.UTF_8),
                10_000_000);
        long shared = discord.post(acmeKnowledge, carl, "", huge);

        assertThat(discord.replyTo(acmeKnowledge, shared).content())
                .isEqualTo("huge.txt is larger than the limit of 64 KB; nothing was indexed.");
        assertThat(discord.downloads()).noneMatch(path -> path.endsWith("/huge.txt"));
    }

    @Test
    void knowledgeSharedInOneServerIsNeverCitedInAnother() {
        long globexGeneral = discord.channelId(globex, "general");
        long shared = discord.post(globexKnowledge, bob, "", discord.file("vault.md",
                "The Globex vault code rotates every Tuesday at dawn.".getBytes(StandardCharsets.UTF_8)));
        assertThat(discord.replyTo(globexKnowledge, shared).content()).startsWith("indexed vault.md");

        long inAcme = discord.post(channel("scope"), ann, discord.mention() + " When does the vault code rotate?");
        FakeDiscord.Call acmeAnswer = discord.replyTo(channel("scope"), inAcme);
        assertThat(acmeAnswer.content()).startsWith("I couldn't find the answer to that");
        assertThat(acmeAnswer.embeds()).isEmpty();
        assertThat(acmeAnswer.content()).doesNotContain("Tuesday");

        FakeDiscord.Interaction asked = discord.ask(channel("scope"), carl, "When does the vault code rotate?");
        assertThat(discord.await("the /ask answer in Acme", c -> c.is("PATCH", "webhooks/\\d+/" + asked.token()
                + "/messages/@original")).content()).startsWith("I couldn't find the answer to that");

        long inGlobex = discord.post(globexGeneral, bob, discord.mention() + " When does the vault code rotate?");
        FakeDiscord.Call globexAnswer = discord.replyTo(globexGeneral, inGlobex);
        assertThat(globexAnswer.content()).contains("every Tuesday at dawn");
        assertThat(globexAnswer.embeds().get(0).get("description").asString()).contains("vault.md");
    }

    @Test
    void aLongAnswerIsSplitIntoMessagesWithoutBreakingSentencesOrCodeBlocks() {
        long split = channel("split");
        long shared = discord.post(acmeKnowledge, ann, "", discord.file("release.md",
                "Release runbook: drain each region and wait for the queues to empty.".getBytes(StandardCharsets.UTF_8)));
        discord.replyTo(acmeKnowledge, shared);
        long question = discord.post(split, ann, discord.mention()
                + " recite the release runbook: drain each region, wait for the queues");

        FakeDiscord.Call first = discord.replyTo(split, question);
        List<FakeDiscord.Call> parts = discord.awaitCalls("every part of the answer", 3,
                c -> c.is("POST", "channels/" + split + "/messages"));
        discord.awaitQuiet(Duration.ofMillis(300));
        parts = discord.calls(c -> c.is("POST", "channels/" + split + "/messages"));
        assertThat(parts.get(0)).isEqualTo(first);
        assertThat(parts.subList(1, parts.size())).allSatisfy(p -> assertThat(p.repliesTo()).isZero());
        List<String> contents = parts.stream().map(FakeDiscord.Call::content).toList();
        assertThat(contents).allSatisfy(c -> {
            assertThat(c.length()).isBetween(1, 2000);
            assertThat(c.split("```", -1).length % 2).as("balanced code fences in %s", c).isEqualTo(1);
        });
        assertThat(contents.get(0)).endsWith("to the next region. [1]");
        assertThat(contents.get(1)).startsWith("```bash\n./release.sh --region eu-1 ");
        assertThat(String.join("\n", contents).replace("\n```\n```bash\n", "\n").replaceAll("\\s+", " "))
                .isEqualTo(RecitingAnswerer.LONG_ANSWER.replaceAll("\\s+", " "));
        assertThat(String.join("\n", contents).lines().filter(l -> l.startsWith("./release.sh")).toList())
                .hasSize(45).allMatch(l -> l.matches("\\./release\\.sh --region eu-\\d+ --drain --wait-for-queues"));
        assertThat(parts.subList(0, parts.size() - 1)).allSatisfy(p -> assertThat(p.embeds()).isEmpty());
        assertThat(parts.get(parts.size() - 1).embeds()).hasSize(1);
    }

    @Test
    void deletingTheMessageThatSharedAFileRemovesItsDocument() {
        long deletions = channel("deletions");
        long shared = discord.post(acmeKnowledge, ann, "", discord.file("parking.md",
                "Visitors park on level minus two of the garage.".getBytes(StandardCharsets.UTF_8)));
        assertThat(discord.replyTo(acmeKnowledge, shared).content()).startsWith("indexed parking.md");
        assertThat(documents(acme)).extracting(DocumentInfo::name).contains("parking.md");

        discord.deleteMessage(acmeKnowledge, shared);

        awaitTrue("parking.md removed", () -> documents(acme).stream().noneMatch(d -> d.name().equals("parking.md")));
        assertThat(documents(acme)).extracting(DocumentInfo::name).contains("handbook.md");
        long question = discord.post(deletions, ann, discord.mention() + " Where do visitors park?");
        assertThat(discord.replyTo(deletions, question).content()).startsWith("I couldn't find the answer to that");
    }

    @Test
    void voteButtonClicksAreRecordedOnTheirReplyAndToldOnlyToTheVoter() {
        long votes = channel("votes");
        long question = discord.post(votes, ann, discord.mention() + " How much annual leave do employees accrue?");
        FakeDiscord.Call answer = discord.replyTo(votes, question);
        List<String> buttons = FakeDiscord.buttons(answer);
        String replyId = buttons.get(0).substring("vote:up:".length());
        assertThat(buttons).containsExactly("vote:up:" + replyId, "vote:down:" + replyId);

        FakeDiscord.Interaction up = discord.click(votes, answer.messageId(), ann, buttons.get(0));
        FakeDiscord.Call thanks = discord.await("the thanks", c -> c.is("POST", "webhooks/\\d+/" + up.token()));
        FakeDiscord.Interaction down = discord.click(votes, answer.messageId(), carl, buttons.get(1));
        discord.await("the second thanks", c -> c.is("POST", "webhooks/\\d+/" + down.token()));

        assertThat(thanks.content()).isEqualTo("Thanks, your vote on this answer was recorded.");
        assertThat(thanks.body().get("flags").asInt() & 64).as("ephemeral").isEqualTo(64);
        assertThat(discord.await("the acknowledgement", c -> c.is("POST", "interactions/" + up.id() + "/"
                + up.token() + "/callback")).body().get("type").asInt()).as("deferred update").isEqualTo(6);
        assertThat(dev.cairn.app.records.RecordedVotes.in(dataDir)).contains(replyId + ":" + ann + ":up",
                replyId + ":" + carl + ":down");
        assertThat(discord.calls(c -> c.path().contains("/messages/" + answer.messageId()) && c.method().equals("PATCH")))
                .as("the answer itself is left as it was").isEmpty();
    }

    @Test
    void aVoteOnAnAnswerCairnDoesNotKnowIsRefusedPlainly() {
        long votes = channel("votes");
        long question = discord.post(votes, ann, discord.mention() + " Do contractors accrue annual leave?");
        FakeDiscord.Call answer = discord.replyTo(votes, question);
        int before = dev.cairn.app.records.RecordedVotes.in(dataDir).size();

        FakeDiscord.Interaction click = discord.click(votes, answer.messageId(), ann,
                "vote:up:00000000-0000-0000-0000-000000000000");

        FakeDiscord.Call refusal = discord.await("the refusal", c -> c.is("POST", "webhooks/\\d+/" + click.token()));
        assertThat(refusal.content()).isEqualTo("That answer is not known, so your vote was not recorded.");
        assertThat(refusal.body().get("flags").asInt() & 64).isEqualTo(64);
        assertThat(dev.cairn.app.records.RecordedVotes.in(dataDir)).hasSize(before);
    }

    @Test
    void answersDirectMessagesFromTheOneServerTheAskerShares() {
        discord.directMessage(ann, "How much annual leave do employees accrue?");
        FakeDiscord.Call answer = discord.await("the answer to ann's direct message",
                c -> c.is("POST", "channels/\\d+/messages") && c.content().startsWith("Employees accrue four hours")
                        && !c.embeds().isEmpty() && discord.isDirect(c));
        assertThat(answer.allowedMentions().get("parse")).isEmpty();

        discord.directMessage(dave, "How much annual leave do employees accrue?");
        discord.await("the notice to dave, who shares two servers", c -> discord.isDirect(c)
                && c.content().startsWith("I can only answer direct messages from people who share exactly one"));

        FakeDiscord.Interaction ask = discord.ask(0, ann, "How much annual leave do employees accrue?");
        assertThat(discord.await("/ask in a direct message", c -> c.is("PATCH", "webhooks/\\d+/" + ask.token()
                + "/messages/@original")).content()).startsWith("Employees accrue four hours");
        discord.awaitQuiet(Duration.ofMillis(300));
        assertThat(discord.calls(c -> discord.isDirectTo(c, ann))).as("no answer to its own answer").hasSize(1);
        assertThat(discord.calls(c -> discord.isDirectTo(c, dave))).hasSize(1);
    }

    @Test
    void withoutEmbedLinksSourcesComeAsTextAndTheGapIsLoggedOnce(CapturedOutput output) {
        long plain = channel("no-embeds");
        long first = discord.post(plain, ann, discord.mention() + " How much annual leave do employees accrue?");
        FakeDiscord.Call answer = discord.replyTo(plain, first);
        long second = discord.post(plain, carl, discord.mention() + " Do contractors accrue annual leave?");
        FakeDiscord.Call again = discord.replyTo(plain, second);

        assertThat(answer.embeds()).isEmpty();
        assertThat(answer.content()).startsWith("Employees accrue four hours of annual leave per pay period. [1]")
                .contains("\n\n**Sources**\n**[1] handbook.md** · Leave · [shared here](<https://discord.com/channels/"
                        + acme + "/" + acmeKnowledge + "/" + handbookMessage + ">)");
        assertThat(again.embeds()).isEmpty();
        assertThat(again.content()).contains("**Sources**");
        assertThat(output.getAll().split("Missing permission Embed Links in channel #no-embeds", -1)).hasSize(2);
    }

    @Test
    void withoutSendMessagesTheAnswerGoesToTheAskerAsADirectMessage(CapturedOutput output) {
        long readOnly = channel("read-only");
        discord.post(readOnly, carl, discord.mention() + " Do contractors accrue annual leave?");

        FakeDiscord.Call direct = discord.await("the answer sent to carl directly", c -> discord.isDirectTo(c, carl)
                && c.content().contains("Contractors do not accrue annual leave"));
        assertThat(direct.embeds()).hasSize(1);
        assertThat(discord.calls(c -> c.is("POST", "channels/" + readOnly + "/messages"))).isEmpty();
        assertThat(output.getAll()).contains("Missing permission Send Messages in channel #read-only");
    }

    private long channel(String name) {
        return discord.channelId(acme, name);
    }


    private List<DocumentInfo> documents(long guild) {
        ScopePolicy scopes = cairn.bean(ScopePolicy.class);
        return cairn.bean(KnowledgeBase.class).documents(Set.of(scopes.home(Platform.DISCORD, Long.toString(guild))));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file) : List.of();
        } catch (IOException e) {
            return new ArrayList<>();
        }
    }

    private static void awaitTrue(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("timed out waiting for " + what).isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
