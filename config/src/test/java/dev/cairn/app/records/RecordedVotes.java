package dev.cairn.app.records;

import dev.cairn.records.DatabaseAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the votes a running Cairn keeps under its data directory, as {@code reply_id:user:vote} lines. */
public final class RecordedVotes {
    private RecordedVotes() {
    }

    public static List<String> in(Path dataDir) {
        String url = DatabaseAddress.embedded(dataDir).url();
        List<String> votes = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "cairn", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT reply_id, user_id, vote FROM feedback ORDER BY at")) {
            while (rows.next()) {
                votes.add(rows.getString(1) + ":" + rows.getString(2) + ":" + rows.getString(3));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return votes;
    }
}
