package dev.cairn.tools;

import dev.cairn.core.port.Tool;
import dev.cairn.core.port.ToolCall;
import dev.cairn.core.port.ToolResult;
import dev.cairn.tools.ToolArguments.InvalidToolArguments;
import dev.cairn.tools.sql.ReadOnlyQueryGuard;
import dev.cairn.tools.sql.TextTable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code sql_query} tool: runs one read-only SELECT or WITH query against a configured JDBC data source and
 * returns the rows as a small text table; refused SQL, bad arguments and database errors come back as failed
 * results.
 */
public final class SqlQueryTool implements Tool {
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final int maxRows;
    private final Duration timeout;

    /** @param user and {@code password} may be null when the URL carries them or none are needed */
    public SqlQueryTool(String jdbcUrl, String user, String password, int maxRows, Duration timeout) {
        this.jdbcUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        this.user = user;
        this.password = password;
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
        }
        this.maxRows = maxRows;
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "sql_query";
    }

    @Override
    public String description() {
        return "Runs one read-only SQL query (SELECT or WITH) against the configured database and returns at most "
                + maxRows + " rows as a table. Statements that change data or schema are refused.";
    }

    @Override
    public String parametersSchema() {
        return """
                {"type":"object","properties":{"sql":{"type":"string","description":"One SELECT or WITH query"}},\
                "required":["sql"],"additionalProperties":false}""";
    }

    @Override
    public ToolResult execute(ToolCall call) {
        String sql;
        try {
            sql = ToolArguments.parse(call.arguments()).requiredString("sql");
        } catch (InvalidToolArguments e) {
            return ToolResult.failed(e.getMessage());
        }
        Optional<String> refusal = ReadOnlyQueryGuard.refusal(sql);
        if (refusal.isPresent()) {
            return ToolResult.failed(refusal.get());
        }
        try {
            return ToolResult.ok(query(sql));
        } catch (SQLException e) {
            return ToolResult.failed("The query failed: " + e.getMessage());
        } catch (RuntimeException e) {
            return ToolResult.failed("The query failed: " + e);
        }
    }

    // The guard decides what may run; read-only, rollback, time and row limits hold even if it were fooled.
    private String query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, user, password)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.setQueryTimeout((int) Math.max(1, Math.ceil(timeout.toMillis() / 1000.0)));
                statement.setMaxRows(maxRows + 1);
                try (ResultSet rows = statement.executeQuery(sql)) {
                    return render(rows);
                }
            } finally {
                connection.rollback();
            }
        }
    }

    private String render(ResultSet rows) throws SQLException {
        ResultSetMetaData meta = rows.getMetaData();
        List<String> header = new ArrayList<>();
        for (int col = 1; col <= meta.getColumnCount(); col++) {
            header.add(meta.getColumnLabel(col));
        }
        List<List<String>> shown = new ArrayList<>();
        boolean truncated = false;
        while (rows.next()) {
            if (shown.size() == maxRows) {
                truncated = true; // setMaxRows(maxRows + 1) fetched one row past the limit: how many more is unknown
                break;
            }
            List<String> row = new ArrayList<>();
            for (int col = 1; col <= header.size(); col++) {
                row.add(rows.getString(col));
            }
            shown.add(row);
        }
        String table = TextTable.render(header, shown);
        if (shown.isEmpty()) {
            return table + "(no rows)";
        }
        return truncated ? table + "(more rows not shown; the first " + maxRows + " are listed)" : table;
    }
}
