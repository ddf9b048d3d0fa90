package dev.cairn.core;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.TextLanguage;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.stats.StatsText;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The commands every surface understands: {@code help}, {@code reset}, and {@code stats} (answer figures, for admins
 * only), also as the Chinese words {@code 帮助}, {@code 重置}, {@code 统计}. An English command word is answered in
 * the sender's locale (it says nothing of their language), a Chinese one in Chinese. A failure to read the figures
 * propagates for the adapter to report.
 */
public final class BuiltInCommands {
    private static final Map<String, String> COMMANDS = Map.of("help", "help", "?", "help", "reset", "reset",
            "stats", "stats", "帮助", "help", "？", "help", "重置", "reset", "统计", "stats");

    private final ConversationMemory memory;
    private final Admins admins;
    private final AnswerStats stats;
    private final Voice voice;

    /** Commands without stats (nobody is an admin), answered in English unless the command word is Chinese. */
    public BuiltInCommands(ConversationMemory memory) {
        this(memory, Admins.NONE, AnswerStats.NONE, Voice.english());
    }

    /**
     * @param admins who may run {@code stats}
     * @param stats  the figures {@code stats} shows
     * @param voice  says the replies: in Chinese for a Chinese command word ({@code 帮助}, {@code 重置},
     *               {@code 统计}), else in the sender's language
     */
    public BuiltInCommands(ConversationMemory memory, Admins admins, AnswerStats stats, Voice voice) {
        this.memory = Objects.requireNonNull(memory, "memory");
        this.admins = Objects.requireNonNull(admins, "admins");
        this.stats = Objects.requireNonNull(stats, "stats");
        this.voice = Objects.requireNonNull(voice, "voice");
    }

    /** The command's reply when the text is a built-in command, empty otherwise. */
    public Optional<String> run(InboundMessage message) {
        String word = message.text().strip().toLowerCase(Locale.ROOT);
        if (word.startsWith("/")) {
            word = word.substring(1);
        }
        String command = COMMANDS.get(word);
        if (command == null) {
            return Optional.empty();
        }
        Language language = TextLanguage.of(word).filter(l -> l == Language.CHINESE)
                .orElseGet(() -> voice.of(message.user()));
        return Optional.of(switch (command) {
            case "help" -> voice.say(language, "command.help");
            case "reset" -> {
                memory.forget(ConversationKey.of(message));
                yield voice.say(language, "command.reset");
            }
            default -> admins.includes(message) ? StatsText.of(stats.report(), voice, language)
                    : voice.say(language, "command.admins_only");
        });
    }
}
