package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/chat}. Only {@code user} and {@code query} are required: {@code conversation_id}
 * keeps several conversations apart, {@code user_name} is how prompt templates address the user, {@code channel} is
 * the channel name templates see and routes match, and {@code inputs} (text, numbers or booleans) reach templates as
 * {@code inputs.NAME}.
 */
public record ChatRequest(String user, String query, @JsonProperty("conversation_id") String conversationId,
                          Map<String, Object> inputs, @JsonProperty("user_name") String userName, String channel) {
}
