package dev.cairn.knowledge.opensearch;

import java.net.URI;
import java.util.Objects;

/**
 * Where the OpenSearch cluster is and how to sign in: {@code url} like {@code http://opensearch:9200}, an optional
 * user name and password (basic authentication when the user name is set), and the prefix of Cairn's index names.
 */
public record OpenSearchSettings(String url, String username, String password, String indexPrefix) {
    public OpenSearchSettings {
        Objects.requireNonNull(url, "url");
        if (url.isBlank()) {
            throw new IllegalArgumentException("url must be set, e.g. http://localhost:9200");
        }
        URI parsed = URI.create(url.strip());
        if (parsed.getScheme() == null || parsed.getHost() == null
                || !(parsed.getScheme().equals("http") || parsed.getScheme().equals("https"))) {
            throw new IllegalArgumentException("url must be an http(s) address like http://localhost:9200, was " + url);
        }
        url = url.strip();
        username = Objects.requireNonNullElse(username, "");
        password = Objects.requireNonNullElse(password, "");
        Objects.requireNonNull(indexPrefix, "indexPrefix");
        if (!indexPrefix.matches("[a-z0-9][a-z0-9_-]*")) {
            throw new IllegalArgumentException("indexPrefix must be lower-case letters, digits, '-' or '_', was '"
                    + indexPrefix + "'");
        }
    }

    /** Settings for a cluster without authentication. */
    public static OpenSearchSettings of(String url, String indexPrefix) {
        return new OpenSearchSettings(url, "", "", indexPrefix);
    }

    @Override
    public String toString() {
        return "OpenSearchSettings[url=" + url + ", username=" + username + ", indexPrefix=" + indexPrefix + "]";
    }
}
