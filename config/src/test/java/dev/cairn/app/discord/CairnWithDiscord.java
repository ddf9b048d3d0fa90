package dev.cairn.app.discord;

import dev.cairn.app.RunningCairn;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application on a random port of 127.0.0.1, with Discord pointed at a {@link FakeDiscord}; close it to
 * stop it.
 */
final class CairnWithDiscord implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private CairnWithDiscord(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts Cairn on {@code dataDir} against {@code discord}, with extra {@code key=value} properties and sources. */
    /** Closes Cairn, if it started, then the fake Discord it talked to. */
    static void stop(CairnWithDiscord cairn, FakeDiscord discord) throws IOException {
        if (cairn != null) {
            cairn.close();
        }
        discord.close();
    }

    static CairnWithDiscord start(Path dataDir, FakeDiscord discord, List<String> properties, Class<?>... sources) {
        List<String> all = new ArrayList<>(discord.properties());
        all.addAll(properties);
        return new CairnWithDiscord(RunningCairn.context(dataDir, all, sources));
    }

    /** The HTTP port it listens on (127.0.0.1). */
    int port() {
        return RunningCairn.port(context);
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
