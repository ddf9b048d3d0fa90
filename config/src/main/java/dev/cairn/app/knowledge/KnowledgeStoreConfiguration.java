package dev.cairn.app.knowledge;

import dev.cairn.app.CairnProperties;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.SearchTuning;
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
}
