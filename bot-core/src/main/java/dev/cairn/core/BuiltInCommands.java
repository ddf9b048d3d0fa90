package dev.cairn.core;

import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.ConversationMemory;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** The commands every surface understands: {@code help} and {@code reset}. */
public final class BuiltInCommands {
    public static final String HELP = """
            Ask me anything the team's documents cover, and I answer with the passages I used, numbered [1], [2]…
            • Ask a question: type it on the web page; in Slack use /ask <question> or mention me; in Discord mention \
            me or use /ask.
            • Follow-ups work: I remember our last few exchanges.
            • reset: forget our conversation and start over.
            • help: show this message.
            • 👍 / 👎 on an answer tells the team whether it helped.
            Files shared in a knowledge channel (or dropped on the web page) are indexed so I can cite them.""";
    public static final String RESET = "Done: I have forgotten our conversation. Ask me something new.";

    private final ConversationMemory memory;

    public BuiltInCommands(ConversationMemory memory) {
        this.memory = Objects.requireNonNull(memory, "memory");
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
            default -> {
                return Optional.empty();
            }
        }
    }
}
