package dev.cairn.records.archfixture;

import org.springframework.jdbc.core.JdbcTemplate;

/** Deliberate violation for ModuleRulesBiteTest: the records module using Spring's JDBC support. */
public final class RecordsUsingSpring {
    JdbcTemplate jdbc;
}
