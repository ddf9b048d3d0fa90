package dev.cairn.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The person who sent a message.
 *
 * @param id          stable platform user id
 * @param displayName the name to address them by; the id when unknown
 * @param verified    whether the platform vouches for the id: a signed Slack request or a Discord gateway event
 *                    does; a web request does only when the API key that authenticated it bears that name
 * @param locale      the language the platform says they use (Slack's {@code users.info}, a Discord interaction, a
 *                    browser's {@code Accept-Language}); empty when it says none
 */
public record User(String id, String displayName, boolean verified, Optional<Locale> locale) {
    public User {
        InboundMessage.requireText(id, "user id");
        displayName = displayName == null || displayName.isBlank() ? id : displayName;
        Objects.requireNonNull(locale, "locale");
    }

    /** A user whose locale the platform does not give. */
    public User(String id, String displayName, boolean verified) {
        this(id, displayName, verified, Optional.empty());
    }

    /** A user whose id the platform vouches for. */
    public User(String id, String displayName) {
        this(id, displayName, true);
    }

    /** This user, with the locale the platform gives. */
    public User withLocale(Locale locale) {
        return new User(id, displayName, verified, Optional.of(locale));
    }
}
