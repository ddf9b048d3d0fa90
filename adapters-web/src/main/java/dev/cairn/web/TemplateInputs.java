package dev.cairn.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/** Checks the {@code inputs} of a chat request: names of letters, digits and {@code _}; values text, numbers or booleans. */
final class TemplateInputs {
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
    private static final int MAX_INPUTS = 50;
    private static final int MAX_VALUE_CHARS = 2_000;

    private TemplateInputs() {
    }

    static Map<String, String> of(Map<String, Object> inputs) {
        if (inputs == null) {
            return Map.of();
        }
        if (inputs.size() > MAX_INPUTS) {
            throw invalid("At most " + MAX_INPUTS + " inputs may be sent.");
        }
        Map<String, String> values = new LinkedHashMap<>();
        inputs.forEach((name, value) -> {
            if (!NAME.matcher(name).matches()) {
                throw invalid("The input name \"" + name + "\" must be letters, digits or _ (at most 64).");
            }
            if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                throw invalid("The input \"" + name + "\" must be text, a number or a boolean.");
            }
            String text = value == null ? "" : value.toString();
            if (text.length() > MAX_VALUE_CHARS) {
                throw invalid("The input \"" + name + "\" is longer than " + MAX_VALUE_CHARS + " characters.");
            }
            values.put(name, text);
        });
        return values;
    }

    private static ApiException invalid(String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "invalid_inputs", message);
    }
}
