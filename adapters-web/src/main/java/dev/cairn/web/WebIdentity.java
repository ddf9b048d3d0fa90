package dev.cairn.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Who an API request acts for: the name of the web API key it presented ({@code api} for the single
 * {@code cairn.web.api-key}, {@code NAME} for {@code cairn.web.api-keys.NAME}), as {@link ApiKeyFilter} recorded it.
 */
public final class WebIdentity {
    /** The request attribute holding the key's name; absent in loopback mode (no key configured). */
    public static final String ATTRIBUTE = "cairn.web.identity";

    private WebIdentity() {
    }

    /** The name of the key that authenticated {@code request}, empty when it was let in without a key. */
    public static Optional<String> of(HttpServletRequest request) {
        return request.getAttribute(ATTRIBUTE) instanceof String name && !name.isBlank()
                ? Optional.of(name) : Optional.empty();
    }
}
