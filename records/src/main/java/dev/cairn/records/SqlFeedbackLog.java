package dev.cairn.records;

import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;

/**
 * Keeps the latest vote of each user on each reply in the records database, in SQL that H2 and PostgreSQL both run
 * (an update, else an insert; a concurrent insert of the same vote is a unique violation that the update then
 * overwrites); a vote it cannot store throws.
 */
public final class SqlFeedbackLog implements FeedbackLog {
    private final RecordsDatabase database;

    public SqlFeedbackLog(RecordsDatabase database) {
        this.database = database;
    }

    @Override
    public boolean record(Feedback feedback) {
        try (Connection connection = database.connection();
             PreparedStatement known = connection.prepareStatement("SELECT 1 FROM answers WHERE id = ?")) {
            known.setString(1, feedback.replyId());
            try (ResultSet found = known.executeQuery()) {
                if (!found.next()) {
                    return false;
                }
            }
            if (update(connection, feedback) == 0 && !insert(connection, feedback)) {
                update(connection, feedback); // another replica inserted this user's vote meanwhile
            }
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the vote on " + feedback.replyId() + ": "
                    + e.getMessage(), e);
        }
    }

    private static int update(Connection connection, Feedback feedback) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE feedback SET vote = ?, at = ? WHERE reply_id = ? AND user_id = ?")) {
            update.setString(1, vote(feedback));
            update.setTimestamp(2, Timestamp.from(feedback.at()));
            update.setString(3, feedback.replyId());
            update.setString(4, feedback.userId());
            return update.executeUpdate();
        }
    }

    /** Inserts the vote; false when a concurrent one of the same user on the same reply got there first. */
    private static boolean insert(Connection connection, Feedback feedback) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO feedback (reply_id, user_id, vote, at) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, feedback.replyId());
            insert.setString(2, feedback.userId());
            insert.setString(3, vote(feedback));
            insert.setTimestamp(4, Timestamp.from(feedback.at()));
            return Sql.insertUnlessThere(insert);
        }
    }

    private static String vote(Feedback feedback) {
        return feedback.vote().name().toLowerCase(Locale.ROOT);
    }
}
