package dev.cairn.web;

import dev.cairn.core.Dispatcher;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.port.AskerHistory.Asker;
import dev.cairn.core.prompt.CompiledPrompt;
import dev.cairn.core.prompt.PromptBook;
import dev.cairn.core.prompt.PromptCatalog;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariables;
import dev.cairn.core.prompt.RenderedPrompt;
import dev.cairn.core.prompt.TemplateException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The prompt playground's API: list the templates, render an edited one for a sample user (and try a question with
 * it, neither recorded nor counted), and save one, which is checked as at startup and used from the next question on.
 * Behind the web API key when one is set.
 */
@RestController
public class PromptController {
    private static final Logger log = LoggerFactory.getLogger(PromptController.class);
    /** A returning sample user: a dozen questions since a month ago. */
    private static final int RETURNING_QUESTIONS = 12;
    private static final Duration RETURNING_SINCE = Duration.ofDays(30);
    private final PromptBook book;
    private final PromptRenderer renderer;
    private final Dispatcher dispatcher;
    private final Clock clock;

    public PromptController(PromptBook book, PromptRenderer renderer, Dispatcher dispatcher, Clock clock) {
        this.book = Objects.requireNonNull(book, "book");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @GetMapping("/api/v1/prompts")
    public PromptJson.Catalog catalog() {
        PromptCatalog catalog = book.catalog();
        List<String> variables = new ArrayList<>(PromptVariables.NAMES);
        variables.add("inputs.NAME");
        return new PromptJson.Catalog(catalog.defaultTemplate(),
                catalog.templates().stream().map(PromptJson.Template::of).toList(),
                catalog.routes().stream().map(PromptJson.Route::of).toList(), variables);
    }

    @PostMapping("/api/v1/prompts/preview")
    public PromptJson.Preview preview(@RequestBody(required = false) PromptJson.PreviewRequest request) {
        if (request == null || request.template() == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_template",
                    "Send {\"template\": {...}, \"variant\": ..., \"sample\": {...}, \"question\": ...}.");
        }
        PromptTemplate template = request.template().toTemplate("draft");
        PromptCatalog draft = book.catalog().with(template, book.engine());
        Optional<String> variant = Optional.ofNullable(request.variant()).filter(v -> !v.isBlank());
        CompiledPrompt prompt = draft.compiled(template.name(), variant).orElseThrow(() -> new ApiException(
                HttpStatus.BAD_REQUEST, "unknown_variant", "The template has no variant \"" + variant.orElse("")
                + "\"."));
        PromptJson.Sample sample = request.sample() == null ? new PromptJson.Sample(null, null, null, null)
                : request.sample();
        RenderedPrompt rendered = renderer.render(prompt, sampleMessage(sample, request.question()), asker(sample));
        ChatResponse reply = null;
        if (request.question() != null && !request.question().isBlank()) {
            reply = ChatResponse.of(dispatcher.preview(webMessage(sample, request.question()), rendered));
        }
        return new PromptJson.Preview(rendered.experiment(), rendered.variant(), PromptJson.Rendered.of(rendered),
                reply);
    }

    @PutMapping("/api/v1/prompts/{name}")
    public PromptJson.Template save(@PathVariable("name") String name,
                                    @RequestBody(required = false) PromptJson.Template body) {
        if (body == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_template", "Send the template as JSON.");
        }
        if (body.name() != null && !body.name().isBlank() && !body.name().equals(name)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "name_mismatch", "The body names the template \""
                    + body.name() + "\", the path \"" + name + "\".");
        }
        PromptTemplate template = body.toTemplate(name);
        try {
            return PromptJson.Template.of(book.save(template));
        } catch (UncheckedIOException e) {
            log.error("could not save the prompt template {}", template.name(), e);
            throw new ApiException(HttpStatus.INTERNAL_SERVER_ERROR, "save_failed", "The template \""
                    + template.name() + "\" is valid but could not be written to the data directory, so it is not "
                    + "in effect; the server log says why.");
        }
    }

    @ExceptionHandler(TemplateException.class)
    public ResponseEntity<PromptJson.TemplateError> badTemplate(TemplateException e) {
        return ResponseEntity.badRequest().body(new PromptJson.TemplateError(new PromptJson.TemplateError.Detail(
                "invalid_template", e.getMessage(), e.template(), e.line() > 0 ? e.line() : null)));
    }

    private Asker asker(PromptJson.Sample sample) {
        boolean returning = "returning".equalsIgnoreCase(sample.user());
        return returning ? new Asker(RETURNING_QUESTIONS, Optional.of(clock.instant().minus(RETURNING_SINCE)))
                : Asker.NEW;
    }

    /** The sample as templates see it: the chosen platform, user name and channel. */
    private static InboundMessage sampleMessage(PromptJson.Sample sample, String question) {
        Platform platform = switch (Optional.ofNullable(sample.platform()).orElse("web").toLowerCase(Locale.ROOT)) {
            case "slack" -> Platform.SLACK;
            case "discord" -> Platform.DISCORD;
            default -> Platform.WEB;
        };
        InboundMessage web = webMessage(sample, question);
        return new InboundMessage(platform, web.workspace(), web.channel(), web.thread(), web.user(), web.text(),
                web.attachments(), web.kind(), web.conversation(), web.channelName(), web.inputs());
    }

    /** The sample as retrieval sees it: a web question, so it reads the web scope and shared collections. */
    private static InboundMessage webMessage(PromptJson.Sample sample, String question) {
        String name = sample.userName() == null || sample.userName().isBlank() ? "Sam" : sample.userName().strip();
        String channel = sample.channel() == null || sample.channel().isBlank() ? "general" : sample.channel().strip();
        return new InboundMessage(Platform.WEB, "web", "", "", new User("playground", name),
                question == null ? "" : question, List.of(), MessageKind.DIRECT, "playground", channel, Map.of());
    }
}
