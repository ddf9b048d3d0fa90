package dev.cairn.app;

import dev.cairn.app.knowledge.AbandonedVectorsProperties;
import dev.cairn.app.knowledge.AbandonedVectorsSweep;
import dev.cairn.app.knowledge.KnowledgeStoreProperties;
import dev.cairn.app.observe.CairnMetrics;
import dev.cairn.app.observe.KnowledgeHealth;
import dev.cairn.app.observe.MeteredIngestion;
import dev.cairn.core.Admins;
import dev.cairn.core.BuiltInCommands;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.FileIntake;
import dev.cairn.core.QuestionRateLimit;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.answer.Answerer;
import dev.cairn.core.answer.ExtractiveAnswerer;
import dev.cairn.core.answer.GenerativeAnswerer;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.memory.ConversationMemory;
import dev.cairn.core.pipeline.Pipelines;
import dev.cairn.core.port.AnswerStats;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.KnowledgeIngestion;
import dev.cairn.core.port.ReplyListener;
import dev.cairn.core.port.TermTranslator;
import dev.cairn.core.prompt.PromptRenderer;
import dev.cairn.knowledge.Ingestor;
import dev.cairn.knowledge.LuceneKnowledgeBase;
import dev.cairn.knowledge.VectorBackfill;
import dev.cairn.knowledge.chunk.Chunkers;
import dev.cairn.knowledge.crosslingual.BilingualDictionary;
import dev.cairn.knowledge.crosslingual.DictionaryTermTranslator;
import dev.cairn.knowledge.embed.EmbeddingModels;
import dev.cairn.knowledge.embed.EmbeddingRouter;
import dev.cairn.knowledge.index.PassageStore;
import dev.cairn.knowledge.index.RetrievalMode;
import dev.cairn.knowledge.parse.TikaDocumentParser;
import dev.cairn.model.openai.OpenAiCompatibleModel;
import dev.cairn.model.openai.OpenAiSettings;
import dev.cairn.records.AnswerRecords;
import dev.cairn.tools.ToolRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.HashSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the core, the knowledge base and the pipeline from {@link CairnProperties}. */
@Configuration(proxyBeanMethods = false)
public class CairnConfiguration {
    private static final Logger log = LoggerFactory.getLogger(CairnConfiguration.class);

    /** Runs the embedding models; one thread per core, daemon so it never holds the process up. */
    @Bean(destroyMethod = "shutdownNow")
    ExecutorService embeddingExecutor() {
        AtomicInteger count = new AtomicInteger();
        return Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), r -> {
            Thread t = new Thread(r, "cairn-embed-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Bean
    EmbeddingRouter embeddingRouter(CairnProperties properties, ExecutorService embeddingExecutor) {
        RetrievalMode mode = RetrievalMode.parse(properties.knowledge().retrieval().mode());
        String model = properties.knowledge().embeddings().model();
        if (mode != RetrievalMode.BM25 && model.equalsIgnoreCase(EmbeddingModels.NONE)) {
            throw new IllegalArgumentException("cairn.knowledge.retrieval.mode " + mode.id()
                    + " needs an embedding model; set cairn.knowledge.embeddings.model or use mode bm25");
        }
        return EmbeddingModels.forName(model, properties.dataDir().resolve("cache"), embeddingExecutor);
    }

    @Bean
    KnowledgeBase knowledgeBase(PassageStore index, EmbeddingRouter embeddings, CairnProperties properties) {
        return new LuceneKnowledgeBase(index, RetrievalMode.parse(properties.knowledge().retrieval().mode()),
                embeddings);
    }

    /** Embeds freshly indexed files after their keyword commit; closed before the index it writes to. */
    @Bean(destroyMethod = "close")
    BackgroundWork vectorWork(PassageStore index) {
        return new BackgroundWork("cairn-vectors", 10_000);
    }

    @Bean
    KnowledgeIngestion knowledgeIngestion(PassageStore index, EmbeddingRouter embeddings, BackgroundWork vectorWork,
                                          CairnProperties properties, CairnMetrics metrics) {
        CairnProperties.Chunking chunking = properties.knowledge().chunking();
        return new MeteredIngestion(new Ingestor(index,
                new TikaDocumentParser(TikaDocumentParser.DEFAULT_MAX_CHARS, properties.knowledge().parseTimeout()),
                Chunkers.forName(chunking.strategy(), chunking.maxChars(), chunking.overlapChars()),
                properties.knowledge().maxFileBytes().toBytes(), Clock.systemUTC(), embeddings,
                properties.knowledge().embeddings().inBackground() ? vectorWork : Runnable::run), metrics);
    }

    @Bean
    CairnMetrics cairnMetrics(MeterRegistry registry, PassageStore index) {
        Gauge.builder("cairn.index.passages", index, PassageStore::passageTotal)
                .description("passages in the knowledge index").register(registry);
        return new CairnMetrics(registry);
    }

    /** Readiness includes a readable knowledge index whose last write succeeded. */
    @Bean
    KnowledgeHealth knowledgeHealthIndicator(KnowledgeBase knowledge, PassageStore index) {
        return new KnowledgeHealth(knowledge, index.writeHealth());
    }

    /** At startup, gives passages left without vectors by an earlier stop their vectors, in the background. */
    @Bean
    VectorBackfill vectorBackfill(PassageStore index, EmbeddingRouter embeddings, BackgroundWork vectorWork) {
        VectorBackfill backfill = new VectorBackfill(index, embeddings);
        vectorWork.execute(() -> {
            try {
                int filled = backfill.fillAll(vectorWork::stopping);
                if (filled > 0) {
                    log.info("gave the passages of {} documents their vectors", filled);
                }
            } catch (KnowledgeException e) {
                log.error("the knowledge index failed while filling in vectors; passages without vectors stay "
                        + "keyword-only", e);
            } catch (RuntimeException e) {
                log.warn("passages without vectors stay keyword-only: {}", e.getMessage());
            }
        });
        return backfill;
    }

    /** On a store replicas share, another replica's abandoned embedding is finished by a periodic sweep. */
    @Bean(destroyMethod = "close")
    @ConditionalOnProperty(name = "cairn.knowledge.store", havingValue = KnowledgeStoreProperties.OPENSEARCH)
    AbandonedVectorsSweep abandonedVectorsSweep(VectorBackfill vectorBackfill, AbandonedVectorsProperties sweep) {
        return new AbandonedVectorsSweep(vectorBackfill, sweep.abandonedAfter(), Clock.systemUTC()).start();
    }

    @Bean
    ScopePolicy scopePolicy(CairnProperties properties) {
        return new ScopePolicy(new HashSet<>(properties.knowledge().sharedCollections()));
    }

    @Bean
    FileIntake fileIntake(KnowledgeIngestion ingestion, ScopePolicy scopes) {
        return new FileIntake(ingestion, scopes);
    }

    /** Generated answers when a language model is configured (extractive when it fails), else extractive ones. */
    @Bean
    @ConditionalOnMissingBean(Answerer.class)
    Answerer answerer(CairnProperties properties, ToolRegistry tools, ScopePolicy scopes, Voice voice,
                      TermTranslator translator) {
        CairnProperties.Llm llm = properties.llm();
        if (!llm.configured()) {
            return new ExtractiveAnswerer(translator);
        }
        OpenAiSettings settings = new OpenAiSettings(llm.baseUrl(), llm.apiKey(), llm.model(), llm.temperature(),
                llm.maxOutputTokens(), llm.timeout(), llm.maxRetries());
        log.info("answers are generated by {} at {}", llm.model(), llm.baseUrl());
        return new GenerativeAnswerer(new OpenAiCompatibleModel(settings), new ExtractiveAnswerer(translator),
                tools.all(), llm.maxToolSteps(), scopes, voice);
    }

    /** Question words in the other script (CC-CEDICT, read on first use), for extractive answers across languages. */
    @Bean
    TermTranslator termTranslator() {
        return new DictionaryTermTranslator(BilingualDictionary::shipped);
    }

    /** Cairn's own words, in the asker's language; {@code cairn.language} when nothing else decides. */
    @Bean
    Voice voice(CairnProperties properties) {
        return new Voice(Messages.bundled(), properties.spokenLanguage());
    }

    @Bean
    Dispatcher dispatcher(ConversationMemory memory, KnowledgeBase knowledge, ScopePolicy scopes,
                          FileIntake files, Answerer answerer, CairnProperties properties, CairnMetrics metrics,
                          AnswerRecords answerRecords, PromptRenderer prompts, AnswerStats answerStats, Voice voice) {
        CairnProperties.Retrieval retrieval = properties.knowledge().retrieval();
        return new Dispatcher(new BuiltInCommands(memory, Admins.of(properties.admins()), answerStats, voice), files,
                Pipelines.standard(memory, knowledge, scopes, prompts, answerer, retrieval.topK(),
                        retrieval.minScore(), Clock.systemUTC()), ReplyListener.all(metrics, answerRecords),
                new QuestionRateLimit(properties.limits().questionsPerMinute(), Clock.systemUTC()), voice);
    }
}
