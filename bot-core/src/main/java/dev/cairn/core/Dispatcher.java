package dev.cairn.core;

import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.pipeline.Exchange;
import dev.cairn.core.pipeline.Pipeline;
import dev.cairn.core.port.IngestReport;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The core's single entry point: turns one inbound message into one reply — a file report, a built-in command's
 * result, or a cited answer. Failures of the knowledge store propagate as exceptions for the adapter to report.
 */
public final class Dispatcher {
    private final BuiltInCommands commands;
    private final FileIntake files;
    private final Pipeline pipeline;

    public Dispatcher(BuiltInCommands commands, FileIntake files, Pipeline pipeline) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.files = Objects.requireNonNull(files, "files");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
    }

    public BotReply handle(InboundMessage message) {
        return handle(message, DeltaSink.NONE);
    }

    /** As {@link #handle(InboundMessage)}, streaming the answer text to {@code sink} as it is produced. */
    public BotReply handle(InboundMessage message, DeltaSink sink) {
        long start = System.nanoTime();
        String conversationId = ConversationKey.of(message).id();
        BotReply reply;
        if (!message.attachments().isEmpty()) {
            List<IngestReport> reports = files.ingest(message);
            String text = reports.stream().map(IngestReport::summary).collect(Collectors.joining("\n"));
            sink.accept(text);
            reply = new BotReply(text, List.of(), Outcome.INGESTED, conversationId, Usage.none());
        } else {
            Optional<String> commandReply = commands.run(message);
            if (commandReply.isPresent()) {
                sink.accept(commandReply.get());
                reply = new BotReply(commandReply.get(), List.of(), Outcome.COMMAND, conversationId, Usage.none());
            } else {
                reply = answer(message, sink, conversationId);
            }
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new BotReply(reply.text(), reply.citations(), reply.outcome(), reply.conversationId(),
                reply.usage().withLatency(millis));
    }

    private BotReply answer(InboundMessage message, DeltaSink sink, String conversationId) {
        if (message.text().isBlank()) {
            String usage = "Ask me a question, for example: how do I request leave? Type help for more.";
            sink.accept(usage);
            return new BotReply(usage, List.of(), Outcome.COMMAND, conversationId, Usage.none());
        }
        Exchange exchange = new Exchange(message, sink);
        pipeline.run(exchange);
        Answer answer = exchange.answer().orElseThrow(() -> new IllegalStateException("the pipeline gave no answer"));
        Usage usage = new Usage(0, answer.inputTokens(), answer.outputTokens(), "default");
        return new BotReply(answer.text(), answer.citations(), answer.outcome(), conversationId, usage);
    }
}
