package dev.cairn.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The locale a web request asks for in its {@code Accept-Language} header (the page sends the language chosen in its
 * header), best first; empty when the header is missing or unreadable, never the server's own default.
 */
final class RequestLanguage {
    private RequestLanguage() {
    }

    static Optional<Locale> of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            return ranges.stream().filter(r -> r.getWeight() > 0 && !r.getRange().equals("*")).findFirst()
                    .map(r -> Locale.forLanguageTag(r.getRange()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
