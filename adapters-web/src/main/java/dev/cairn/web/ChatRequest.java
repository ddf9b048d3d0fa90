package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/** The body of {@code POST /api/v1/chat}; {@code conversation_id} and {@code inputs} are optional. */
public record ChatRequest(String user, String query, @JsonProperty("conversation_id") String conversationId,
                          Map<String, Object> inputs) {
}
