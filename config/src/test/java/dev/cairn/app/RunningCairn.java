package dev.cairn.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application on a random port of 127.0.0.1 with its own data directory; close it to stop it. */
public final class RunningCairn implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    final Api api;

    private RunningCairn(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api("http://127.0.0.1:" + port(context));
    }

    /** Starts Cairn on {@code dataDir} with extra {@code key=value} properties. */
    static RunningCairn start(Path dataDir, String... properties) {
        return new RunningCairn(context(dataDir, List.of(properties)));
    }

    /** Starts Cairn on {@code dataDir} with extra configuration classes (test beans) and {@code key=value} properties. */
    static RunningCairn start(Path dataDir, List<Class<?>> sources, String... properties) {
        return new RunningCairn(context(dataDir, List.of(properties), sources.toArray(Class<?>[]::new)));
    }

    /**
     * Starts the application on a random port with these {@code key=value} settings (given as command-line
     * arguments, so they win over application.yml) and extra configuration classes; throws when startup fails.
     * Uploads are embedded before they are answered, so every question sees the same index.
     */
    public static ConfigurableApplicationContext context(Path dataDir, List<String> properties, Class<?>... sources) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--cairn.data-dir=" + dataDir, "--cairn.knowledge.embeddings.in-background=false"));
        properties.forEach(p -> args.add("--" + p));
        List<Class<?>> all = new ArrayList<>(List.of(CairnApplication.class));
        all.addAll(List.of(sources));
        return new SpringApplicationBuilder(all.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    /** The HTTP port a context started by {@link #context} listens on. */
    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** A bean of the running application, for tests that reach behind the API. */
    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
