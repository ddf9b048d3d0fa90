package dev.cairn.records;

import dev.cairn.core.Platform;
import dev.cairn.core.port.AskerHistory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A user's earlier questions, read from the recorded answers (answered or not) of that platform and user id; when
 * the records cannot be read it logs and answers {@link Asker#NEW}.
 */
public final class SqlAskerHistory implements AskerHistory {
    private static final Logger log = LoggerFactory.getLogger(SqlAskerHistory.class);
    private final RecordsDatabase database;

    public SqlAskerHistory(RecordsDatabase database) {
        this.database = database;
    }

    @Override
    public Asker of(Platform platform, String userId) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COUNT(*), MIN(at) FROM answers WHERE platform = ? AND user_id = ?")) {
            query.setString(1, platform.id());
            query.setString(2, userId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                Timestamp first = row.getTimestamp(2);
                return new Asker(row.getInt(1), Optional.ofNullable(first).map(Timestamp::toInstant));
            }
        } catch (SQLException | RuntimeException e) {
            log.warn("could not read the earlier questions of a {} user, treating them as new: {}", platform.id(),
                    e.toString());
            return Asker.NEW;
        }
    }
}
