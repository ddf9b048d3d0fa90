package dev.cairn.core;

/** The messenger or surface a message came from; it decides the default knowledge scope. */
public enum Platform {
    WEB, SLACK, DISCORD;

    /** Lower-case name used in scopes and logs, e.g. {@code slack}. */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
