package dev.cairn.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.springframework.web.filter.OncePerRequestFilter;

/** When an API key is set, refuses every {@code /api/**} call without {@code Authorization: Bearer <key>} with a JSON 401. */
public class ApiKeyFilter extends OncePerRequestFilter {
    private final byte[] key;

    /** @param apiKey the key; blank means no key is required */
    public ApiKeyFilter(String apiKey) {
        this.key = apiKey == null || apiKey.isBlank() ? null : apiKey.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return key == null || !request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        String prefix = "Bearer ";
        boolean ok = header != null && header.regionMatches(true, 0, prefix, 0, prefix.length())
                && MessageDigest.isEqual(key, header.substring(prefix.length()).strip()
                .getBytes(StandardCharsets.UTF_8));
        if (ok) {
            chain.doFilter(request, response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
        response.setContentType("application/json");
        response.setHeader("WWW-Authenticate", "Bearer");
        response.getOutputStream().write(("{\"error\":{\"code\":\"unauthorized\",\"message\":"
                + "\"This API needs the header Authorization: Bearer <key> with the configured API key.\"}}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
