package dev.cairn.slack.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.users.UsersInfoResponse;
import dev.cairn.core.User;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slack users' locales ({@code users.info} with {@code include_locale}, which needs the {@code users:read} scope),
 * asked once an hour per user. Never throws: when Slack does not say (a missing scope, an error, no answer), a user
 * has no locale, and that answer is kept for the hour too, so a missing scope costs one call per user, not one per
 * reply. Each kind of failure is logged once at warn, later ones at debug.
 */
public final class UserLocales {
    private static final Logger log = LoggerFactory.getLogger(UserLocales.class);
    static final Duration KEEP = Duration.ofHours(1);
    static final int MAX_USERS = 10_000;
    private final Lookup lookup;
    private final Cache<String, Optional<Locale>> locales;
    private final Set<String> warned = ConcurrentHashMap.newKeySet();

    /** Asks Slack about one user: a {@code users.info} call with {@code include_locale=true}. */
    @FunctionalInterface
    interface Lookup {
        UsersInfoResponse info(String user) throws IOException, SlackApiException;
    }

    UserLocales(Lookup lookup, Duration keep, int maxUsers, Ticker ticker) {
        this.lookup = Objects.requireNonNull(lookup, "lookup");
        this.locales = Caffeine.newBuilder().maximumSize(maxUsers).expireAfterWrite(keep)
                .ticker(Objects.requireNonNull(ticker, "ticker")).build();
    }

    /** Locales from the Web API of the bot token {@code client} is bound to. */
    public static UserLocales of(MethodsClient client) {
        Objects.requireNonNull(client, "client");
        return new UserLocales(user -> client.usersInfo(r -> r.user(user).includeLocale(true)), KEEP, MAX_USERS,
                Ticker.systemTicker());
    }

    /** The locale Slack gives for {@code user} of {@code team}; empty when it gives none or cannot be asked. */
    public Optional<Locale> of(String team, String user) {
        if (user == null || user.isBlank()) {
            return Optional.empty();
        }
        return locales.get((team == null ? "" : team) + ":" + user, key -> lookUp(user));
    }

    /** {@code user} with the locale Slack gives for them, when it gives one. */
    public User located(String team, User user) {
        return of(team, user.id()).map(user::withLocale).orElse(user);
    }

    private Optional<Locale> lookUp(String user) {
        try {
            UsersInfoResponse info = lookup.info(user);
            if (info == null) {
                return failed("no_response", user);
            }
            if (!info.isOk()) {
                return failed(info.getError() == null ? "unknown_error" : info.getError(), user);
            }
            String tag = info.getUser() == null ? null : info.getUser().getLocale();
            if (tag == null || tag.isBlank()) {
                log.debug("users.info gives no locale for {}", user);
                return Optional.empty();
            }
            Locale locale = Locale.forLanguageTag(tag.strip().replace('_', '-'));
            return locale.getLanguage().isEmpty() ? Optional.empty() : Optional.of(locale);
        } catch (SlackApiException e) {
            return failed(e.getError() != null && e.getError().getError() != null ? e.getError().getError()
                    : e.getResponse() != null ? "http_" + e.getResponse().code() : "refused", user);
        } catch (IOException | RuntimeException e) {
            return failed(e.getClass().getSimpleName(), user);
        }
    }

    private Optional<Locale> failed(String error, String user) {
        if (warned.add(error)) {
            log.warn("Slack's users.info failed ({}), so replies not tied to a question use cairn.language{}; "
                    + "further such failures are logged at debug", error,
                    "missing_scope".equals(error) ? ": add the users:read scope and reinstall the app" : "");
        } else {
            log.debug("users.info for {} failed: {}", user, error);
        }
        return Optional.empty();
    }
}
