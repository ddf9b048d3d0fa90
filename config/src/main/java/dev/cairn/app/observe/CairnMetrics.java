package dev.cairn.app.observe;

import dev.cairn.core.BotReply;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Outcome;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.ReplyListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Cairn's meters and its one log line per answer and per ingestion (ids, outcome, timings; never message text or
 * secrets): {@code cairn_questions_total{platform}}, {@code cairn_answer_latency_seconds},
 * {@code cairn_tokens_total{direction}}, {@code cairn_tool_calls_total{tool,ok}},
 * {@code cairn_ingestions_total{status,reason}}.
 */
public final class CairnMetrics implements ReplyListener {
    private static final Logger log = LoggerFactory.getLogger("cairn.activity");
    private final MeterRegistry registry;
    private final Timer latency;

    public CairnMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.latency = Timer.builder("cairn.answer.latency").description("time from a question to its answer")
                .publishPercentileHistogram().register(registry);
    }

    @Override
    public void replied(InboundMessage message, BotReply reply) {
        if (reply.outcome() != Outcome.ANSWERED && reply.outcome() != Outcome.NO_ANSWER) {
            return;
        }
        Counter.builder("cairn.questions").description("questions answered").tag("platform", message.platform().id())
                .register(registry).increment();
        latency.record(Duration.ofMillis(reply.usage().latencyMillis()));
        tokens("input", reply.usage().inputTokens());
        tokens("output", reply.usage().outputTokens());
        log.info("answer id={} platform={} workspace={} outcome={} citations={} latency_ms={} tokens_in={} "
                        + "tokens_out={}", reply.id(), message.platform().id(), message.workspace(),
                reply.outcome().name().toLowerCase(Locale.ROOT), reply.citations().size(),
                reply.usage().latencyMillis(), reply.usage().inputTokens(), reply.usage().outputTokens());
    }

    private void tokens(String direction, int count) {
        if (count > 0) {
            Counter.builder("cairn.tokens").description("language model tokens").tag("direction", direction)
                    .register(registry).increment(count);
        }
    }

    /** Counts one ingestion and logs it. */
    public void ingested(IngestReport report, String scope, long millis) {
        String status = report.status().name().toLowerCase(Locale.ROOT);
        String reason = report.error().map(e -> e.code()).orElse("none");
        Counter.builder("cairn.ingestions").description("files offered to the knowledge base")
                .tag("status", status).tag("reason", reason).register(registry).increment();
        log.info("ingestion document_id={} scope={} status={} reason={} pages={} passages={} ms={}",
                report.documentId(), scope, status, reason, report.pages(), report.passages(), millis);
    }

    /** Counts one tool call. */
    public void toolCalled(String tool, boolean ok) {
        Counter.builder("cairn.tool.calls").description("tool calls made by the language model")
                .tag("tool", tool).tag("ok", String.valueOf(ok)).register(registry).increment();
    }
}
