package dev.cairn.app.knowledge;

import dev.cairn.app.CairnProperties;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
import dev.cairn.knowledge.opensearch.OpenSearchPassageStore;
import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The passage store chosen by {@code cairn.knowledge.store}; startup stops when it cannot be opened or reached. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({KnowledgeStoreProperties.class, OpenSearchProperties.class,
        AbandonedVectorsProperties.class})
public class KnowledgeStoreConfiguration {

    @Bean(destroyMethod = "close")
    PassageStore passageStore(KnowledgeStoreProperties store, OpenSearchProperties openSearch,
                              CairnProperties properties) {
        return KnowledgeStores.open(store, openSearch, properties.dataDir(),
                SearchTuning.DEFAULT.withContextWeight(properties.knowledge().retrieval().contextWeight()));
    }

    /** On OpenSearch, retired and abandoned document versions are deleted for good by a periodic sweep. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "cairn.knowledge.store", havingValue = KnowledgeStoreProperties.OPENSEARCH)
    HiddenVersionsSweep hiddenVersionsSweep(PassageStore passageStore) {
        if (!(passageStore instanceof OpenSearchPassageStore openSearch)) {
            throw new IllegalStateException("cairn.knowledge.store is opensearch but the passage store is "
                    + passageStore.getClass().getSimpleName());
        }
        return new HiddenVersionsSweep(openSearch, Clock.systemUTC()).start();
    }
}
