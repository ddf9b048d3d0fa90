package dev.cairn.app.discord;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A {@link FakeDiscord} with one server, channel and member, for tests outside this package that run Discord beside
 * other platforms: the settings that point Cairn at it, questions by mention, and everything Cairn sent.
 */
public final class DiscordWorld implements AutoCloseable {
    public static final String TOKEN = FakeDiscord.TOKEN;
    private final FakeDiscord discord;
    private final long channel;
    private final long member;

    public DiscordWorld() throws IOException {
        discord = new FakeDiscord();
        long guild = discord.guild("Acme");
        channel = discord.channel(guild, "general");
        member = discord.user("ann", false, guild);
    }

    /** The settings that turn the Discord adapter on, pointed at the fake. */
    public List<String> properties() {
        return discord.properties();
    }

    /** Waits until the bot is connected and ready. */
    public void awaitReady() {
        discord.awaitReady();
    }

    /**
     * Waits until the bot has become ready {@code times} times in all (it registers its commands once per gateway
     * session whose guilds are loaded): after a takeover, the second time is the new holder's.
     */
    public void awaitReady(int times) {
        discord.awaitCalls("command registration number " + times, times,
                c -> c.is("PUT", "applications/\\d+/commands"));
    }

    /** How many bot processes hold an identified gateway session now (several replicas: at most one should). */
    public int gatewaySessions() {
        return discord.gatewaySessions();
    }

    /** Asks by mentioning the bot and returns the text of its reply. */
    public String ask(String question) {
        long message = discord.post(channel, member, discord.mention() + " " + question);
        return discord.await("the reply to " + message, c -> c.is("POST", "channels/" + channel + "/messages")
                && c.repliesTo() == message).content();
    }

    /** Every call Cairn made to Discord with its body, one per line. */
    public String everythingSent() {
        return discord.calls().stream().map(c -> c.method() + " " + c.path() + " " + c.body())
                .collect(Collectors.joining("\n"));
    }

    @Override
    public void close() throws IOException {
        discord.close();
    }
}
