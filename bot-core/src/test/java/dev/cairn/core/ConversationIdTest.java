package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The conversation id on a reply is the one that continues that conversation when a client sends it back. */
class ConversationIdTest {
    private final InMemoryKnowledgeBase knowledge = new InMemoryKnowledgeBase();
    private final CaffeineConversationMemory memory = new CaffeineConversationMemory(10, Duration.ofHours(1), 100);
    private final ScopePolicy scopes = new ScopePolicy(Set.of());
    private final Dispatcher dispatcher = new Dispatcher(new BuiltInCommands(memory), new FileIntake(knowledge, scopes),
            Pipelines.standard(memory, knowledge, scopes, new ExtractiveAnswerer(), 5, 0.1, Clock.systemUTC()));
    private final User ann = new User("ann", "Ann");

    private InboundMessage web(String text, String conversation) {
        return new InboundMessage(Platform.WEB, "web", "", "", ann, text, List.of(), MessageKind.DIRECT, conversation);
    }

    @Test
    void theIdOfAnAnswerWithoutOneContinuesTheConversationWhenSentBack() {
        knowledge.add("web", "leave.pdf", "Employees get 13 days of annual leave.");
        BotReply first = dispatcher.handle(web("How many days of annual leave?", ""));

        BotReply second = dispatcher.handle(web("and for contractors?", first.conversationId()));

        assertThat(first.conversationId()).isEqualTo("ann");
        assertThat(second.conversationId()).isEqualTo("ann");
        assertThat(knowledge.searches.get(1).context()).containsExactly("How many days of annual leave?");
    }

    @Test
    void leavingTheIdOutAfterSendingItBackStaysInTheSameConversation() {
        knowledge.add("web", "leave.pdf", "Employees get 13 days of annual leave.");
        dispatcher.handle(web("How many days of annual leave?", "ann"));

        dispatcher.handle(web("and for contractors?", ""));

        assertThat(knowledge.searches.get(1).context()).containsExactly("How many days of annual leave?");
    }

    @Test
    void aChosenIdIsItsOwnConversationAndComesBackUnchanged() {
        knowledge.add("web", "leave.pdf", "Employees get 13 days of annual leave.");
        dispatcher.handle(web("How many days of annual leave?", ""));

        BotReply other = dispatcher.handle(web("and for contractors?", "trip"));
        BotReply again = dispatcher.handle(web("what about it?", other.conversationId()));

        assertThat(other.conversationId()).isEqualTo("trip");
        assertThat(knowledge.searches.get(1).context()).isEmpty();
        assertThat(knowledge.searches.get(2).context()).containsExactly("and for contractors?");
        assertThat(again.conversationId()).isEqualTo("trip");
    }
}
