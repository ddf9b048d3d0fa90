package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.ToolCalls;
import dev.cairn.core.port.ToolResult;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SqlQueryToolTest {
    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    private Connection keeper;
    private SqlQueryTool tool;

    @BeforeEach
    void createDatabase() throws SQLException {
        keeper = DriverManager.getConnection(url);
        try (Statement st = keeper.createStatement()) {
            st.execute("CREATE TABLE services (id INT PRIMARY KEY, name VARCHAR(40), owner VARCHAR(40))");
            st.execute("INSERT INTO services VALUES (1, 'billing', 'ana'), (2, 'search', NULL), (3, 'auth', 'li')");
        }
        tool = new SqlQueryTool(url, null, null, 2, Duration.ofSeconds(5));
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        try (Statement st = keeper.createStatement()) {
            st.execute("SHUTDOWN");
        }
        keeper.close();
    }

    @Test
    void selectRendersHeaderAndRowsAsTable() {
        ToolResult result = run("SELECT id, name, owner FROM services WHERE id <= 2 ORDER BY id");

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).isEqualTo("""
                ID | NAME    | OWNER
                ---+---------+------
                1  | billing | ana
                2  | search  | NULL
                """);
    }

    @Test
    void withQueryWorksAfterLeadingComments() {
        ToolResult result = run("""
                -- owners first
                /* then names */ WITH owned AS (SELECT name FROM services WHERE owner IS NOT NULL)
                SELECT COUNT(*) AS n FROM owned;""");

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).startsWith("N\n").contains("\n2\n");
    }

    @Test
    void rowsBeyondTheLimitAreCutWithANote() {
        ToolResult result = run("SELECT name FROM services ORDER BY id");

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("billing", "search").doesNotContain("auth")
                .endsWith("(more rows not shown; the first 2 are listed)");
    }

    @Test
    void queryWithNoRowsSaysSo() {
        assertThat(run("SELECT name FROM services WHERE id = 99").content()).endsWith("(no rows)");
    }

    @Test
    void semicolonInsideStringLiteralIsOneStatement() {
        ToolResult result = run("SELECT ';' AS x");

        assertThat(result.ok()).isTrue();
        assertThat(result.content()).contains("\n;\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "INSERT INTO services VALUES (4, 'mail', 'bo')",
            "UPDATE services SET owner = 'eve'",
            "DELETE FROM services",
            "MERGE INTO services KEY (id) VALUES (1, 'x', 'y')",
            "DROP TABLE services",
            "CREATE TABLE evil (id INT)",
            "ALTER TABLE services ADD COLUMN x INT",
            "TRUNCATE TABLE services",
            "GRANT SELECT ON services TO PUBLIC",
            "SET MODE MySQL",
            "CALL 1",
            "SELECT 1; DROP TABLE services",
            "SELECT 1; -- fine\nDELETE FROM services",
            "SELECT * FROM FINAL TABLE (DELETE FROM services)",
            "WITH gone AS (DELETE FROM services RETURNING *) SELECT * FROM gone",
            "SELECT * INTO copy FROM services",
            "SELECT 'a\\'; DELETE FROM services; --'",
            "SELECT 1 /* never closed",
            "  -- only a comment"})
    void refusesAnythingButOneReadOnlyQueryAndLeavesDataAlone(String sql) throws SQLException {
        ToolResult result = run(sql);

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).isNotBlank();
        assertThat(countServices()).isEqualTo(3);
    }

    @Test
    void refusesFunctionThatWritesFilesEvenThoughItIsASelect(@TempDir Path dir) {
        Path target = dir.resolve("written.txt");

        ToolResult result = run("SELECT FILE_WRITE('x', '" + target + "')");

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("FILE_WRITE");
        assertThat(target).doesNotExist();
    }

    @Test
    void refusalNamesTheOffendingKeyword() {
        assertThat(run("WITH x AS (SELECT 1) DELETE FROM services").content()).contains("DELETE");
        assertThat(run("DROP TABLE services").content()).contains("SELECT or WITH").contains("DROP");
        assertThat(run("SELECT 1; SELECT 2").content()).contains("one statement");
    }

    @Test
    void malformedJsonArgumentsGiveFailedResult() {
        ToolResult result = tool.execute(ToolCalls.fromWeb("{\"sql\": \"SELECT 1\"", "U1", "C1", Set.of()));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("not valid JSON");
    }

    @Test
    void missingSqlArgumentGivesFailedResult() {
        ToolResult result = tool.execute(ToolCalls.fromWeb("{\"query\": \"SELECT 1\"}", "U1", "C1", Set.of()));

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).contains("'sql'");
    }

    @Test
    void databaseErrorGivesFailedResult() {
        ToolResult result = run("SELECT nope FROM services");

        assertThat(result.ok()).isFalse();
        assertThat(result.content()).startsWith("The query failed").contains("NOPE");
    }

    private ToolResult run(String sql) {
        String json = "{\"sql\": " + quote(sql) + "}";
        return tool.execute(ToolCalls.fromWeb(json, "U1", "C1", Set.of()));
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    private int countServices() throws SQLException {
        try (Statement st = keeper.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM services")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
