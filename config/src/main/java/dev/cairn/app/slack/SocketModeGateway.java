package dev.cairn.app.slack;

import dev.cairn.app.lease.Gateway;
import dev.cairn.slack.SlackBot;

/** Slack's Socket Mode connection as a {@link Gateway}: Slack sends each event to one connection, the holder's. */
final class SocketModeGateway implements Gateway {
    private final SlackBot bot;

    SocketModeGateway(SlackBot bot) {
        this.bot = bot;
    }

    @Override
    public String name() {
        return "Slack Socket Mode";
    }

    @Override
    public void open() {
        bot.connectSocketMode();
    }

    @Override
    public void close() {
        bot.disconnectSocketMode();
    }
}
