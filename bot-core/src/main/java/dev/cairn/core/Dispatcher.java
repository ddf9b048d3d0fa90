package dev.cairn.core;

import dev.cairn.core.answer.Answer;
import dev.cairn.core.answer.DeltaSink;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.pipeline.Exchange;
import dev.cairn.core.pipeline.Pipeline;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.ReplyListener;
import dev.cairn.core.prompt.RenderedPrompt;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The core's single entry point: turns one inbound message into one reply — a file report, a built-in command's
 * result, or a cited answer. Failures of the knowledge store propagate as exceptions for the adapter to report.
 */
public final class Dispatcher {
    private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());
    private final BuiltInCommands commands;
    private final FileIntake files;
    private final Pipeline pipeline;
    private final ReplyListener listener;
    private final QuestionRateLimit rateLimit;
    private final Voice voice;

    /** A dispatcher speaking English unless a question or a locale says otherwise. */
    public Dispatcher(BuiltInCommands commands, FileIntake files, Pipeline pipeline) {
        this(commands, files, pipeline, ReplyListener.NONE, QuestionRateLimit.OFF, Voice.english());
    }

    /**
     * @param listener  hears of every reply (metrics, logs)
     * @param rateLimit questions over it get its polite refusal (a {@link Outcome#COMMAND}: neither recorded nor
     *                  counted)
     * @param voice     says Cairn's own words (usage, refusals, file reports) in the sender's language
     */
    public Dispatcher(BuiltInCommands commands, FileIntake files, Pipeline pipeline, ReplyListener listener,
                      QuestionRateLimit rateLimit, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.commands = Objects.requireNonNull(commands, "commands");
        this.files = Objects.requireNonNull(files, "files");
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.listener = Objects.requireNonNull(listener, "listener");
        this.rateLimit = Objects.requireNonNull(rateLimit, "rateLimit");
    }

    public BotReply handle(InboundMessage message) {
        return handle(message, DeltaSink.NONE);
    }

    /** As {@link #handle(InboundMessage)}, streaming the answer text to {@code sink} as it is produced. */
    public BotReply handle(InboundMessage message, DeltaSink sink) {
        long start = System.nanoTime();
        Exchange exchange = new Exchange(message, sink);
        Answer answer = produce(exchange, rateLimit);
        BotReply reply = reply(exchange, answer, start);
        listener.replied(message, reply);
        return reply;
    }

    /**
     * Answers a question with a given prompt, as the prompt playground tries one before it is saved: the reply is
     * not heard by the listener, so it is neither recorded nor counted.
     */
    public BotReply preview(InboundMessage message, RenderedPrompt prompt) {
        long start = System.nanoTime();
        Exchange exchange = new Exchange(message, DeltaSink.NONE);
        exchange.prompt(prompt);
        return reply(exchange, produce(exchange, QuestionRateLimit.OFF), start);
    }

    private static BotReply reply(Exchange exchange, Answer answer, long start) {
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean asked = answer.outcome() == Outcome.ANSWERED || answer.outcome() == Outcome.NO_ANSWER;
        Usage usage = asked ? new Usage(millis, answer.inputTokens(), answer.outputTokens(),
                exchange.prompt().experiment(), exchange.prompt().variant())
                : new Usage(millis, answer.inputTokens(), answer.outputTokens());
        return new BotReply(UUID.randomUUID().toString(), answer.text(), answer.citations(), answer.outcome(),
                exchange.key().id(), usage, asked ? exchange.passages() : List.of());
    }

    private Answer produce(Exchange exchange, QuestionRateLimit limit) {
        InboundMessage message = exchange.message();
        DeltaSink sink = exchange.sink();
        if (!message.attachments().isEmpty()) {
            List<IngestReport> reports = files.ingest(message);
            return said(reports.stream().map(r -> voice.say(message, r.summary())).collect(Collectors.joining("\n")),
                    Outcome.INGESTED, sink);
        }
        Optional<String> commandReply = commands.run(message);
        if (commandReply.isPresent()) {
            return said(commandReply.get(), Outcome.COMMAND, sink);
        }
        if (message.text().isBlank()) {
            return said(voice.say(message, "usage"), Outcome.COMMAND, sink);
        }
        Optional<Phrase> refusal = limit.admit(message);
        if (refusal.isPresent()) {
            return said(voice.say(message, refusal.get()), Outcome.COMMAND, sink);
        }
        try {
            pipeline.run(exchange);
        } catch (KnowledgeException e) {
            LOG.log(System.Logger.Level.WARNING, "knowledge unavailable for a question: " + e.getMessage());
            return said(voice.say(message, "knowledge.unavailable"), Outcome.COMMAND, sink);
        }
        return exchange.answer().orElseThrow(() -> new IllegalStateException("the pipeline gave no answer"));
    }

    private static Answer said(String text, Outcome outcome, DeltaSink sink) {
        sink.accept(text);
        return new Answer(text, List.of(), outcome, 0, 0);
    }
}
