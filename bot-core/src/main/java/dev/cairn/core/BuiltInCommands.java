package dev.cairn.core;

import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.stats.StatsText;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The commands every surface understands: {@code help}, {@code reset}, and {@code stats} (answer figures, for admins
 * only). A failure to read the figures propagates for the adapter to report.
 */
public final class BuiltInCommands {
    public static final String HELP = """
            Ask me anything the team's documents cover, and I answer with the passages I used, numbered [1], [2]…
            • Ask a question: type it on the web page; in Slack use /ask <question> or mention me; in Discord mention \
            me or use /ask.
            • Follow-ups work: I remember our last few exchanges.
            • reset: forget our conversation and start over.
            • help: show this message.
            • stats: how answers fare per prompt variant (admins only).
            • 👍 / 👎 on an answer tells the team whether it helped.
            Files shared in a knowledge channel (or dropped on the web page) are indexed so I can cite them.""";
    public static final String RESET = "Done: I have forgotten our conversation. Ask me something new.";
    public static final String ADMINS_ONLY = "Only admins may see stats. Ask whoever runs Cairn if you need the "
            + "figures.";

    private final ConversationMemory memory;
    private final Admins admins;
    private final AnswerStats stats;

    /** Commands without stats: nobody is an admin. */
    public BuiltInCommands(ConversationMemory memory) {
        this(memory, Admins.NONE, AnswerStats.NONE);
    }

    /**
     * @param admins who may run {@code stats}
     * @param stats  the figures {@code stats} shows
     */
    public BuiltInCommands(ConversationMemory memory, Admins admins, AnswerStats stats) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.stats = Objects.requireNonNull(stats, "stats");
    }

    /** The command's reply when the text is a built-in command, empty otherwise. */
    public Optional<String> run(InboundMessage message) {
        String command = message.text().strip().toLowerCase(Locale.ROOT);
        if (command.startsWith("/")) {
            command = command.substring(1);
        }
        switch (command) {
            case "help", "?" -> {
                return Optional.of(HELP);
            }
            case "reset" -> {
                memory.forget(ConversationKey.of(message));
                return Optional.of(RESET);
            }
            case "stats" -> {
                return Optional.of(admins.includes(message) ? StatsText.of(stats.report()) : ADMINS_ONLY);
            }
            default -> {
                return Optional.empty();
            }
        }
    }
}
