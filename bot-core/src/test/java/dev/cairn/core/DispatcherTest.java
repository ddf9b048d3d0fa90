package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.core.port.KnowledgeException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DispatcherTest {
    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase();
    private final CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 100);
    private final ScopePolicy scopes = new ScopePolicy(Set.of("handbook"));
    private final Dispatcher dispatcher = new Dispatcher(new BuiltInCommands(memory), new FileIntake(knowledge, scopes),
            Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(), 5, 0.1, Clock.systemUTC()));
    private final User ann = new User("U1", "Ann");

    private InboundMessage slack(String workspace, String text) {
        return new InboundMessage(Platform.SLACK, workspace, "C1", "", ann, text, List.of(), MessageKind.COMMAND, "");
    }

    @Test
    void answersWithCitationsFromTheAskersWorkspace() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        BotReply reply = dispatcher.handle(slack("T1", "How many days of annual leave?"));

        assertThat(reply.outcome()).isEqualTo(Outcome.ANSWERED);
        assertThat(reply.text()).contains("13 days").contains("[1]");
        assertThat(reply.citations()).extracting(Citation::document).containsExactly("leave.pdf");
    }

    @Test
    void aKnowledgeStoreThatCannotBeReachedGetsAPlainReplyNotAnError() {
        knowledge.unreachable = Optional.of(
                new KnowledgeException("the knowledge store at http://127.0.0.1:9200 could not be reached", null));

        BotReply reply = dispatcher.handle(slack("T1", "How many days of annual leave?"));

        assertThat(reply.text()).isEqualTo(English.of("knowledge.unavailable"));
        assertThat(reply.outcome()).isEqualTo(Outcome.COMMAND);
        assertThat(reply.citations()).isEmpty();
    }

    @Test
    void neverRetrievesFromAnotherWorkspace() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        BotReply reply = dispatcher.handle(slack("T2", "How many days of annual leave?"));

        assertThat(reply.outcome()).isEqualTo(Outcome.NO_ANSWER);
        assertThat(reply.citations()).isEmpty();
        assertThat(knowledge.searches.get(0).scopes()).containsExactlyInAnyOrder("slack:T2", "handbook");
    }

    @Test
    void aFollowUpSearchesWithThePreviousQuestion() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        dispatcher.handle(slack("T1", "How many days of annual leave?"));
        dispatcher.handle(slack("T1", "and for contractors?"));

        assertThat(knowledge.searches.get(1).query()).isEqualTo("and for contractors?");
        assertThat(knowledge.searches.get(1).context()).containsExactly("How many days of annual leave?");
    }

    @Test
    void resetForgetsTheConversation() {
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");
        dispatcher.handle(slack("T1", "How many days of annual leave?"));

        BotReply reset = dispatcher.handle(slack("T1", "reset"));
        dispatcher.handle(slack("T1", "and for contractors?"));

        assertThat(reset.outcome()).isEqualTo(Outcome.COMMAND);
        assertThat(reset.text()).isEqualTo(English.of("command.reset"));
        assertThat(knowledge.searches).hasSize(2);
        assertThat(knowledge.searches.get(1).context()).isEmpty();
    }

    @Test
    void helpExplainsUsageWithoutSearching() {
        BotReply reply = dispatcher.handle(slack("T1", " Help "));

        assertThat(reply.text()).isEqualTo(English.of("command.help"));
        assertThat(knowledge.searches).isEmpty();
    }

    @Test
    void anEmptyQuestionGetsUsage() {
        BotReply reply = dispatcher.handle(slack("T1", "   "));

        assertThat(reply.outcome()).isEqualTo(Outcome.COMMAND);
        assertThat(reply.text()).isEqualTo(English.of("usage"));
    }

    @Test
    void filesAreIndexedIntoTheWorkspaceScopeAndReported() {
        Attachment good = new Attachment("faq.txt", "text/plain", 20, Optional.empty(), "F1",
                () -> new ByteArrayInputStream("Parking is free on Fridays.".getBytes(StandardCharsets.UTF_8)));
        Attachment empty = new Attachment("blank.txt", "text/plain", 0, Optional.empty(), "F2",
                () -> new ByteArrayInputStream(new byte[0]));
        InboundMessage drop = new InboundMessage(Platform.SLACK, "T1", "C9", "", ann, "", List.of(good, empty),
                MessageKind.FILE, "");

        BotReply reply = dispatcher.handle(drop);

        assertThat(reply.outcome()).isEqualTo(Outcome.INGESTED);
        assertThat(reply.text()).isEqualTo("indexed faq.txt: 1 page, 1 passage\nblank.txt is empty; nothing was indexed.");
        assertThat(dispatcher.handle(slack("T1", "Is parking free?")).citations())
                .extracting(Citation::document).containsExactly("faq.txt");
    }
    @Test
    void aQuestionOverTheRateLimitIsRefusedPolitelyWithoutSearchingAndCommandsDoNotCount() {
        QuestionRateLimitTest.MovableClock clock = new QuestionRateLimitTest.MovableClock(
                java.time.Instant.parse("2026-12-05T10:00:00Z"));
        List<BotReply> heard = new java.util.ArrayList<>();
        Dispatcher limited = new Dispatcher(new BuiltInCommands(memory), new FileIntake(knowledge, scopes),
                Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(), 5, 0.1, Clock.systemUTC()),
                (message, reply) -> heard.add(reply), new QuestionRateLimit(2, clock), dev.cairn.core.i18n.Voice.english());
        knowledge.add("slack:T1", "leave.pdf", "Employees get 13 days of annual leave.");

        limited.handle(slack("T1", "How many days of annual leave?"));
        limited.handle(slack("T1", "help"));
        limited.handle(slack("T1", "reset"));
        clock.advance(Duration.ofSeconds(18));
        limited.handle(slack("T1", "How many days of annual leave?"));
        BotReply refused = limited.handle(slack("T1", "How many days of annual leave?"));

        assertThat(refused.outcome()).isEqualTo(Outcome.COMMAND);
        assertThat(refused.text()).isEqualTo("You've asked 2 questions in the last minute; try again in 42 seconds.");
        assertThat(refused.citations()).isEmpty();
        assertThat(knowledge.searches).hasSize(2);
        assertThat(heard).hasSize(5).last().isSameAs(refused);
    }
}
