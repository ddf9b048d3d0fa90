package dev.cairn.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Outcome;
import dev.cairn.core.Platform;
import dev.cairn.core.Usage;
import dev.cairn.core.User;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReplyListenerTest {
    @Test
    void aFailingListenerDoesNotKeepTheOthersFromHearing() {
        List<String> heard = new ArrayList<>();
        ReplyListener failing = (m, r) -> {
            throw new IllegalStateException("boom");
        };
        ReplyListener all = ReplyListener.all((m, r) -> heard.add("first " + r.id()), failing,
                (m, r) -> heard.add("last " + r.id()));

        all.replied(InboundMessage.question(Platform.WEB, "web", new User("u", "u"), "q"),
                new BotReply("r", "text", List.of(), Outcome.ANSWERED, "c", Usage.none()));

        assertThat(heard).containsExactly("first r", "last r");
    }
}
