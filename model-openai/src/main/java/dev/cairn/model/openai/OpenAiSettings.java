package dev.cairn.model.openai;

import java.time.Duration;
import java.util.Objects;

/**
 * Where and how to reach an OpenAI-compatible chat endpoint (OpenAI, Ollama, vLLM, llama.cpp, LM Studio, DeepSeek,
 * Qwen's compatible mode).
 *
 * @param baseUrl         e.g. {@code https://api.openai.com/v1} or {@code http://localhost:11434/v1}
 * @param apiKey          the key; any non-blank text for servers that want none
 * @param model           the model name
 * @param temperature     sampling temperature
 * @param maxOutputTokens the most tokens an answer may have
 * @param timeout         the whole budget of one call, retries and the waits between them included
 * @param maxRetries      further tries after a timeout, connection error, HTTP 429 or 5xx that streamed nothing,
 *                        within the budget (never after 400, 401, 403 or 404)
 */
public record OpenAiSettings(String baseUrl, String apiKey, String model, double temperature, int maxOutputTokens,
                             Duration timeout, int maxRetries) {
    public OpenAiSettings {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("baseUrl must not be blank");
        }
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("model must not be blank");
        }
        apiKey = apiKey == null || apiKey.isBlank() ? "none" : apiKey;
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isZero() || timeout.isNegative() || maxOutputTokens < 1 || maxRetries < 0) {
            throw new IllegalArgumentException("timeout and maxOutputTokens must be positive, maxRetries not negative");
        }
    }

    @Override
    public String toString() {
        return "OpenAiSettings[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=(hidden)]";
    }
}
