package dev.cairn.model.openai;

/** One try at the model failed; retried only when the failure may pass and no text has reached the user yet. */
final class AttemptFailed extends RuntimeException {
    private final ModelFailure failure;
    private final boolean streamed;

    AttemptFailed(ModelFailure failure, boolean streamed, Throwable cause) {
        super(failure.describe(), cause, false, false);
        this.failure = failure;
        this.streamed = streamed;
    }

    ModelFailure failure() {
        return failure;
    }

    boolean retryable() {
        return !streamed && failure.retryable();
    }
}
