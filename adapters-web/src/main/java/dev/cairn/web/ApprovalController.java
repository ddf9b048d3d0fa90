package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.Platform;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runbook actions the model proposed: list the pending ones, approve or deny one. The decider is the name of the API
 * key that authenticated the call ({@code web:NAME}), never a name in the body; without a named key nothing can be
 * decided here (403).
 */
@RestController
public class ApprovalController {
    private final ApprovalDesk desk;

    private final Voice voice;

    public ApprovalController(ApprovalDesk desk, Voice voice) {
        this.desk = Objects.requireNonNull(desk, "desk");
        this.voice = Objects.requireNonNull(voice, "voice");
    }

    /** One pending action as listed. */
    public record ApprovalJson(String id, String action, String description,
                               @JsonProperty("requested_by") String requestedBy, String platform, String channel,
                               String at, @JsonProperty("expires_at") String expiresAt) {
        static ApprovalJson of(Proposal p) {
            return new ApprovalJson(p.id(), p.describe(), p.action().description(), p.requestedBy(),
                    p.asked().platform().id(), p.channel(), p.at().toString(), p.expiresAt().toString());
        }
    }

    @GetMapping("/api/v1/approvals")
    public Map<String, List<ApprovalJson>> pending() {
        return Map.of("approvals", desk.pending().stream().map(ApprovalJson::of).toList());
    }

    /** Decides {@code id} as {@code web:<key name>}; the body is {@code {"decision": "approve" | "deny"}}. */
    @PostMapping("/api/v1/approvals/{id}")
    public ResponseEntity<Map<String, String>> decide(@PathVariable("id") String id,
                                                      @RequestBody(required = false) Map<String, Object> body,
                                                      HttpServletRequest request) {
        if (body != null && body.containsKey("user")) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "user_not_accepted", "The approver is the name of the "
                    + "API key that sends the request, never a name in the body: remove \"user\".");
        }
        Object decision = body == null ? null : body.get("decision");
        if (!(decision instanceof String text)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field",
                    "Send {\"decision\": \"approve\" | \"deny\"}.");
        }
        boolean approve = switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "approve" -> true;
            case "deny" -> false;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_decision",
                    "The decision must be \"approve\" or \"deny\".");
        };
        String keyName = WebIdentity.of(request).orElseThrow(() -> new ApiException(HttpStatus.FORBIDDEN,
                "named_key_required", "Deciding an approval needs a named API key (cairn.web.api-keys.NAME); the "
                        + "approver is then web:NAME."));
        ApprovalDesk.Decision decided = desk.decide(id, Platform.WEB, keyName, approve);
        HttpStatus status = switch (decided.kind()) {
            case REFUSED -> HttpStatus.FORBIDDEN;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            case DECIDED -> HttpStatus.CONFLICT;
            case EXPIRED -> HttpStatus.GONE;
            case RAN, FAILED, DENIED -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(Map.of("result", decided.kind().name().toLowerCase(Locale.ROOT),
                "message", voice.say(RequestLanguage.of(request).flatMap(Language::of).orElse(voice.fallback()),
                        decided.phrase())));
    }
}
