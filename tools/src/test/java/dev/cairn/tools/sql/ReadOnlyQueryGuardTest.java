package dev.cairn.tools.sql;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReadOnlyQueryGuardTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT 1", "select 1;", "SELECT 1;  \n -- done", "  /* why */ WITH a AS (SELECT 1) SELECT * FROM a",
            "SELECT 'DROP TABLE t; DELETE' AS words", "SELECT \"update\" FROM t", "SELECT 'it''s; fine'",
            "SELECT updated_at, deleted FROM t", "(SELECT 1) UNION (SELECT 2)"})
    void acceptsOneReadOnlyQuery(String sql) {
        assertThat(ReadOnlyQueryGuard.refusal(sql)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // Standard SQL reads one string; MySQL-style backslash escapes read a DELETE after it.
            "SELECT 'x\\'' ; DELETE FROM t -- '",
            // Backslash escapes read one string; standard SQL reads a DELETE after it.
            "SELECT 'x\\' ; DELETE FROM t -- '",
            "SELECT 1 /* a */ ; /* b */ SELECT 2",
            "SELECT * FROM t FOR UPDATE",
            "EXPLAIN SELECT 1", "VALUES (1)", "", "   "})
    void refusesWhatIsNotCertainlyOneReadOnlyQuery(String sql) {
        assertThat(ReadOnlyQueryGuard.refusal(sql)).isPresent();
    }
}
