package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.Vote;
import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/feedback}: a 👍 or 👎 from the web page on one answer, by the answer's {@code id}. */
@RestController
public class FeedbackController {
    private final FeedbackLog log;
    private final Clock clock;

    public FeedbackController(FeedbackLog log, Clock clock) {
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The body: which answer, who, and {@code up} or {@code down}. */
    public record FeedbackRequest(@JsonProperty("reply_id") String replyId, String user, String vote) {
    }

    @PostMapping("/api/v1/feedback")
    public ResponseEntity<Void> vote(@RequestBody(required = false) FeedbackRequest request) {
        if (request == null || blank(request.replyId()) || blank(request.user()) || blank(request.vote())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field",
                    "Send {\"reply_id\": \"...\", \"user\": \"...\", \"vote\": \"up\" | \"down\"}.");
        }
        Vote vote = switch (request.vote().strip().toLowerCase(Locale.ROOT)) {
            case "up" -> Vote.UP;
            case "down" -> Vote.DOWN;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_vote",
                    "The vote must be \"up\" or \"down\", was \"" + request.vote() + "\".");
        };
        boolean known = log.record(new Feedback(request.replyId().strip(), Platform.WEB, ScopePolicy.WEB,
                request.user().strip(), vote, clock.instant()));
        if (!known) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_reply",
                    "There is no answer with id " + request.replyId().strip() + "; nothing was recorded.");
        }
        return ResponseEntity.noContent().build();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
