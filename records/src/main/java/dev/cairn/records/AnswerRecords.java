package dev.cairn.records;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.Outcome;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.ReplyListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records every answer and every "I don't know" in the records database, with the passages retrieved for it and
 * those it cites; a failed write is logged, never thrown.
 */
public final class AnswerRecords implements ReplyListener {
    private static final Logger log = LoggerFactory.getLogger(AnswerRecords.class);
    /** Names the scope a question was asked in; the home scope does not depend on shared collections. */
    private static final ScopePolicy SCOPES = new ScopePolicy(Set.of());
    private final RecordsDatabase database;
    private final Clock clock;

    public AnswerRecords(RecordsDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public void replied(InboundMessage message, BotReply reply) {
        if (reply.outcome() == Outcome.COMMAND || reply.outcome() == Outcome.INGESTED) {
            return;
        }
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO answers (id, at, platform, workspace, "
                     + "channel, user_id, question, experiment, variant, cited, cited_documents, latency_ms, "
                     + "input_tokens, output_tokens, answered, retrieved, cited_passages, scope) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, reply.id());
            insert.setTimestamp(2, Timestamp.from(clock.instant()));
            insert.setString(3, message.platform().id());
            insert.setString(4, message.workspace());
            insert.setString(5, message.channel());
            insert.setString(6, message.user().id());
            insert.setString(7, message.text());
            insert.setString(8, reply.usage().experiment());
            insert.setString(9, reply.usage().variant());
            insert.setInt(10, reply.citations().size());
            insert.setString(11, reply.citations().stream().map(Citation::documentId).distinct()
                    .collect(Collectors.joining(",")));
            insert.setLong(12, reply.usage().latencyMillis());
            insert.setInt(13, reply.usage().inputTokens());
            insert.setInt(14, reply.usage().outputTokens());
            insert.setBoolean(15, reply.outcome() == Outcome.ANSWERED);
            insert.setString(16, PassagesJson.retrieved(reply));
            insert.setString(17, PassagesJson.cited(reply));
            insert.setString(18, SCOPES.home(message));
            insert.executeUpdate();
        } catch (SQLException | RuntimeException e) {
            log.warn("could not record answer {}: {}", reply.id(), e.toString());
        }
    }
}
