package dev.cairn.web;

import dev.cairn.core.BotReply;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Voice;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** {@code POST /api/v1/chat}: one question in, one cited answer out, as JSON or as a stream of server-sent events. */
@RestController
public class ChatController {
    private static final Logger log = LoggerFactory.getLogger(ChatController.class);
    private static final long STREAM_TIMEOUT_MILLIS = 300_000;
    private final Dispatcher dispatcher;
    private final Handoff handoff;
    private final Voice voice;

    public ChatController(Dispatcher dispatcher, Executor executor, Voice voice) {
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.voice = Objects.requireNonNull(voice, "voice");
        this.handoff = new Handoff(Objects.requireNonNull(executor, "executor"));
    }

    /**
     * Answers on the answer pool, not on the web server's request thread, so that slow answers (a model taking
     * seconds) never hold the threads that Slack's acknowledgements and other requests need; 503 {@code busy} when
     * the pool's queue is full, 503 {@code restarting} when Cairn stops before answering.
     */
    @PostMapping(path = "/api/v1/chat", produces = MediaType.APPLICATION_JSON_VALUE)
    public DeferredResult<ChatResponse> chat(@RequestBody(required = false) ChatRequest request,
                                             HttpServletRequest servletRequest) {
        InboundMessage message = toMessage(request, servletRequest);
        DeferredResult<ChatResponse> result = new DeferredResult<>(STREAM_TIMEOUT_MILLIS);
        result.onTimeout(() -> result.setErrorResult(new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "timeout",
                voice.say(message, "web.timeout", STREAM_TIMEOUT_MILLIS / 1000))));
        // DeferredResult keeps the first result set: an answer, a failure (to the exception handlers) or 'restarting'
        boolean queued = handoff.offer("answering a web question", () -> {
            try {
                ChatResponse response = ChatResponse.of(dispatcher.handle(message));
                return () -> result.setResult(response);
            } catch (RuntimeException e) {
                return () -> result.setErrorResult(e);
            }
        }, notice -> result.setErrorResult(notice == Handoff.Notice.RESTARTING
                ? new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "restarting", voice.say(message, notice.phrase()))
                : new IllegalStateException("answering a web question failed")));
        if (!queued) {
            throw busy(message);
        }
        return result;
    }

    @PostMapping(path = "/api/v1/chat", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    public SseEmitter stream(@RequestBody(required = false) ChatRequest request, HttpServletRequest servletRequest) {
        InboundMessage message = toMessage(request, servletRequest);
        SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT_MILLIS);
        AtomicBoolean ended = new AtomicBoolean();
        boolean queued = handoff.offer("answering a streamed web question", () -> answer(message, emitter, ended),
                notice -> {
                    if (ended.compareAndSet(false, true)) {
                        send(emitter, "error", notice == Handoff.Notice.RESTARTING
                                ? ApiError.of("restarting", voice.say(message, notice.phrase()))
                                : ApiExceptionHandler.internalError());
                        emitter.complete();
                    }
                });
        if (!queued) {
            throw busy(message);
        }
        return emitter;
    }

    private ApiException busy(InboundMessage message) {
        return new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "busy", voice.say(message,
                Handoff.Notice.BUSY.phrase()));
    }

    /**
     * Streams the answer and returns the sending of its end; {@code ended} is set by whoever ends the stream first,
     * this or the handoff's notice (a failure, or Cairn's stopping).
     */
    private Runnable answer(InboundMessage message, SseEmitter emitter, AtomicBoolean ended) {
        BotReply reply = dispatcher.handle(message, text -> send(emitter, "delta", Map.of("text", text)));
        return () -> {
            if (!ended.compareAndSet(false, true)) {
                return;
            }
            try {
                emitter.send(SseEmitter.event().name("done").data(ChatResponse.of(reply),
                        MediaType.APPLICATION_JSON));
                emitter.complete();
            } catch (IOException e) {
                emitter.completeWithError(e);
            }
        };
    }

    private static void send(SseEmitter emitter, String event, Object data) {
        try {
            emitter.send(SseEmitter.event().name(event).data(data, MediaType.APPLICATION_JSON));
        } catch (IOException | IllegalStateException e) {
            log.debug("client went away (or the stream was ended) while streaming", e);
        }
    }

    /**
     * The question as the core reads it. Web users name themselves in the body, so the platform vouches for the
     * name only when the API key that authenticated the call bears it (admin commands need that).
     */
    private static InboundMessage toMessage(ChatRequest request, HttpServletRequest servletRequest) {
        if (request == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_body",
                    "Send a JSON body: {\"user\": \"...\", \"query\": \"...\"}.");
        }
        requireField(request.user(), "user");
        requireField(request.query(), "query");
        String id = request.user().strip();
        User user = new User(id, request.userName(), WebIdentity.of(servletRequest).filter(id::equals).isPresent(),
                RequestLanguage.of(servletRequest));
        String channel = request.channel() == null || request.channel().isBlank() ? "web" : request.channel().strip();
        return new InboundMessage(Platform.WEB, "web", "", "", user, request.query(), List.of(), MessageKind.DIRECT,
                request.conversationId(), channel, TemplateInputs.of(request.inputs()));
    }

    private static void requireField(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "missing_field", "The field \"" + name
                    + "\" is required and must not be blank.");
        }
    }
}
