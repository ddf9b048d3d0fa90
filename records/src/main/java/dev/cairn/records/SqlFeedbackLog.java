package dev.cairn.records;

import dev.cairn.core.port.Feedback;
import dev.cairn.core.port.FeedbackLog;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Locale;

/** Keeps the latest vote of each user on each reply in the records database; a vote it cannot store throws. */
public final class SqlFeedbackLog implements FeedbackLog {
    private final RecordsDatabase database;

    public SqlFeedbackLog(RecordsDatabase database) {
        this.database = database;
    }

    @Override
    public boolean record(Feedback feedback) {
        try (Connection connection = database.connection();
             PreparedStatement known = connection.prepareStatement("SELECT 1 FROM answers WHERE id = ?");
             PreparedStatement upsert = connection.prepareStatement(
                     "MERGE INTO feedback (reply_id, user_id, vote, at) KEY (reply_id, user_id) VALUES (?, ?, ?, ?)")) {
            known.setString(1, feedback.replyId());
            try (ResultSet found = known.executeQuery()) {
                if (!found.next()) {
                    return false;
                }
            }
            upsert.setString(1, feedback.replyId());
            upsert.setString(2, feedback.userId());
            upsert.setString(3, feedback.vote().name().toLowerCase(Locale.ROOT));
            upsert.setTimestamp(4, Timestamp.from(feedback.at()));
            upsert.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw new IllegalStateException("could not record the vote on " + feedback.replyId() + ": "
                    + e.getMessage(), e);
        }
    }
}
