package dev.cairn.web;

import java.util.Objects;
import org.springframework.http.HttpStatus;

/** A request the API refuses, with the status, a stable code and a message for the caller. */
public class ApiException extends RuntimeException {
    private final HttpStatus status;
    private final String code;

    public ApiException(HttpStatus status, String code, String message) {
        super(message);
        this.status = Objects.requireNonNull(status, "status");
        this.code = Objects.requireNonNull(code, "code");
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }
}
