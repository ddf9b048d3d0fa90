package dev.cairn.app;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The real application on a random port of 127.0.0.1 with its own data directory; close it to stop it. */
final class RunningCairn implements AutoCloseable {
    private final ConfigurableApplicationContext context;
    final Api api;

    private RunningCairn(ConfigurableApplicationContext context) {
        this.context = context;
        int port = ((WebServerApplicationContext) context).getWebServer().getPort();
        this.api = new Api("http://127.0.0.1:" + port);
    }

    /** Starts Cairn on {@code dataDir} with extra {@code key=value} properties. */
    static RunningCairn start(Path dataDir, String... properties) {
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--server.address=127.0.0.1",
                "--cairn.data-dir=" + dataDir));
        for (String property : properties) {
            args.add("--" + property);
        }
        return new RunningCairn(new SpringApplicationBuilder(CairnApplication.class).run(args.toArray(String[]::new)));
    }

    @Override
    public void close() {
        context.close();
    }
}
