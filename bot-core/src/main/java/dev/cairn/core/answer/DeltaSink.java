package dev.cairn.core.answer;

/** Receives the answer text piece by piece as it is produced, for streaming; must not throw. */
@FunctionalInterface
public interface DeltaSink {
    DeltaSink NONE = text -> { };

    void accept(String text);
}
