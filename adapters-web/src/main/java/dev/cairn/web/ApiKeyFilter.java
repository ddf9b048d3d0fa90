package dev.cairn.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Guards {@code /api/**} and {@code /actuator/**} but {@code /actuator/health/**}: with API keys configured, a request
 * needs {@code Authorization: Bearer <key>} and then acts as that key's name ({@link WebIdentity}); with none, only a
 * request from loopback that carries no forwarding header gets through. Anything else gets a JSON 401 saying what to
 * do. Other paths (the page, {@code /slack/events}) pass untouched.
 */
public class ApiKeyFilter extends OncePerRequestFilter {
    /** Headers a reverse proxy adds: a request carrying one came from elsewhere, whatever its socket says. */
    static final List<String> FORWARDING_HEADERS =
            List.of("Forwarded", "X-Forwarded-For", "X-Real-IP", "X-Forwarded-Host", "X-Forwarded-Proto");
    static final String NEEDS_KEY = "An API key is required: send the header Authorization: Bearer <key> with one of "
            + "the keys set in cairn.web.api-key or cairn.web.api-keys.NAME.";
    static final String LOOPBACK_ONLY = "No API key is configured, so this API answers only requests made on this "
            + "machine (loopback) that did not pass through a proxy. To use it from elsewhere, set cairn.web.api-key "
            + "(environment CAIRN_API_KEY) or cairn.web.api-keys.NAME (CAIRN_WEB_API_KEYS_NAME) and send "
            + "Authorization: Bearer <key>.";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Logger log = LoggerFactory.getLogger(ApiKeyFilter.class);
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.%\\[\\]]+");
    private static final String BEARER = "Bearer ";
    private final ApiKeys keys;

    public ApiKeyFilter(ApiKeys keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /** The line saying which mode is in force; names the keys, never their values. */
    public String mode() {
        return keys.any()
                ? "web API keys required for /api/** and /actuator/prometheus; keys: " + String.join(", ", keys.names())
                : "no web API key configured: /api/** and /actuator/prometheus answer only loopback requests without "
                        + "forwarding headers (set cairn.web.api-key or cairn.web.api-keys.NAME to open them to others)";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !guarded(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keys.any()) {
            Optional<String> name = keys.identify(bearer(request));
            if (name.isPresent()) {
                request.setAttribute(WebIdentity.ATTRIBUTE, name.get());
                chain.doFilter(request, response);
                return;
            }
            refuse(response, NEEDS_KEY);
        } else if (local(request)) {
            chain.doFilter(request, response);
        } else {
            log.debug("refused {} {} from {}: not a plain loopback request and no API key is configured",
                    request.getMethod(), request.getRequestURI(), request.getRemoteAddr());
            refuse(response, LOOPBACK_ONLY);
        }
    }

    /** Whether the request's path is one this filter guards, by its decoded servlet path and by its raw URI. */
    static boolean guarded(HttpServletRequest request) {
        String servletPath = Objects.toString(request.getServletPath(), "") + Objects.toString(request.getPathInfo(), "");
        String uri = Objects.toString(request.getRequestURI(), "");
        String context = Objects.toString(request.getContextPath(), "");
        String raw = uri.startsWith(context) ? uri.substring(context.length()) : uri;
        return guardedPath(servletPath) || guardedPath(raw.replaceAll(";[^/]*", ""));
    }

    private static boolean guardedPath(String path) {
        String p = path.toLowerCase(Locale.ROOT).replaceAll("/{2,}", "/");
        boolean health = p.equals("/actuator/health") || p.startsWith("/actuator/health/");
        return !health && (under(p, "/api") || under(p, "/actuator"));
    }

    private static boolean under(String path, String root) {
        return path.equals(root) || path.startsWith(root + "/");
    }

    /** A request from 127.0.0.0/8 or ::1 that no proxy forwarded. */
    static boolean local(HttpServletRequest request) {
        for (String header : FORWARDING_HEADERS) {
            if (request.getHeader(header) != null) {
                return false;
            }
        }
        String address = request.getRemoteAddr();
        if (address == null || !IP_LITERAL.matcher(address).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String bearer(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
    }

    private static void refuse(HttpServletResponse response, String message) throws IOException {
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getOutputStream().write(JSON.writeValueAsBytes(ApiError.of("unauthorized", message)));
    }
}
