package dev.cairn.records;

import dev.cairn.core.Platform;
import dev.cairn.core.User;
import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.StoredApproval;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps runbook approvals in the {@code approvals} table of the records database; a decision is one conditional
 * {@code UPDATE} on {@code state = 'pending'}, so of several callers (threads or replicas) exactly one wins. A
 * database failure throws {@link IllegalStateException}.
 */
public final class SqlApprovalStore implements ApprovalStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<LinkedHashMap<String, String>> ARGUMENTS = new TypeReference<>() {
    };
    private static final String COLUMNS = "id, action_name, arguments, platform, workspace, channel, thread, "
            + "requester_id, requester_name, question, proposed_at, expires_at, state, decided_by";
    private final RecordsDatabase database;

    public SqlApprovalStore(RecordsDatabase database) {
        this.database = database;
    }

    @Override
    public void save(StoredApproval a) {
        try (Connection connection = database.connection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO approvals (" + COLUMNS
                     + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, a.id());
            insert.setString(2, a.action());
            insert.setString(3, JSON.writeValueAsString(a.arguments()));
            insert.setString(4, a.platform().id());
            insert.setString(5, a.workspace());
            insert.setString(6, a.channel());
            insert.setString(7, a.thread());
            insert.setString(8, a.requester().id());
            insert.setString(9, a.requester().displayName());
            insert.setString(10, a.question());
            insert.setObject(11, utc(a.proposedAt()));
            insert.setObject(12, utc(a.expiresAt()));
            insert.setString(13, name(a.state()));
            insert.setString(14, a.decidedBy());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not keep approval " + a.id(), e);
        }
    }

    @Override
    public List<StoredApproval> pending(Instant now) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS + " FROM approvals "
                     + "WHERE state = 'pending' AND expires_at > ? ORDER BY proposed_at, id")) {
            query.setObject(1, utc(now));
            List<StoredApproval> pending = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    pending.add(approval(rows));
                }
            }
            return pending;
        } catch (SQLException e) {
            throw failed("could not read the pending approvals", e);
        }
    }

    @Override
    public Optional<StoredApproval> find(String id) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT " + COLUMNS
                     + " FROM approvals WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(approval(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failed("could not read approval " + id, e);
        }
    }

    @Override
    public boolean decide(String id, StoredApproval.State decision, String decidedBy, Instant now) {
        if (decision == StoredApproval.State.PENDING) {
            throw new IllegalArgumentException("a decision must approve or deny");
        }
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE approvals SET state = ?, decided_by = ?, "
                     + "decided_at = ? WHERE id = ? AND state = 'pending' AND expires_at > ?")) {
            update.setString(1, name(decision));
            update.setString(2, decidedBy);
            update.setObject(3, utc(now));
            update.setString(4, id);
            update.setObject(5, utc(now));
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw failed("could not decide approval " + id, e);
        }
    }

    @Override
    public void finished(String id, String outcome) {
        try (Connection connection = database.connection();
             PreparedStatement update = connection.prepareStatement("UPDATE approvals SET outcome = ? WHERE id = ?")) {
            update.setString(1, outcome);
            update.setString(2, id);
            update.executeUpdate();
        } catch (SQLException e) {
            throw failed("could not record the outcome of approval " + id, e);
        }
    }

    private static StoredApproval approval(ResultSet row) throws SQLException {
        Map<String, String> arguments = JSON.readValue(row.getString("arguments"), ARGUMENTS);
        return new StoredApproval(row.getString("id"), row.getString("action_name"), arguments,
                Platform.valueOf(row.getString("platform").toUpperCase(Locale.ROOT)), row.getString("workspace"),
                row.getString("channel"), row.getString("thread"),
                new User(row.getString("requester_id"), row.getString("requester_name")), row.getString("question"),
                row.getObject("proposed_at", OffsetDateTime.class).toInstant(),
                row.getObject("expires_at", OffsetDateTime.class).toInstant(),
                StoredApproval.State.valueOf(row.getString("state").toUpperCase(Locale.ROOT)),
                row.getString("decided_by"));
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static String name(StoredApproval.State state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
