package dev.cairn.app.records;

import dev.cairn.records.RecordsUnavailableException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a records database that cannot be reached at startup into a report naming the setting and the address. */
public final class RecordsFailureAnalyzer extends AbstractFailureAnalyzer<RecordsUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, RecordsUnavailableException cause) {
        return new FailureAnalysis("cairn.database.url: " + cause.getMessage(), "Start the database, or correct "
                + "cairn.database.url, cairn.database.username and cairn.database.password (CAIRN_DATABASE_URL, "
                + "CAIRN_DATABASE_USERNAME, CAIRN_DATABASE_PASSWORD); leave cairn.database.url empty for the embedded "
                + "H2 database under cairn.data-dir.", cause);
    }
}
