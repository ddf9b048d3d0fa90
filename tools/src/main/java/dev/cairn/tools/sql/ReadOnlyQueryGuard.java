package dev.cairn.tools.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether SQL text is exactly one read-only query (it starts with SELECT or WITH and names no data-changing
 * keyword); {@link #refusal} gives the reason for the model when it is not. Internal to the tools module.
 */
public final class ReadOnlyQueryGuard {
    private static final Set<String> CHANGING = Set.of(
            "INSERT", "UPDATE", "DELETE", "MERGE", "UPSERT", "INTO", "CREATE", "ALTER", "DROP", "TRUNCATE",
            "RENAME", "GRANT", "REVOKE", "CALL", "EXEC", "EXECUTE", "COPY", "LOCK");
    // Functions that touch files, other servers or other sessions from inside a SELECT. A read-only connection does
    // not stop all of them (H2 runs FILE_WRITE on one), and no list is complete: the account must be read-only too.
    private static final Set<String> SIDE_EFFECT_FUNCTIONS = Set.of(
            "FILE_WRITE", "FILE_READ", "CSVWRITE", "CSVREAD", "LINK_SCHEMA",
            "PG_READ_FILE", "PG_READ_BINARY_FILE", "PG_LS_DIR", "LO_IMPORT", "LO_EXPORT", "DBLINK", "DBLINK_EXEC",
            "SET_CONFIG", "PG_TERMINATE_BACKEND", "PG_CANCEL_BACKEND", "LOAD_FILE", "OPENROWSET", "OPENDATASOURCE",
            "XP_CMDSHELL", "LOAD_EXTENSION", "READFILE", "WRITEFILE");

    private ReadOnlyQueryGuard() {
    }

    /** Empty when the SQL may run; otherwise why it may not. */
    public static Optional<String> refusal(String sql) {
        // Dialects disagree on whether a backslash escapes a quote inside a string literal; SQL that reads the same
        // either way is the only SQL we can be sure we understood, so both readings must pass.
        Optional<String> standard = refusal(tokens(sql, false));
        return standard.isPresent() ? standard : refusal(tokens(sql, true));
    }

    private static Optional<String> refusal(List<String> tokens) {
        if (tokens == null) {
            return Optional.of("The SQL has an unterminated string, quoted name or comment.");
        }
        if (tokens.isEmpty()) {
            return Optional.of("The SQL is empty; send one SELECT or WITH query.");
        }
        int semicolon = tokens.indexOf(";");
        if (semicolon >= 0 && tokens.subList(semicolon, tokens.size()).stream().anyMatch(t -> !t.equals(";"))) {
            return Optional.of("Only one statement is allowed; remove everything after the ';'.");
        }
        String first = tokens.get(0);
        if (!first.equals("SELECT") && !first.equals("WITH")) {
            return Optional.of("Only read-only queries are allowed: the SQL must start with SELECT or WITH, not "
                    + first + ".");
        }
        Optional<String> changing = tokens.stream().filter(CHANGING::contains).findFirst()
                .map(word -> "Only read-only queries are allowed: this query contains " + word
                        + ", which can change data.");
        return changing.isPresent() ? changing : tokens.stream().filter(SIDE_EFFECT_FUNCTIONS::contains).findFirst()
                .map(word -> "The function " + word + " is not allowed: it reaches files or systems outside the"
                        + " query.");
    }

    /**
     * The upper-cased words and the semicolons of the SQL outside string literals, quoted names and comments, or
     * null when one of those is not closed. Block comments are read as not nesting: where a database nests them,
     * its comment ends no earlier than ours, so it never runs text we skipped.
     */
    static List<String> tokens(String sql, boolean backslashEscapes) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                if (end < 0) {
                    return null;
                }
                i = end + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                i = skipQuoted(sql, i, c, backslashEscapes && c == '\'');
                if (i < 0) {
                    return null;
                }
            } else if (c == ';') {
                tokens.add(";");
                i++;
            } else if (isWordChar(c)) {
                int start = i;
                while (i < n && isWordChar(sql.charAt(i))) {
                    i++;
                }
                tokens.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else {
                i++;
            }
        }
        return tokens;
    }

    /** The index just after the closing quote (a doubled quote stays inside), or -1 when it never closes. */
    private static int skipQuoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return -1;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
