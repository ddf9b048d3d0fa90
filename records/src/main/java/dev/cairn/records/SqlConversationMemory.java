package dev.cairn.records;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.cairn.core.memory.ConversationKey;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.memory.MemoryLimits;
import dev.cairn.core.memory.Turn;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversation memory in the {@code conversation_turns} table of the records database, so that every replica on it
 * continues the same conversations: the last {@code maxTurns} turns per conversation, forgotten once idle for
 * {@code idleTtl} (idle since its newest turn; expired rows are purged). A Caffeine near cache holds up to
 * {@code maxConversations} conversations and is used only while the conversation's version (its newest turn's number
 * and time, one indexed read) is unchanged, so a turn kept by another replica is never missed. A database failure
 * throws {@link IllegalStateException}.
 */
public final class SqlConversationMemory implements ConversationMemory {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Concurrent appends to one conversation claim the same number: the losers read again, this many times. */
    /**
     * Tries at keeping one turn when another replica keeps a turn of the same conversation at the same moment; each
     * lost try waits a few random milliseconds so the two writers fall out of step (PostgreSQL lost 5 in a row).
     */
    private static final int ATTEMPTS = 20;
    private final RecordsDatabase database;
    private final int maxTurns;
    private final Duration idleTtl;
    private final Clock clock;
    private final Cache<String, Cached> near;
    private final Purge purge;

    public SqlConversationMemory(RecordsDatabase database, int maxTurns, Duration idleTtl, long maxConversations,
                                 Clock clock) {
        MemoryLimits.check(maxTurns, idleTtl, maxConversations);
        this.database = database;
        this.maxTurns = maxTurns;
        this.idleTtl = idleTtl;
        this.clock = clock;
        this.near = Caffeine.newBuilder().maximumSize(maxConversations).expireAfterAccess(idleTtl)
                .executor(Runnable::run).build();
        this.purge = new Purge(clock, Duration.ofMinutes(5));
    }

    @Override
    public List<Turn> turns(ConversationKey key) {
        String id = id(key);
        try (Connection connection = database.connection()) {
            Optional<Version> version = version(connection, id);
            if (version.isEmpty() || expired(version.get())) {
                near.invalidate(id);
                return List.of();
            }
            Cached cached = near.getIfPresent(id);
            if (cached != null && cached.version().equals(version.get())) {
                return cached.turns();
            }
            Cached loaded = load(connection, id);
            near.put(id, loaded);
            return loaded.turns();
        } catch (SQLException e) {
            throw failed("could not read the conversation of " + key.user(), e);
        }
    }

    @Override
    public void append(ConversationKey key, Turn turn) {
        String id = id(key);
        SQLException last = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (Connection connection = database.connection()) {
                connection.setAutoCommit(false);
                try {
                    Cached appended = append(connection, id, turn);
                    connection.commit();
                    near.put(id, appended);
                    break;
                } catch (SQLException e) {
                    connection.rollback();
                    near.invalidate(id);
                    if (!Sql.lostRace(e)) {
                        throw e;
                    }
                    last = e;
                } finally {
                    connection.setAutoCommit(true);
                }
            } catch (SQLException e) {
                throw failed("could not keep a turn of the conversation of " + key.user(), e);
            }
            if (attempt == ATTEMPTS - 1) {
                throw failed("could not keep a turn of the conversation of " + key.user() + " (busy)", last);
            }
            backOff(attempt);
        }
        purge.maybe(this::purgeExpired);
    }

    @Override
    public void forget(ConversationKey key) {
        String id = id(key);
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM conversation_turns WHERE conversation_key = ?")) {
            delete.setString(1, id);
            delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not forget the conversation of " + key.user(), e);
        } finally {
            near.invalidate(id);
        }
    }

    /** Deletes the turns of every conversation idle for longer than the time to live; returns how many. */
    public int purgeExpired() {
        OffsetDateTime cutoff = utc(clock.instant().minus(idleTtl));
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM conversation_turns "
                     + "WHERE stored_at < ? AND conversation_key NOT IN "
                     + "(SELECT conversation_key FROM conversation_turns WHERE stored_at >= ?)")) {
            delete.setObject(1, cutoff);
            delete.setObject(2, cutoff);
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not purge expired conversations", e);
        }
    }

    /** Within the caller's transaction: the turn numbered after the newest, older ones beyond the limit dropped. */
    private Cached append(Connection connection, String id, Turn turn) throws SQLException {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Optional<Version> before = version(connection, id);
        long seq = before.map(v -> v.seq() + 1).orElse(1L);
        List<Turn> kept = new ArrayList<>();
        if (before.isPresent() && expired(before.get())) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM conversation_turns WHERE conversation_key = ?")) {
                delete.setString(1, id);
                delete.executeUpdate();
            }
        } else if (before.isPresent()) {
            Cached cached = near.getIfPresent(id);
            kept.addAll(cached != null && cached.version().equals(before.get()) ? cached.turns()
                    : load(connection, id).turns());
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO conversation_turns "
                + "(conversation_key, seq, question, answer, asked_at, stored_at) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setLong(2, seq);
            insert.setString(3, turn.question());
            insert.setString(4, turn.answer());
            insert.setObject(5, utc(turn.at()));
            insert.setObject(6, utc(now));
            insert.executeUpdate();
        }
        try (PreparedStatement trim = connection.prepareStatement(
                "DELETE FROM conversation_turns WHERE conversation_key = ? AND seq <= ?")) {
            trim.setString(1, id);
            trim.setLong(2, seq - maxTurns);
            trim.executeUpdate();
        }
        kept.add(turn);
        List<Turn> last = kept.subList(Math.max(0, kept.size() - maxTurns), kept.size());
        return new Cached(new Version(seq, now.toEpochMilli()), List.copyOf(last));
    }

    private Optional<Version> version(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT MAX(seq), MAX(stored_at) "
                + "FROM conversation_turns WHERE conversation_key = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                long seq = row.getLong(1);
                return row.wasNull() ? Optional.empty() : Optional.of(new Version(seq,
                        row.getObject(2, OffsetDateTime.class).toInstant().toEpochMilli()));
            }
        }
    }

    private Cached load(Connection connection, String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT seq, question, answer, asked_at, stored_at "
                + "FROM conversation_turns WHERE conversation_key = ? ORDER BY seq")) {
            query.setString(1, id);
            List<Turn> turns = new ArrayList<>();
            long seq = 0;
            long storedAt = 0;
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    seq = rows.getLong(1);
                    turns.add(new Turn(rows.getString(2), rows.getString(3),
                            rows.getObject(4, OffsetDateTime.class).toInstant()));
                    storedAt = Math.max(storedAt, rows.getObject(5, OffsetDateTime.class).toInstant().toEpochMilli());
                }
            }
            List<Turn> last = turns.subList(Math.max(0, turns.size() - maxTurns), turns.size());
            return new Cached(new Version(seq, storedAt), List.copyOf(last));
        }
    }

    private boolean expired(Version version) {
        return Instant.ofEpochMilli(version.storedAtMillis()).plus(idleTtl).isBefore(clock.instant());
    }

    /** The conversation's row key: the four parts of its key as a JSON array, which no two keys share. */
    static String id(ConversationKey key) {
        return JSON.writeValueAsString(List.of(key.platform().id(), key.workspace(), key.user(), key.conversation()));
    }

    private static void backOff(int attempt) {
        try {
            Thread.sleep(1 + ThreadLocalRandom.current().nextInt(2 + 2 * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keeping a conversation turn", e);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }

    /** Which turns a conversation held: its newest turn's number and the time it was kept. */
    private record Version(long seq, long storedAtMillis) {
    }

    private record Cached(Version version, List<Turn> turns) {
    }
}
