package dev.cairn.app.records;

import dev.cairn.app.CairnProperties;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.HandledEvents;
import dev.cairn.records.AnswerRecords;
import dev.cairn.records.DatabaseAddress;
import dev.cairn.records.PromptStats;
import dev.cairn.records.RecordsDatabase;
import dev.cairn.records.SqlApprovalStore;
import dev.cairn.records.SqlAskerHistory;
import dev.cairn.records.SqlConversationMemory;
import dev.cairn.records.SqlFeedbackLog;
import dev.cairn.records.SqlHandledEvents;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the answer records: the database (embedded H2 under the data directory, or {@code cairn.database.url}), its
 * readiness check, the recorder, the votes, the figures, the pending runbook approvals and what Cairn knows of each
 * asker; and the state replicas on one database share: conversations (with a Caffeine near cache) and the Slack
 * events already handled. The embedded H2 database is used for them too, so one code path serves one process and
 * many, and conversations survive a restart.
 */
@Configuration(proxyBeanMethods = false)
public class RecordsConfiguration {
    private static final Logger log = LoggerFactory.getLogger(RecordsConfiguration.class);

    /** Opens and migrates the records database; one that cannot be reached stops startup (RecordsFailureAnalyzer). */
    @Bean(destroyMethod = "close")
    RecordsDatabase recordsDatabase(CairnProperties properties) {
        CairnProperties.Database settings = properties.database();
        if (settings.embedded()) {
            RecordsDatabase database = RecordsDatabase.open(properties.dataDir());
            log.info("records database: embedded H2 under {}", properties.dataDir().resolve("records"));
            return database;
        }
        DatabaseAddress address = new DatabaseAddress(settings.url(), settings.username(), settings.password());
        RecordsDatabase database = RecordsDatabase.open(address);
        log.info("records database: {} as user '{}'", address.shownUrl(), address.username());
        return database;
    }

    @Bean
    RecordsHealth recordsHealthIndicator(RecordsDatabase recordsDatabase) {
        return new RecordsHealth(recordsDatabase);
    }

    @Bean
    AnswerRecords answerRecords(RecordsDatabase recordsDatabase) {
        return new AnswerRecords(recordsDatabase, Clock.systemUTC());
    }

    @Bean
    FeedbackLog feedbackLog(RecordsDatabase recordsDatabase) {
        return new SqlFeedbackLog(recordsDatabase);
    }

    @Bean
    AnswerStats answerStats(RecordsDatabase recordsDatabase) {
        return new PromptStats(recordsDatabase, Clock.systemUTC());
    }

    @Bean
    ApprovalStore approvalStore(RecordsDatabase recordsDatabase) {
        return new SqlApprovalStore(recordsDatabase);
    }

    @Bean
    AskerHistory askerHistory(RecordsDatabase recordsDatabase) {
        return new SqlAskerHistory(recordsDatabase);
    }

    @Bean
    ConversationMemory conversationMemory(RecordsDatabase recordsDatabase, CairnProperties properties) {
        CairnProperties.Memory memory = properties.memory();
        return new SqlConversationMemory(recordsDatabase, memory.maxTurns(), memory.ttl(), memory.maxConversations(),
                Clock.systemUTC());
    }

    /** Slack retries an event for up to about an hour; its id is kept that long. */
    @Bean
    HandledEvents handledEvents(RecordsDatabase recordsDatabase) {
        return new SqlHandledEvents(recordsDatabase, Duration.ofHours(1), Clock.systemUTC());
    }
}
