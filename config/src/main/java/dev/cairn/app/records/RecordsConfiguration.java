package dev.cairn.app.records;

import dev.cairn.app.CairnProperties;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the answer records: the database under the data directory, the recorder and the figures (the endpoint, {@link StatsController}, is found by component scanning). */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {

    @Bean(destroyMethod = "close")
    RecordsDatabase recordsDatabase(CairnProperties properties) {
        return RecordsDatabase.open(properties.dataDir());
    }

    @Bean
    AnswerRecords answerRecords(RecordsDatabase recordsDatabase) {
        return new AnswerRecords(recordsDatabase, Clock.systemUTC());
    }

    @Bean
    PromptStats promptStats(RecordsDatabase recordsDatabase) {
        return new PromptStats(recordsDatabase, Clock.systemUTC());
    }
}
