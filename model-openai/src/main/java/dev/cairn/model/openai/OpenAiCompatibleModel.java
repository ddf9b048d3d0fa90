package dev.cairn.model.openai;

import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.port.LanguageModel;
import dev.cairn.core.port.LanguageModelException;
import dev.cairn.core.port.ModelReply;
import dev.cairn.core.port.ModelRequest;
import dev.cairn.core.port.ToolInvocation;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.chat.response.StreamingChatResponseHandler;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.langchain4j.model.output.TokenUsage;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * The language model behind an OpenAI-compatible chat completions endpoint, streamed through LangChain4j. The
 * settings' timeout bounds each call, retries and their waits included; a try that fails before any text arrived
 * with a timeout, a connection error, HTTP 429 or a 5xx is tried again up to {@code maxRetries} times, with
 * exponential backoff and jitter, while the budget lasts; other statuses (400, 401, 403, 404) are not. Every failure
 * surfaces as one {@link LanguageModelException} whose message says which model at which address failed, how (the
 * HTTP status and the server's words, never the key) and after how many tries; it logs nothing itself, so that the
 * caller logs each failure once.
 */
public final class OpenAiCompatibleModel implements LanguageModel {
    private final OpenAiSettings settings;
    private final StreamingChatModel client;
    private final RetryTemplate retry;
    private final String where;

    public OpenAiCompatibleModel(OpenAiSettings settings) {
        this(settings, RetryPolicies.FIRST_DELAY);
    }

    /** @param firstDelay the wait before the first retry; later waits double (tests shorten it) */
    OpenAiCompatibleModel(OpenAiSettings settings, Duration firstDelay) {
        this.settings = settings;
        // LangChain4j's streaming client does not retry by itself: the policy below is the only one
        this.client = OpenAiStreamingChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxOutputTokens())
                .timeout(settings.timeout())
                .build();
        this.retry = new RetryTemplate(RetryPolicies.forAnswer(settings.maxRetries(), settings.timeout(),
                firstDelay));
        this.where = "model " + settings.model() + " at " + printable(settings.baseUrl());
    }

    @Override
    public ModelReply complete(ModelRequest request, DeltaSink sink) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(Messages.toLangChain(request.messages()));
        if (!request.tools().isEmpty()) {
            builder.toolSpecifications(request.tools().stream().map(ToolSpecifications::of).toList());
        }
        ChatRequest chat = builder.build();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        try {
            return retry.execute(new Retryable<ModelReply>() {
                @Override
                public ModelReply execute() {
                    return attempt(chat, sink, deadline - System.nanoTime());
                }

                @Override
                public String getName() {
                    return where;
                }
            });
        } catch (RetryException e) {
            int tries = Math.max(1, e.getExceptions().size());
            Throwable last = e.getLastException();
            String how = last instanceof AttemptFailed failed ? failed.failure().describe()
                    : ModelFailure.of(last == null ? e : last, settings.apiKey()).describe();
            if (Thread.currentThread().isInterrupted()) {
                how = "interrupted";
            }
            throw new LanguageModelException(where + " failed: " + how + " after " + tries
                    + (tries == 1 ? " try" : " tries"), last == null ? e : last);
        }
    }

    private ModelReply attempt(ChatRequest chat, DeltaSink sink, long budgetNanos) {
        if (budgetNanos <= 0) {
            throw new AttemptFailed(ModelFailure.budgetSpent(settings.timeout().toMillis()), false, null);
        }
        AtomicBoolean streamed = new AtomicBoolean();
        CompletableFuture<ChatResponse> done = new CompletableFuture<>();
        client.chat(chat, new StreamingChatResponseHandler() {
            @Override
            public void onPartialResponse(String text) {
                if (!done.isDone()) {
                    streamed.set(true);
                    sink.accept(text);
                }
            }

            @Override
            public void onCompleteResponse(ChatResponse response) {
                done.complete(response);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }
        });
        try {
            ChatResponse response = done.get(budgetNanos, TimeUnit.NANOSECONDS);
            AiMessage message = response.aiMessage();
            String text = message == null || message.text() == null ? "" : message.text();
            List<ToolInvocation> calls = message == null || !message.hasToolExecutionRequests() ? List.of()
                    : message.toolExecutionRequests().stream()
                    .map(r -> new ToolInvocation(r.id() == null ? "" : r.id(), r.name(), r.arguments())).toList();
            if (text.isBlank() && calls.isEmpty()) {
                throw new AttemptFailed(ModelFailure.unusable("the model returned no text"), streamed.get(), null);
            }
            TokenUsage usage = response.tokenUsage();
            return new ModelReply(text, calls, count(usage == null ? null : usage.inputTokenCount()),
                    count(usage == null ? null : usage.outputTokenCount()));
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new AttemptFailed(ModelFailure.budgetSpent(settings.timeout().toMillis()), streamed.get(), e);
        } catch (ExecutionException e) {
            ModelFailure failure = ModelFailure.of(e.getCause(), settings.apiKey());
            // an HTTP error's message is the server's whole body, which may quote the key: keep only the failure
            throw new AttemptFailed(failure, streamed.get(),
                    failure.kind() == ModelFailure.Kind.HTTP ? null : e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttemptFailed(ModelFailure.unusable("interrupted while waiting for the model"), streamed.get(), e);
        }
    }

    /** The base URL as it may be logged: without user information, query or fragment. */
    static String printable(String baseUrl) {
        try {
            URI uri = URI.create(baseUrl);
            if (uri.getHost() == null) {
                return baseUrl.replaceAll("[?#].*", "");
            }
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null)
                    .toString();
        } catch (IllegalArgumentException | URISyntaxException e) {
            return "(an unparsable base URL)";
        }
    }

    private static int count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

}
