package dev.cairn.app.discord;

import dev.cairn.app.CairnApplication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The real application on a random port of 127.0.0.1, with Discord pointed at a {@link FakeDiscord}; close it to
 * stop it. Like {@code RunningCairn}, which is private to its package.
 */
final class CairnWithDiscord implements AutoCloseable {
    private final ConfigurableApplicationContext context;

    private CairnWithDiscord(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** Starts Cairn on {@code dataDir} against {@code discord}, with extra {@code key=value} properties and sources. */
    static CairnWithDiscord start(Path dataDir, FakeDiscord discord, List<String> properties, Class<?>... sources) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--cairn.data-dir=" + dataDir));
        discord.properties().forEach(p -> args.add("--" + p));
        properties.forEach(p -> args.add("--" + p));
        List<Class<?>> all = new ArrayList<>(List.of(CairnApplication.class));
        all.addAll(List.of(sources));
        return new CairnWithDiscord(new SpringApplicationBuilder(all.toArray(Class<?>[]::new))
                .run(args.toArray(String[]::new)));
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
