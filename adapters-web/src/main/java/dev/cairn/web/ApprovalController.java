package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.runbook.ApprovalDesk;
import dev.cairn.core.runbook.Proposal;
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

/** Runbook actions the model proposed: list the pending ones, approve or deny one (approvers only). */
@RestController
public class ApprovalController {
    private final ApprovalDesk desk;

    public ApprovalController(ApprovalDesk desk) {
        this.desk = Objects.requireNonNull(desk, "desk");
    }

    /** One pending action as listed. */
    public record ApprovalJson(String id, String action, String description,
                               @JsonProperty("requested_by") String requestedBy, String channel, String at) {
        static ApprovalJson of(Proposal p) {
            return new ApprovalJson(p.id(), p.describe(), p.action().description(), p.requestedBy(), p.channel(),
                    p.at().toString());
        }
    }

    /** The body of a decision: who decides, {@code approve} or {@code deny}. */
    public record DecisionRequest(String user, String decision) {
    }

    @GetMapping("/api/v1/approvals")
    public Map<String, List<ApprovalJson>> pending() {
        return Map.of("approvals", desk.pending().stream().map(ApprovalJson::of).toList());
    }

    @PostMapping("/api/v1/approvals/{id}")
    public ResponseEntity<Map<String, String>> decide(@PathVariable("id") String id,
                                                      @RequestBody(required = false) DecisionRequest request) {
        if (request == null || request.user() == null || request.user().isBlank() || request.decision() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field",
                    "Send {\"user\": \"...\", \"decision\": \"approve\" | \"deny\"}.");
        }
        boolean approve = switch (request.decision().strip().toLowerCase(Locale.ROOT)) {
            case "approve" -> true;
            case "deny" -> false;
            default -> throw new ApiException(HttpStatus.BAD_REQUEST, "invalid_decision",
                    "The decision must be \"approve\" or \"deny\".");
        };
        ApprovalDesk.Decision decision = desk.decide(id, request.user().strip(), approve);
        HttpStatus status = switch (decision.kind()) {
            case REFUSED -> HttpStatus.FORBIDDEN;
            case UNKNOWN -> HttpStatus.NOT_FOUND;
            default -> HttpStatus.OK;
        };
        return ResponseEntity.status(status).body(Map.of("result", decision.kind().name().toLowerCase(Locale.ROOT),
                "message", decision.message()));
    }
}
