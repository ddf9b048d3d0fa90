package dev.cairn.tools.runbook;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A runbook action's URL with {@code {{name}}} placeholders in its path or query. The scheme and host are the
 * operator's: a placeholder before the path is refused when the template is read. Each value is percent-encoded
 * (everything but letters, digits and {@code -._~}), so it stays one path segment or one query value: a {@code /},
 * {@code ?}, {@code &}, {@code #} or {@code {{…}}} in a value is data, never structure.
 */
public final class UrlTemplate {
    /** Scheme and authority, then the start of the path or query: all of it must come before any placeholder. */
    private static final Pattern LITERAL_ORIGIN = Pattern.compile("(?i)https?://[^/?#{}\\s]+[/?#].*", Pattern.DOTALL);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private final String template;
    private final Placeholders placeholders;

    private UrlTemplate(String template, Placeholders placeholders) {
        this.template = template;
        this.placeholders = placeholders;
    }

    /** @throws IllegalArgumentException when it is not an http(s) URL or a placeholder stands in its scheme or host */
    public static UrlTemplate parse(String template) {
        Objects.requireNonNull(template, "template");
        Placeholders placeholders = Placeholders.parse(template.strip());
        String origin = placeholders.names().isEmpty() ? template.strip() + "/" : placeholders.literalPrefix();
        if (!LITERAL_ORIGIN.matcher(origin).matches()) {
            throw new IllegalArgumentException("the url must start with http:// or https:// and a host, and its "
                    + "{{placeholders}} may stand only in the path or query, was " + template);
        }
        UrlTemplate url = new UrlTemplate(template.strip(), placeholders);
        Map<String, String> sample = new HashMap<>();
        placeholders.names().forEach(n -> sample.put(n, "x"));
        url.fill(sample);
        return url;
    }

    /** The names of its placeholders. */
    public Set<String> names() {
        return placeholders.names();
    }

    /**
     * The URL with each placeholder replaced by its percent-encoded value.
     *
     * @throws Placeholders.MissingArgument when a placeholder has no value
     * @throws IllegalArgumentException     when the result is not a URL, or a value would make a path segment
     *                                      {@code .} or {@code ..} (which servers resolve to another path)
     */
    public URI fill(Map<String, String> values) {
        URI uri;
        try {
            uri = new URI(placeholders.fill(values, UrlTemplate::encode));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("the url " + template + " is not a valid URL: " + e.getMessage(), e);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        for (String segment : path.split("/", -1)) {
            String decoded = URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
            if (decoded.equals(".") || decoded.equals("..")) {
                throw new IllegalArgumentException("a value may not make the path segment '" + decoded + "'");
            }
        }
        return uri;
    }

    /** Percent-encodes every UTF-8 byte of {@code value} except RFC 3986's unreserved characters. */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9'
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
