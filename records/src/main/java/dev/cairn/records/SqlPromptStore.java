package dev.cairn.records;

import dev.cairn.core.prompt.PromptStore;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.TemplateJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Saved prompt templates in the {@code prompt_templates} table of the records database, one JSON row per name, shared
 * by every replica on it; {@link #revision()} moves on every save by any of them (one cheap aggregate read), which
 * replicas poll to reload. A failed save throws {@link UncheckedIOException} (as the port says); a failed read
 * throws {@link IllegalStateException}, as does a row that is not a template.
 */
public final class SqlPromptStore implements PromptStore {
    private static final int ATTEMPTS = 5;
    private final RecordsDatabase database;
    private final Clock clock;

    public SqlPromptStore(RecordsDatabase database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    @Override
    public List<PromptTemplate> load() {
        List<PromptTemplate> templates = new ArrayList<>();
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT name, template FROM prompt_templates ORDER BY name");
             ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                templates.add(read(rows.getString(1), rows.getString(2)));
            }
        } catch (SQLException e) {
            throw failed("could not read the saved prompt templates", e);
        }
        return List.copyOf(templates);
    }

    /** Whether a template of this name was saved. */
    public boolean contains(String name) {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement("SELECT 1 FROM prompt_templates WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next();
            }
        } catch (SQLException e) {
            throw failed("could not read the saved prompt template " + name, e);
        }
    }

    /** Replaces the saved template of that name (its version + 1), or inserts it at version 1. */
    @Override
    public void save(PromptTemplate template) {
        String json = TemplateJson.write(template);
        for (int attempt = 1; ; attempt++) {
            try (Connection connection = database.connection()) {
                if (update(connection, template.name(), json) || insert(connection, template.name(), json)) {
                    return;
                }
            } catch (SQLException e) {
                throw notSaved(template, new IOException(e.getMessage(), e));
            }
            if (attempt == ATTEMPTS) {
                throw notSaved(template, new IOException("other saves of it kept interfering"));
            }
        }
    }

    @Override
    public long revision() {
        try (Connection connection = database.connection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT COALESCE(SUM(version), 0) FROM prompt_templates");
             ResultSet row = query.executeQuery()) {
            row.next();
            // every save adds 1: a new row at version 1, or one row's version + 1 (rows are never deleted)
            return row.getLong(1);
        } catch (SQLException e) {
            throw failed("could not read the revision of the saved prompt templates", e);
        }
    }

    private boolean update(Connection connection, String name, String json) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE prompt_templates SET template = ?, "
                + "version = version + 1, saved_at = ? WHERE name = ?")) {
            update.setString(1, json);
            update.setObject(2, clock.instant().atOffset(ZoneOffset.UTC));
            update.setString(3, name);
            return update.executeUpdate() == 1;
        }
    }

    /** False when another caller inserted it first: then the caller updates it. */
    private boolean insert(Connection connection, String name, String json) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO prompt_templates "
                + "(name, template, version, saved_at) VALUES (?, ?, 1, ?)")) {
            insert.setString(1, name);
            insert.setString(2, json);
            insert.setObject(3, clock.instant().atOffset(ZoneOffset.UTC));
            return Sql.insertUnlessThere(insert);
        }
    }

    private static UncheckedIOException notSaved(PromptTemplate template, IOException e) {
        return new UncheckedIOException("could not save the prompt template " + template.name()
                + " in the records database: " + e.getMessage(), e);
    }

    private static PromptTemplate read(String name, String json) {
        try {
            PromptTemplate template = TemplateJson.read(json);
            if (!template.name().equals(name)) {
                throw new IllegalArgumentException("it names the template '" + template.name() + "'");
            }
            return template;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the saved prompt template " + name + " cannot be read: "
                    + e.getMessage(), e);
        }
    }

    private static IllegalStateException failed(String what, SQLException e) {
        return new IllegalStateException(what + ": " + e.getMessage(), e);
    }
}
