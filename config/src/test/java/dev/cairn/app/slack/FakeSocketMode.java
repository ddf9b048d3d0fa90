package dev.cairn.app.slack;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.java_websocket.WebSocket;
import org.java_websocket.handshake.ClientHandshake;
import org.java_websocket.server.WebSocketServer;
import tools.jackson.databind.JsonNode;

/**
 * Slack's Socket Mode endpoint: greets each connection with {@code hello}, sends envelopes, records what the app
 * sends back (acknowledgements carrying the envelope id).
 */
final class FakeSocketMode extends WebSocketServer {
    private final CountDownLatch started = new CountDownLatch(1);
    private final List<WebSocket> open = new CopyOnWriteArrayList<>();
    private final List<JsonNode> received = new CopyOnWriteArrayList<>();

    FakeSocketMode() {
        super(new InetSocketAddress("127.0.0.1", 0));
    }

    String url() {
        return "ws://127.0.0.1:" + getPort() + "/link/?ticket=cairn-test";
    }

    @Override
    public void onStart() {
        started.countDown();
    }

    boolean awaitStart(Duration timeout) throws InterruptedException {
        return started.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void onOpen(WebSocket conn, ClientHandshake handshake) {
        conn.send("{\"type\":\"hello\",\"num_connections\":1,\"debug_info\":{\"host\":\"fake\"},"
                + "\"connection_info\":{\"app_id\":\"ACAIRN\"}}");
        open.add(conn);
    }

    @Override
    public void onClose(WebSocket conn, int code, String reason, boolean remote) {
        open.remove(conn);
    }

    @Override
    public void onMessage(WebSocket conn, String message) {
        received.add(FakeSlack.JSON.readTree(message));
    }

    @Override
    public void onError(WebSocket conn, Exception ex) {
        // the client reconnects on its own; nothing to do
    }

    /** Waits until the app has connected. */
    void awaitConnection() {
        FakeSlack.await(() -> open.isEmpty() ? Optional.empty() : Optional.of(true), "a Socket Mode connection");
    }

    /** How many Socket Mode connections are open now. */
    int openConnections() {
        return open.size();
    }

    /** Sends an envelope to the connected app. */
    void send(String envelopeJson) {
        awaitConnection();
        open.get(open.size() - 1).send(envelopeJson);
    }

    /** Waits for the app's acknowledgement of an envelope. */
    JsonNode awaitAck(String envelopeId) {
        return FakeSlack.await(() -> received.stream().filter(m -> m.has("envelope_id")
                && m.get("envelope_id").asString().equals(envelopeId)).findFirst(), "ack of " + envelopeId);
    }

    List<JsonNode> received() {
        return new ArrayList<>(received);
    }
}
