package dev.cairn.records;

import dev.cairn.core.port.HandledEvents;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Handled events in the {@code handled_events} table of the records database: a key is claimed by a plain
 * {@code INSERT}, and the unique violation (SQLState 23505) tells every other caller, in any replica, that it was
 * handled. A key older than {@code ttl} can be claimed again by one conditional {@code UPDATE}, and such rows are
 * purged. A database failure throws {@link IllegalStateException}.
 */
public final class SqlHandledEvents implements HandledEvents {
    private final RecordsDatabase database;
    private final Duration ttl;
    private final Clock clock;
    private final Purge purge;

    public SqlHandledEvents(RecordsDatabase database, Duration ttl, Clock clock) {
        if (ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("ttl must be positive, was " + ttl);
        }
        this.database = database;
        this.ttl = ttl;
        this.clock = clock;
        this.purge = new Purge(clock, Duration.ofMinutes(1));
    }

    @Override
    public boolean firstTime(String key) {
        Instant now = clock.instant();
        boolean first;
        try (Connection connection = database.connection()) {
            first = claim(connection, key, now) || reclaimExpired(connection, key, now);
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the handled event " + key + ": " + e.getMessage(), e);
        }
        purge.maybe(this::purgeExpired);
        return first;
    }

    /** Deletes the keys older than the time to live; returns how many. */
    public int purgeExpired() {
        try (Connection connection = database.connection();
             PreparedStatement delete = connection.prepareStatement(
                     "DELETE FROM handled_events WHERE handled_at < ?")) {
            delete.setObject(1, utc(clock.instant().minus(ttl)));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("could not purge old handled events: " + e.getMessage(), e);
        }
    }

    private static boolean claim(Connection connection, String key, Instant now) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO handled_events (event_key, handled_at) VALUES (?, ?)")) {
            insert.setString(1, key);
            insert.setObject(2, utc(now));
            return Sql.insertUnlessThere(insert);
        }
    }

    /** A key kept past its time to live but not purged yet: exactly one caller moves it forward and wins. */
    private boolean reclaimExpired(Connection connection, String key, Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE handled_events SET handled_at = ? WHERE event_key = ? AND handled_at < ?")) {
            update.setObject(1, utc(now));
            update.setString(2, key);
            update.setObject(3, utc(now.minus(ttl)));
            return update.executeUpdate() == 1;
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
