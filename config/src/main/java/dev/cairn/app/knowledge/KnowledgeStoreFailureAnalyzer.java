package dev.cairn.app.knowledge;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a knowledge store that cannot be reached at startup into a report naming the setting and the address. */
public final class KnowledgeStoreFailureAnalyzer extends AbstractFailureAnalyzer<KnowledgeStoreUnavailableException> {
    @Override
    protected FailureAnalysis analyze(Throwable root, KnowledgeStoreUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(), "Start OpenSearch, or correct cairn.opensearch.url, "
                + "cairn.opensearch.username and cairn.opensearch.password (CAIRN_OPENSEARCH_URL, "
                + "CAIRN_OPENSEARCH_PASSWORD); or set cairn.knowledge.store=lucene for the embedded index under "
                + "cairn.data-dir.", cause);
    }
}
