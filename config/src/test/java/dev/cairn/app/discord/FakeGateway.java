package dev.cairn.app.discord;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Discord's gateway as JDA sees it, over a websocket on 127.0.0.1 (RFC 6455, text frames, no compression): HELLO
 * on connect, READY and one GUILD_CREATE per guild after IDENTIFY, an ACK for every heartbeat, then whatever
 * events the test dispatches.
 */
final class FakeGateway implements AutoCloseable {
    private static final String WEBSOCKET_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private final ServerSocket server;
    private final Supplier<Map<String, Object>> ready;
    private final Supplier<List<Map<String, Object>>> guilds;
    private final List<Session> sessions = new CopyOnWriteArrayList<>();
    private final AtomicInteger identifies = new AtomicInteger();
    private final Thread acceptor;

    /** Listens on a free port; {@code ready} and {@code guilds} give the payloads sent after IDENTIFY. */
    FakeGateway(Supplier<Map<String, Object>> ready, Supplier<List<Map<String, Object>>> guilds) throws IOException {
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.ready = ready;
        this.guilds = guilds;
        this.acceptor = new Thread(this::accept, "fake-discord-gateway");
        this.acceptor.setDaemon(true);
        this.acceptor.start();
    }

    String url() {
        return "ws://127.0.0.1:" + server.getLocalPort() + "/";
    }

    int identifies() {
        return identifies.get();
    }

    /** Whether a client is connected and identified. */
    boolean connected() {
        return sessions.stream().anyMatch(s -> s.identified && !s.socket.isClosed());
    }

    /** How many clients are connected and identified: one per bot process holding a gateway session. */
    int identifiedSessions() {
        return (int) sessions.stream().filter(s -> s.identified && !s.socket.isClosed()).count();
    }

    /** Sends a dispatch event (op 0) to every identified session. */
    void dispatch(String type, Map<String, Object> data) {
        for (Session session : sessions) {
            if (session.identified) {
                session.dispatch(type, data);
            }
        }
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                Session session = new Session(socket);
                sessions.add(session);
                Thread thread = new Thread(session::run, "fake-discord-gateway-session");
                thread.setDaemon(true);
                thread.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() throws IOException {
        server.close();
        for (Session session : sessions) {
            session.socket.close();
        }
    }

    /** One websocket connection of JDA. */
    private final class Session {
        private final Socket socket;
        private final AtomicInteger sequence = new AtomicInteger();
        private volatile boolean identified;
        private OutputStream out;

        Session(Socket socket) {
            this.socket = socket;
        }

        void run() {
            try (socket) {
                InputStream in = socket.getInputStream();
                out = socket.getOutputStream();
                handshake(in);
                send(Map.of("op", 10, "d", Map.of("heartbeat_interval", 41250)));
                for (String text = readText(in); text != null; text = readText(in)) {
                    JsonNode frame = JSON.readTree(text);
                    switch (frame.get("op").asInt()) {
                        case 1 -> send(Map.of("op", 11));
                        case 2 -> identify();
                        default -> { }
                    }
                }
            } catch (IOException e) {
                // the client went away
            } finally {
                sessions.remove(this);
            }
        }

        private void identify() {
            identifies.incrementAndGet();
            dispatch("READY", ready.get());
            identified = true;
            for (Map<String, Object> guild : guilds.get()) {
                dispatch("GUILD_CREATE", guild);
            }
        }

        void dispatch(String type, Map<String, Object> data) {
            Map<String, Object> frame = new java.util.LinkedHashMap<>();
            frame.put("op", 0);
            frame.put("t", type);
            frame.put("s", sequence.incrementAndGet());
            frame.put("d", data);
            send(frame);
        }

        private synchronized void send(Map<String, Object> payload) {
            try {
                writeFrame(out, 0x1, JSON.writeValueAsString(payload).getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("could not send to the gateway client", e);
            }
        }

        private void handshake(InputStream in) throws IOException {
            String key = null;
            for (String line = readLine(in); !line.isEmpty(); line = readLine(in)) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("Sec-WebSocket-Key")) {
                    key = line.substring(colon + 1).trim();
                }
            }
            if (key == null) {
                throw new IOException("not a websocket handshake");
            }
            String accept = Base64.getEncoder().encodeToString(sha1(key + WEBSOCKET_GUID));
            out.write(("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Accept: " + accept + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        /** The next text message, answering pings; null when the client closes. */
        private String readText(InputStream in) throws IOException {
            ByteArrayOutputStream message = new ByteArrayOutputStream();
            while (true) {
                int b0 = in.read();
                if (b0 < 0) {
                    return null;
                }
                int b1 = readByte(in);
                int opcode = b0 & 0x0F;
                long length = b1 & 0x7F;
                if (length == 126) {
                    length = (readByte(in) << 8) | readByte(in);
                } else if (length == 127) {
                    length = 0;
                    for (int i = 0; i < 8; i++) {
                        length = (length << 8) | readByte(in);
                    }
                }
                byte[] mask = (b1 & 0x80) != 0 ? in.readNBytes(4) : null;
                byte[] payload = in.readNBytes((int) length);
                if (payload.length < length) {
                    throw new EOFException();
                }
                if (mask != null) {
                    for (int i = 0; i < payload.length; i++) {
                        payload[i] ^= mask[i % 4];
                    }
                }
                switch (opcode) {
                    case 0x8 -> {
                        synchronized (this) {
                            writeFrame(out, 0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : payload);
                        }
                        return null;
                    }
                    case 0x9 -> {
                        synchronized (this) {
                            writeFrame(out, 0xA, payload);
                        }
                    }
                    case 0x0, 0x1 -> {
                        message.write(payload);
                        if ((b0 & 0x80) != 0) {
                            return message.toString(StandardCharsets.UTF_8);
                        }
                    }
                    default -> { }
                }
            }
        }
    }

    private static void writeFrame(OutputStream out, int opcode, byte[] payload) throws IOException {
        ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
        frame.write(0x80 | opcode);
        if (payload.length < 126) {
            frame.write(payload.length);
        } else if (payload.length <= 0xFFFF) {
            frame.write(126);
            frame.write(payload.length >>> 8);
            frame.write(payload.length & 0xFF);
        } else {
            frame.write(127);
            for (int i = 7; i >= 0; i--) {
                frame.write((int) (((long) payload.length >>> (8 * i)) & 0xFF));
            }
        }
        frame.write(payload);
        try {
            out.write(frame.toByteArray());
            out.flush();
        } catch (SocketException e) {
            throw new IOException("gateway client gone", e);
        }
    }

    private static int readByte(InputStream in) throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException();
        }
        return b;
    }

    private static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = readByte(in); b != '\n'; b = readByte(in)) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    private static byte[] sha1(String text) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
