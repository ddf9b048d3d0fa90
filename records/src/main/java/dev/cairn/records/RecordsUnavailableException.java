package dev.cairn.records;

/** The records database could not be reached when it was opened; the message names the address, never a password. */
public final class RecordsUnavailableException extends RuntimeException {
    private final transient DatabaseAddress address;

    RecordsUnavailableException(DatabaseAddress address, String reason, Throwable cause) {
        super("cannot reach the records database at " + address.shownUrl()
                + (address.username().isEmpty() ? "" : " as user '" + address.username() + "'") + ": " + reason, cause);
        this.address = address;
    }

    /** Where the database was looked for. */
    public DatabaseAddress address() {
        return address;
    }
}
