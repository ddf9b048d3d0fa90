package dev.cairn.app;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A test configuration that notes, for every request to {@code /api/}, its method, path and Accept-Language header
 * as the server received them; add it to a {@link RunningCairn} as a source and read it with
 * {@code bean(RequestLanguages.class)}. It is not annotated {@code @Configuration}, so the application's component scan
 * never adds it to the other tests' servers.
 */
public class RequestLanguages {
    /** One request as the server saw it; {@code language} is empty when the header was not sent. */
    public record Seen(String method, String path, Optional<String> language) {
        public Seen {
            if (method == null || path == null || language == null) {
                throw new IllegalArgumentException("method, path and language are required");
            }
        }

        @Override
        public String toString() {
            return method + " " + path + " [" + language.orElse("no Accept-Language") + "]";
        }
    }

    private final List<Seen> seen = new CopyOnWriteArrayList<>();

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestLanguageRecorder() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getRequestURI().startsWith("/api/")) {
                    seen.add(new Seen(request.getMethod(), request.getRequestURI(),
                            Optional.ofNullable(request.getHeader("Accept-Language"))));
                }
                chain.doFilter(request, response);
            }
        });
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** The requests seen since the last {@link #clear()}, oldest first. */
    public List<Seen> seen() {
        return List.copyOf(seen);
    }

    public void clear() {
        seen.clear();
    }
}
