package dev.cairn.core.prompt;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.AskerHistory.Asker;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.KnowledgeBase;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/** Renders the prompt a question gets: picks the template (and variant) from the book and fills in the variables. */
public final class PromptRenderer {
    private static final int MAX_MISSING_TERMS = 3;
    private final PromptBook book;
    private final AskerHistory askers;
    private final KnowledgeBase knowledge;
    private final ScopePolicy scopes;
    private final Clock clock;
    private final ZoneId zone;
    private final Voice voice;

    /** A renderer whose {@code language} is the question's, else English. */
    public PromptRenderer(PromptBook book, AskerHistory askers, KnowledgeBase knowledge, ScopePolicy scopes,
                          Clock clock, ZoneId zone) {
        this(book, askers, knowledge, scopes, clock, zone, Voice.english());
    }

    /**
     * @param zone  the time zone of the {@code date} and {@code time} variables
     * @param voice decides the {@code language} of a question
     */
    public PromptRenderer(PromptBook book, AskerHistory askers, KnowledgeBase knowledge, ScopePolicy scopes,
                          Clock clock, ZoneId zone, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.book = Objects.requireNonNull(book, "book");
        this.askers = Objects.requireNonNull(askers, "askers");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** The prompt for a question, with the asker's real history. */
    public RenderedPrompt render(InboundMessage message) {
        CompiledPrompt prompt = book.catalog().select(message, scopes.home(message));
        return render(prompt, message, askers.of(message.platform(), message.user().id()));
    }

    /** A given prompt rendered for a message and an asker (the playground's samples). */
    public RenderedPrompt render(CompiledPrompt prompt, InboundMessage message, Asker asker) {
        OptionalInt documents = prompt.uses("knowledge.document_count")
                ? OptionalInt.of(knowledge.documents(scopes.visible(message)).size()) : OptionalInt.empty();
        List<String> missing = prompt.uses("missing_terms")
                ? knowledge.unknownWords(message.text(), scopes.visible(message), MAX_MISSING_TERMS) : List.of();
        return prompt.render(PromptVariables.of(message, asker, ZonedDateTime.now(clock.withZone(zone)), documents,
                missing, voice.of(message)));
    }
}
