package dev.cairn.app;

import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.FileIntake;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.answer.Answerer;
import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.memory.CaffeineConversationMemory;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.app.feedback.JsonLinesFeedbackLog;
import dev.cairn.core.port.FeedbackLog;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.KnowledgeIngestion;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.chunk.ParagraphChunker;
import dev.cairn.knowledge.index.PassageIndex;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashSet;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core, the knowledge base and the pipeline from {@link CairnProperties}. */
@Configuration(proxyBeanMethods = false)
public class CairnConfiguration {

    @Bean(destroyMethod = "close")
    PassageIndex passageIndex(CairnProperties properties) throws IOException {
        Path dir = properties.dataDir().resolve("index");
        Files.createDirectories(dir);
        return new PassageIndex(dir, properties.knowledge().retrieval().contextWeight());
    }

    @Bean
    KnowledgeBase knowledgeBase(PassageIndex index) {
        return new LuceneKnowledgeBase(index);
    }

    @Bean
    KnowledgeIngestion knowledgeIngestion(PassageIndex index, CairnProperties properties) {
        CairnProperties.Chunking chunking = properties.knowledge().chunking();
        return new Ingestor(index, new TikaDocumentParser(),
                new ParagraphChunker(chunking.maxChars(), chunking.overlapChars()),
                properties.knowledge().maxFileBytes().toBytes(), Clock.systemUTC());
    }

    @Bean
    FeedbackLog feedbackLog(CairnProperties properties) {
        return new JsonLinesFeedbackLog(properties.dataDir().resolve("feedback.jsonl"));
    }

    @Bean
    ConversationMemory conversationMemory(CairnProperties properties) {
        CairnProperties.Memory memory = properties.memory();
        return new CaffeineConversationMemory(memory.maxTurns(), memory.ttl(), memory.maxConversations());
    }

    @Bean
    ScopePolicy scopePolicy(CairnProperties properties) {
        return new ScopePolicy(new HashSet<>(properties.knowledge().sharedCollections()));
    }

    @Bean
    FileIntake fileIntake(KnowledgeIngestion ingestion, ScopePolicy scopes) {
        return new FileIntake(ingestion, scopes);
    }

    /** Extractive answers, unless another configuration (a language model) provides an answerer. */
    @Bean
    @ConditionalOnMissingBean(Answerer.class)
    Answerer extractiveAnswerer() {
        return new ExtractiveAnswerer();
    }

    @Bean
    Dispatcher dispatcher(ConversationMemory memory, KnowledgeBase knowledge, ScopePolicy scopes,
                          FileIntake files, Answerer answerer, CairnProperties properties) {
        CairnProperties.Retrieval retrieval = properties.knowledge().retrieval();
        return new Dispatcher(new BuiltInCommands(memory), files,
                Pipelines.standard(memory, knowledge, scopes, answerer, retrieval.topK(),
                        retrieval.minScore(), Clock.systemUTC()));
    }
}
