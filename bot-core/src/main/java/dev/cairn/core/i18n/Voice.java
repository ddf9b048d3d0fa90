package dev.cairn.core.i18n;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.User;
import java.util.Objects;

/**
 * Says Cairn's own words to someone in their language: a message's by its own letters ({@link TextLanguage}), else
 * the sender's platform locale, else the deployment's {@code cairn.language}.
 */
public final class Voice {
    private final Messages messages;
    private final Language fallback;

    /** @param fallback the language when neither the text nor the person's locale decides */
    public Voice(Messages messages, Language fallback) {
        this.messages = Objects.requireNonNull(messages, "messages");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** Cairn's bundled texts, English unless a text or a locale says otherwise. */
    public static Voice english() {
        return new Voice(Messages.bundled(), Language.ENGLISH);
    }

    /** The language a reply to {@code message} is written in. */
    public Language of(InboundMessage message) {
        return TextLanguage.of(message.text()).orElseGet(() -> of(message.user()));
    }

    /** The language of a text for {@code user} that answers no question of theirs (an approval, a file report). */
    public Language of(User user) {
        return user.locale().flatMap(Language::of).orElse(fallback);
    }

    /** The deployment's language: for texts addressed to nobody in particular. */
    public Language fallback() {
        return fallback;
    }

    public String say(Language language, Phrase phrase) {
        return messages.text(language, phrase);
    }

    public String say(Language language, String key, Object... args) {
        return messages.text(language, key, args);
    }

    /** {@code phrase} in the language of a reply to {@code message}. */
    public String say(InboundMessage message, Phrase phrase) {
        return say(of(message), phrase);
    }

    public String say(InboundMessage message, String key, Object... args) {
        return say(of(message), key, args);
    }

    /** {@code phrase} in {@code user}'s language, for texts tied to no question. */
    public String say(User user, String key, Object... args) {
        return say(of(user), key, args);
    }
}
