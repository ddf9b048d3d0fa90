package dev.cairn.core.port;

import java.util.Objects;

/**
 * A tool call the model asked for.
 *
 * @param id        the model's id for the call, echoed with its result
 * @param name      the tool's name
 * @param arguments the arguments as JSON text, as the model wrote them
 */
public record ToolInvocation(String id, String name, String arguments) {
    public ToolInvocation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? "{}" : arguments;
    }
}
