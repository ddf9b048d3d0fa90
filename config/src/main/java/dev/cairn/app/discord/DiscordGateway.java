package dev.cairn.app.discord;

import dev.cairn.app.lease.Gateway;
import dev.cairn.discord.DiscordBot;
import java.util.Optional;
import java.util.function.Supplier;

/** The Discord bot as a {@link Gateway}: a new bot (log-in and gateway session) each time this replica holds it. */
final class DiscordGateway implements Gateway {
    private final Supplier<DiscordBot> start;
    private volatile Optional<DiscordBot> bot = Optional.empty();

    /** {@code start} logs in and starts connecting, as {@link DiscordBot#start} does. */
    DiscordGateway(Supplier<DiscordBot> start) {
        this.start = start;
    }

    @Override
    public String name() {
        return "Discord gateway";
    }

    @Override
    public synchronized void open() {
        if (bot.isEmpty()) {
            bot = Optional.of(start.get());
        }
    }

    @Override
    public synchronized void close() {
        bot.ifPresent(DiscordBot::close);
        bot = Optional.empty();
    }
}
