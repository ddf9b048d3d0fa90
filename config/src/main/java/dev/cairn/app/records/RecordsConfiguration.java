package dev.cairn.app.records;

import dev.cairn.app.CairnProperties;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.ApprovalStore;
import dev.cairn.core.port.AskerHistory;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.records.AnswerRecords;
import dev.cairn.records.PromptStats;
import dev.cairn.records.RecordsDatabase;
import dev.cairn.records.SqlApprovalStore;
import dev.cairn.records.SqlAskerHistory;
import dev.cairn.records.SqlFeedbackLog;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the answer records: the database under the data directory, the recorder, the votes, the figures, the
 * pending runbook approvals and what Cairn knows of each asker.
 */
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
}
