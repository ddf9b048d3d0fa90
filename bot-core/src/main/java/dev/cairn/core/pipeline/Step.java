package dev.cairn.core.pipeline;

/** One stage of answering a question; it reads and updates the exchange, and throws only for failures the user must hear about. */
@FunctionalInterface
public interface Step {
    void apply(Exchange exchange);
}
