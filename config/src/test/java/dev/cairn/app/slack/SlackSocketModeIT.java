package dev.cairn.app.slack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.app.TestDocuments;
import dev.cairn.app.slack.FakeSlack.Call;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** With an app token Cairn needs no public URL: it opens a Socket Mode websocket and gets everything over it. */
class SlackSocketModeIT {
    @TempDir
    Path dataDir;

    @Test
    void commandsAndEventsArriveOverTheWebsocketAreAcknowledgedByEnvelopeIdAndAnswered() {
        try (FakeSlack fake = FakeSlack.start();
             ConfigurableApplicationContext cairn = SlackCairn.run(dataDir, List.of("cairn.slack.enabled=true",
                     "cairn.slack.bot-token=" + FakeSlack.BOT_TOKEN, "cairn.slack.app-token=" + FakeSlack.APP_TOKEN,
                     "cairn.slack.api-url=" + fake.apiUrl(), "cairn.slack.knowledge-channels=CKNOWLEDGE"))) {
            FakeSocketMode socket = fake.socketMode();
            socket.awaitConnection();
            assertThat(fake.calls("apps.connections.open")).allSatisfy(c ->
                    assertThat(c.authorization()).isEqualTo("Bearer " + FakeSlack.APP_TOKEN));

            String fileTs = fake.nextTs();
            fake.hostFile("FSOCKET", "handbook.pdf", "application/pdf", TestDocuments.HANDBOOK, "CKNOWLEDGE", fileTs);
            socket.send(SlackPayloads.envelope("env-file", "events_api", SlackSender.callback("TSOCK", "EvFile",
                    SlackPayloads.fileShareMessage("CKNOWLEDGE", "UANN", fileTs, "FSOCKET", "handbook.pdf"))));
            socket.awaitAck("env-file");
            assertThat(fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(fileTs)).allText())
                    .contains("indexed handbook.pdf: 3 pages");

            socket.send(SlackPayloads.envelope("env-command", "slash_commands", SlackPayloads.commandJson("TSOCK",
                    "CGENERAL", "UANN", "How much annual leave do employees accrue?", fake.responseUrl("socket"))));
            JsonNode ack = socket.awaitAck("env-command");
            assertThat(ack.has("payload")).isFalse();
            Call answer = fake.awaitPostIn("CGENERAL");
            assertThat(answer.allText()).contains("four hours of annual leave").contains("*handbook.pdf*, page 2");

            String ts = fake.nextTs();
            socket.send(SlackPayloads.envelope("env-mention", "events_api", SlackSender.callback("TSOCK", "EvMention",
                    SlackPayloads.mention("TSOCK", "CGENERAL", "UANN", ts, null,
                            "<@" + FakeSlack.BOT_USER + "> Which laptops need full-disk encryption?"))));
            socket.awaitAck("env-mention");
            Call threaded = fake.awaitCall("chat.postMessage", c -> c.param("thread_ts").equals(ts));
            assertThat(threaded.allText()).contains("Every laptop must use full-disk encryption.");
        }
    }
}
