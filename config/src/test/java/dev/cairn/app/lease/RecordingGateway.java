package dev.cairn.app.lease;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Gateway} that records "open" and "close" and, when told to, refuses to open like a rejected token. */
final class RecordingGateway implements Gateway {
    private final String name;
    private final boolean refuses;
    private final List<String> events = new CopyOnWriteArrayList<>();
    private volatile boolean open;

    RecordingGateway(String name, boolean refuses) {
        this.name = name;
        this.refuses = refuses;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void open() {
        if (refuses) {
            events.add("refused");
            throw new IllegalStateException("cairn.discord.token: Discord rejected the bot token");
        }
        events.add("open");
        open = true;
    }

    @Override
    public void close() {
        if (open) {
            events.add("close");
        }
        open = false;
    }

    boolean isOpen() {
        return open;
    }

    List<String> events() {
        return List.copyOf(events);
    }
}
