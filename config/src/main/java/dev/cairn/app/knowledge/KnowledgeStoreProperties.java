package dev.cairn.app.knowledge;

import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where knowledge is kept, {@code cairn.knowledge.store}: {@code lucene} (the default, an index under the data
 * directory) or {@code opensearch} (shared by every replica, see {@link OpenSearchProperties}); any other value stops
 * startup with a message naming the setting.
 */
@ConfigurationProperties("cairn.knowledge")
public record KnowledgeStoreProperties(@DefaultValue("lucene") String store) {
    public static final String LUCENE = "lucene";
    public static final String OPENSEARCH = "opensearch";

    public KnowledgeStoreProperties {
        store = store.strip().toLowerCase(Locale.ROOT);
        if (!store.equals(LUCENE) && !store.equals(OPENSEARCH)) {
            throw new IllegalArgumentException("cairn.knowledge.store must be lucene or opensearch, was '" + store + "'");
        }
    }
}
