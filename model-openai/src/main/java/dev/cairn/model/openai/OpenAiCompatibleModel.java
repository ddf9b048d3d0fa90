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
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The language model behind an OpenAI-compatible chat completions endpoint, streamed through LangChain4j. The
 * settings' timeout bounds the whole answer, retries included; a failure before any text arrived is retried up to
 * {@code maxRetries} times while the budget lasts. Every failure surfaces as {@link LanguageModelException}.
 */
public final class OpenAiCompatibleModel implements LanguageModel {
    private final OpenAiSettings settings;
    private final StreamingChatModel client;

    public OpenAiCompatibleModel(OpenAiSettings settings) {
        this.settings = settings;
        this.client = OpenAiStreamingChatModel.builder()
                .baseUrl(settings.baseUrl())
                .apiKey(settings.apiKey())
                .modelName(settings.model())
                .temperature(settings.temperature())
                .maxTokens(settings.maxOutputTokens())
                .timeout(settings.timeout())
                .build();
    }

    @Override
    public ModelReply complete(ModelRequest request, DeltaSink sink) {
        ChatRequest.Builder builder = ChatRequest.builder().messages(Messages.toLangChain(request.messages()));
        if (!request.tools().isEmpty()) {
            builder.toolSpecifications(request.tools().stream().map(ToolSpecifications::of).toList());
        }
        ChatRequest chat = builder.build();
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        LanguageModelException last = null;
        for (int attempt = 0; attempt <= settings.maxRetries(); attempt++) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            AtomicBoolean streamed = new AtomicBoolean();
            try {
                return attempt(chat, sink, streamed, left);
            } catch (LanguageModelException e) {
                last = e;
                if (streamed.get()) {
                    throw e;
                }
            }
        }
        throw last != null ? last : new LanguageModelException("the model did not answer within "
                + settings.timeout().toSeconds() + " s");
    }

    private ModelReply attempt(ChatRequest chat, DeltaSink sink, AtomicBoolean streamed, long budgetNanos) {
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
                throw new LanguageModelException("the model returned no text");
            }
            TokenUsage usage = response.tokenUsage();
            return new ModelReply(text, calls, count(usage == null ? null : usage.inputTokenCount()),
                    count(usage == null ? null : usage.outputTokenCount()));
        } catch (TimeoutException e) {
            done.cancel(true);
            throw new LanguageModelException("the model did not answer within "
                    + Duration.ofNanos(budgetNanos).toMillis() + " ms", e);
        } catch (ExecutionException e) {
            throw new LanguageModelException("the model request failed: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LanguageModelException("interrupted while waiting for the model", e);
        }
    }

    private static int count(Integer tokens) {
        return tokens == null ? 0 : tokens;
    }

}
