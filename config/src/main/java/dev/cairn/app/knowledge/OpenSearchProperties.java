package dev.cairn.app.knowledge;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The OpenSearch cluster used when {@code cairn.knowledge.store} is {@code opensearch}, under
 * {@code cairn.opensearch}. The password is never logged.
 *
 * @param url         the cluster's HTTP address, e.g. {@code http://opensearch:9200} ({@code CAIRN_OPENSEARCH_URL})
 * @param username    basic-authentication user; empty for none
 * @param password    its password ({@code CAIRN_OPENSEARCH_PASSWORD})
 * @param indexPrefix prefix of Cairn's index names ({@code <prefix>-passages}, {@code <prefix>-state})
 */
@ConfigurationProperties("cairn.opensearch")
public record OpenSearchProperties(@DefaultValue("") String url,
                                   @DefaultValue("") String username,
                                   @DefaultValue("") String password,
                                   @DefaultValue("cairn") String indexPrefix) {
    @Override
    public String toString() {
        return "OpenSearchProperties[url=" + url + ", username=" + username + ", indexPrefix=" + indexPrefix + "]";
    }
}
