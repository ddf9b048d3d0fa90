package dev.cairn.app.records;

import dev.cairn.records.RecordsDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The records database answers a validity check: part of readiness, so a replica that lost its database (a PostgreSQL
 * server down, a network cut) leaves the load balancer until it is back. DOWN names the address and the reason.
 */
public final class RecordsHealth implements HealthIndicator {
    private static final int VALID_WITHIN_SECONDS = 2;
    private final RecordsDatabase database;

    public RecordsHealth(RecordsDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public Health health() {
        String where = database.address().shownUrl();
        try (Connection connection = database.connection()) {
            if (connection.isValid(VALID_WITHIN_SECONDS)) {
                return Health.up().withDetail("database", where).build();
            }
            return Health.down().withDetail("database", where)
                    .withDetail("error", "the connection did not answer within " + VALID_WITHIN_SECONDS + " s").build();
        } catch (SQLException | RuntimeException e) {
            return Health.down().withDetail("database", where).withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
