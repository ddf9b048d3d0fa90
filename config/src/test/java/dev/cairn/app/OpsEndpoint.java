package dev.cairn.app;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * An operations endpoint on 127.0.0.1 that a runbook action calls: it records every request as
 * {@code "METHOD /path body"} and answers {@code restarted}. {@link #restartService} gives the settings of a
 * {@code restart-service(service)} action that calls it.
 */
public final class OpsEndpoint implements AutoCloseable {
    private final HttpServer server;
    private final List<String> hits = new CopyOnWriteArrayList<>();

    public OpsEndpoint() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            hits.add(exchange.getRequestMethod() + " " + exchange.getRequestURI() + " "
                    + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] body = "restarted".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    /** The requests received so far, oldest first. */
    public List<String> hits() {
        return List.copyOf(hits);
    }

    /**
     * The {@code cairn.runbooks.*} settings of the action {@code restart-service(service)} ("Restarts one service."),
     * which POSTs {@code {"service": …}} to {@code /restart/<service>} here, approvable by {@code approver} (a user
     * id or {@code role:NAME}), followed by any {@code extra} settings.
     */
    public List<String> restartService(String approver, String... extra) {
        List<String> settings = new ArrayList<>(List.of(
                "cairn.runbooks.actions[0].name=restart-service",
                "cairn.runbooks.actions[0].description=Restarts one service.",
                "cairn.runbooks.actions[0].parameters[0]=service",
                "cairn.runbooks.actions[0].approvers[0]=" + approver,
                "cairn.runbooks.actions[0].method=POST",
                "cairn.runbooks.actions[0].url=http://127.0.0.1:" + server.getAddress().getPort()
                        + "/restart/{{service}}",
                "cairn.runbooks.actions[0].body={\"service\":\"{{service}}\"}"));
        settings.addAll(List.of(extra));
        return settings;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
