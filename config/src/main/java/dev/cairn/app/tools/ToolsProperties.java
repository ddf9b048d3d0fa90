package dev.cairn.app.tools;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The tools a language model may call, under {@code cairn.tools}; each is off unless enabled, except knowledge search.
 * Invalid settings stop startup naming the setting.
 */
@ConfigurationProperties("cairn.tools")
public record ToolsProperties(@DefaultValue KnowledgeSearch knowledgeSearch,
                              @DefaultValue Http http,
                              @DefaultValue Sql sql) {

    /** {@code knowledge_search}: the model searches the asker's visible knowledge again. */
    public record KnowledgeSearch(@DefaultValue("true") boolean enabled) {
    }

    /**
     * {@code http_request}: GET/POST to allowed hosts only.
     *
     * @param allowedHosts      host names ({@code *.example.com} allows subdomains)
     * @param allowPrivateHosts allowed hosts that may resolve to private or loopback addresses (internal services)
     */
    public record Http(@DefaultValue("false") boolean enabled,
                       @DefaultValue List<String> allowedHosts,
                       @DefaultValue List<String> allowPrivateHosts) {
        public Http {
            if (enabled && allowedHosts.isEmpty()) {
                throw new IllegalArgumentException("cairn.tools.http.allowed-hosts must list at least one host when "
                        + "cairn.tools.http.enabled is true");
            }
        }
    }

    /**
     * {@code sql_query}: single read-only SELECT/WITH statements on one JDBC data source. Give it an account that
     * can only read.
     */
    public record Sql(@DefaultValue("false") boolean enabled,
                      @DefaultValue("") String url,
                      @DefaultValue("") String user,
                      @DefaultValue("") String password,
                      @DefaultValue("100") int maxRows,
                      @DefaultValue("10s") Duration timeout) {
        public Sql {
            if (enabled && url.isBlank()) {
                throw new IllegalArgumentException("cairn.tools.sql.url must be set when cairn.tools.sql.enabled is true");
            }
        }

        @Override
        public String toString() {
            return "Sql[enabled=" + enabled + ", url=" + url + ", user=" + user + ", password=(hidden)]";
        }
    }
}
