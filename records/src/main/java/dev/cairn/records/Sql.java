package dev.cairn.records;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Set;

/** What the SQL states of H2 and PostgreSQL say about a failed statement. */
final class Sql {
    /** Unique violation: the row is already there (the same code in H2 and PostgreSQL). */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * A concurrent writer got there first: unique violation, serialization failure ({@code 40001}), deadlock
     * ({@code 40P01}, PostgreSQL), or H2's concurrent update ({@code 90131}) and lock timeout ({@code HYT00}).
     */
    private static final Set<String> LOST_RACE = Set.of(UNIQUE_VIOLATION, "40001", "40P01", "90131", "HYT00");

    private Sql() {
    }

    /**
     * Runs an INSERT that a concurrent writer may have beaten: true when it inserted the row, false when the row is
     * already there (unique violation); any other failure is thrown.
     */
    static boolean insertUnlessThere(PreparedStatement insert) throws SQLException {
        try {
            insert.executeUpdate();
            return true;
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    /** True when the statement lost to a concurrent one and may be tried again. */
    static boolean lostRace(SQLException e) {
        return e.getSQLState() != null && LOST_RACE.contains(e.getSQLState());
    }
}
