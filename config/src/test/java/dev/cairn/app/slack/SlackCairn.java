package dev.cairn.app.slack;

import dev.cairn.app.RunningCairn;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application with the Slack adapter on, pointed at a {@link FakeSlack}, on a random port of 127.0.0.1. */
final class SlackCairn implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    final SlackSender slack;

    private SlackCairn(ConfigurableApplicationContext context) {
        this.context = context;
        int port = RunningCairn.port(context);
        this.slack = new SlackSender("http://127.0.0.1:" + port + "/slack/events", FakeSlack.SIGNING_SECRET);
    }

    /** Starts Cairn with the Slack adapter over HTTP, talking to {@code fake}, plus extra {@code key=value} settings. */
    static SlackCairn start(Path dataDir, FakeSlack fake, String... properties) {
        List<String> all = new ArrayList<>(List.of("cairn.slack.enabled=true",
                "cairn.slack.bot-token=" + FakeSlack.BOT_TOKEN, "cairn.slack.signing-secret=" + FakeSlack.SIGNING_SECRET,
                "cairn.slack.api-url=" + fake.apiUrl()));
        all.addAll(List.of(properties));
        return new SlackCairn(run(dataDir, all));
    }

    /** Starts Cairn with exactly these settings (besides port and data directory); throws when startup fails. */
    static ConfigurableApplicationContext run(Path dataDir, List<String> properties) {
        return RunningCairn.context(dataDir, properties);
    }

    /** The application's bean of {@code type}, to drive the app from a test where Slack offers no trigger. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
