package dev.cairn.core.port;

/**
 * Something a language model may call while answering: a name, what it does, the JSON Schema of its parameters,
 * and the call itself. A tool never throws for a bad call or a failure of what it reaches: it returns a failed
 * {@link ToolResult} that the model reads.
 */
public interface Tool {

    /** A short identifier the model calls it by, e.g. {@code http_request}. */
    String name();

    /** One or two sentences telling the model when to use it. */
    String description();

    /** The JSON Schema (an object schema, as JSON text) of the arguments. */
    String parametersSchema();

    ToolResult execute(ToolCall call);
}
