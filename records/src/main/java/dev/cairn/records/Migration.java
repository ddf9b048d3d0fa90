package dev.cairn.records;

import java.util.List;

/**
 * One step of the records schema, applied once and remembered in {@code schema_version}.
 *
 * @param version     position in the order of migrations, from 1, never reused
 * @param description what the step does, kept in {@code schema_version}
 * @param statements  the SQL it runs, in order
 */
public record Migration(int version, String description, List<String> statements) {
    public Migration {
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more, was " + version);
        }
        if (description == null || description.isBlank()) {
            throw new IllegalArgumentException("description must not be blank");
        }
        statements = List.copyOf(statements);
    }
}
