package dev.cairn.app;

import dev.cairn.core.Admins;
import dev.cairn.core.i18n.Language;
import dev.cairn.web.ApiKeys;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Every setting of Cairn, under the prefix {@code cairn}; invalid values stop startup with a message naming the
 * setting.
 *
 * @param dataDir   where the index and state live
 * @param knowledge parsing, chunking and retrieval
 * @param memory    conversation memory
 * @param web       the HTTP API and page
 * @param llm       the language model; none (extractive answers) unless {@code base-url} is set
 * @param admins    who may run {@code stats}: user ids ({@code U123}) or platform-qualified ones
 *                  ({@code slack:U123}, {@code discord:456}, {@code web:alice})
 * @param limits    per-user limits
 * @param database  the records database: the embedded H2 under the data directory unless {@code url} is set
 */
@ConfigurationProperties("cairn")
public record CairnProperties(@DefaultValue("./data") Path dataDir,
                              @DefaultValue Knowledge knowledge,
                              @DefaultValue Memory memory,
                              @DefaultValue Web web,
                              @DefaultValue Llm llm,
                              @DefaultValue List<String> admins,
                              @DefaultValue Limits limits,
                              @DefaultValue Database database,
                              @DefaultValue("en") String language) {
    public CairnProperties {
        language = language == null || language.isBlank() ? Language.ENGLISH.tag() : language.strip();
        try {
            Language.parse(language);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cairn.language: " + e.getMessage(), e);
        }
        try {
            Admins.of(admins);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("cairn.admins: " + e.getMessage(), e);
        }
        admins = admins.stream().filter(entry -> entry != null && !entry.isBlank()).map(String::strip).toList();
    }

    /** The language of Cairn's own texts when neither a question's letters nor the person's locale decides. */
    public Language spokenLanguage() {
        return Language.parse(language);
    }

    /**
     * @param maxFileBytes       files larger than this are refused before being read
     * @param sharedCollections  scopes every question may read, besides its own workspace's
     * @param parseTimeout       how long one file may take to parse before it is refused with {@code too_complex}
     */
    public record Knowledge(@DefaultValue Chunking chunking,
                            @DefaultValue Retrieval retrieval,
                            @DefaultValue Embeddings embeddings,
                            @DefaultValue("50MB") DataSize maxFileBytes,
                            @DefaultValue List<String> sharedCollections,
                            @DefaultValue("60s") Duration parseTimeout) {
        public Knowledge {
            if (maxFileBytes.toBytes() < 1) {
                throw new IllegalArgumentException("cairn.knowledge.max-file-bytes must be positive, was " + maxFileBytes);
            }
            if (parseTimeout.isNegative() || parseTimeout.isZero()) {
                throw new IllegalArgumentException("cairn.knowledge.parse-timeout must be positive, was " + parseTimeout);
            }
        }
    }

    /** How documents are cut into passages: {@code paragraph}, {@code sentence} or {@code sliding-window}. */
    public record Chunking(@DefaultValue("paragraph") String strategy,
                           @DefaultValue("1200") int maxChars,
                           @DefaultValue("150") int overlapChars) {
        public Chunking {
            if (!List.of("paragraph", "sentence", "sliding-window").contains(strategy.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cairn.knowledge.chunking.strategy must be paragraph, sentence or "
                        + "sliding-window, was '" + strategy + "'");
            }
            if (maxChars < 100) {
                throw new IllegalArgumentException("cairn.knowledge.chunking.max-chars must be 100 or more, was " + maxChars);
            }
            if (overlapChars < 0 || overlapChars >= maxChars / 2) {
                throw new IllegalArgumentException(
                        "cairn.knowledge.chunking.overlap-chars must be within [0, max-chars/2), was " + overlapChars);
            }
        }
    }

    /**
     * @param topK          at most this many passages per question
     * @param minScore      relevance in [0, 1] below which a passage is not used (see README)
     * @param mode          {@code bm25} (keywords), {@code vector} (meaning) or {@code hybrid} (both, fused)
     * @param contextWeight how much the previous question counts when retrieving for a follow-up, in [0, 1]
     */
    public record Retrieval(@DefaultValue("5") int topK,
                            @DefaultValue("0.5") double minScore,
                            @DefaultValue("hybrid") String mode,
                            @DefaultValue("0.5") double contextWeight) {
        public Retrieval {
            if (topK < 1 || topK > 50) {
                throw new IllegalArgumentException("cairn.knowledge.retrieval.top-k must be within [1, 50], was " + topK);
            }
            if (minScore < 0 || minScore > 1) {
                throw new IllegalArgumentException("cairn.knowledge.retrieval.min-score must be within [0, 1], was "
                        + minScore);
            }
            if (!List.of("bm25", "vector", "hybrid").contains(mode.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cairn.knowledge.retrieval.mode must be bm25, vector or hybrid, was '"
                        + mode + "'");
            }
            if (contextWeight < 0 || contextWeight > 1) {
                throw new IllegalArgumentException("cairn.knowledge.retrieval.context-weight must be within [0, 1], was "
                        + contextWeight);
            }
        }
    }

    /**
     * @param model        {@code auto} (English by all-MiniLM-L6-v2, Chinese by bge-small-zh-v1.5),
     *                     {@code all-minilm-l6-v2}, {@code bge-small-zh-v15}, or {@code none} (keyword search only;
     *                     retrieval mode must be bm25)
     * @param inBackground embed a file's passages after it is searchable by keywords (true), or before the upload
     *                     is answered (false)
     */
    public record Embeddings(@DefaultValue("auto") String model, @DefaultValue("true") boolean inBackground) {
        public Embeddings {
            if (!List.of("auto", "all-minilm-l6-v2", "bge-small-zh-v15", "none").contains(model.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("cairn.knowledge.embeddings.model must be auto, all-minilm-l6-v2, "
                        + "bge-small-zh-v15 or none, was '" + model + "'");
            }
        }
    }

    /**
     * @param maxTurns         turns remembered per conversation
     * @param ttl              a conversation idle this long is forgotten
     * @param maxConversations conversations kept at once; the least recently used go first
     */
    public record Memory(@DefaultValue("10") int maxTurns,
                         @DefaultValue("2h") Duration ttl,
                         @DefaultValue("100000") long maxConversations) {
        public Memory {
            if (maxTurns < 1) {
                throw new IllegalArgumentException("cairn.memory.max-turns must be 1 or more, was " + maxTurns);
            }
            if (ttl.isZero() || ttl.isNegative()) {
                throw new IllegalArgumentException("cairn.memory.ttl must be positive, was " + ttl);
            }
            if (maxConversations < 1) {
                throw new IllegalArgumentException("cairn.memory.max-conversations must be 1 or more, was "
                        + maxConversations);
            }
        }
    }

    /**
     * An OpenAI-compatible chat endpoint; with {@code baseUrl} empty, answers are extractive.
     *
     * @param baseUrl         e.g. {@code https://api.openai.com/v1}, {@code http://localhost:11434/v1} (Ollama)
     * @param apiKey          the endpoint's key
     * @param model           the model name; required with a base URL
     * @param temperature     sampling temperature
     * @param maxOutputTokens the most tokens an answer may have
     * @param timeout         the whole budget of one answer, retries included
     * @param maxRetries      further tries after a failure, within the budget
     * @param maxToolSteps    rounds of tool calls the model may make before it must answer
     */
    public record Llm(@DefaultValue("") String baseUrl,
                      @DefaultValue("") String apiKey,
                      @DefaultValue("") String model,
                      @DefaultValue("0.2") double temperature,
                      @DefaultValue("800") int maxOutputTokens,
                      @DefaultValue("60s") Duration timeout,
                      @DefaultValue("1") int maxRetries,
                      @DefaultValue("3") int maxToolSteps) {
        public Llm {
            if (!baseUrl.isBlank() && model.isBlank()) {
                throw new IllegalArgumentException("cairn.llm.model must be set when cairn.llm.base-url is");
            }
            if (timeout.isZero() || timeout.isNegative() || maxOutputTokens < 1 || maxRetries < 0
                    || maxToolSteps < 0) {
                throw new IllegalArgumentException("cairn.llm.timeout and max-output-tokens must be positive, "
                        + "max-retries and max-tool-steps not negative");
            }
        }

        boolean configured() {
            return !baseUrl.isBlank();
        }

        @Override
        public String toString() {
            return "Llm[baseUrl=" + baseUrl + ", model=" + model + ", apiKey=(hidden)]";
        }
    }

    /**
     * The web API's keys; with none, {@code /api/**} and {@code /actuator/prometheus} answer only plain loopback
     * requests.
     *
     * @param apiKey  a key that acts as {@code web:api}
     * @param apiKeys named keys ({@code cairn.web.api-keys.NAME}); a request with one acts as {@code web:NAME}
     */
    public record Web(@DefaultValue("") String apiKey, @DefaultValue Map<String, String> apiKeys) {
        public Web {
            apiKeys = Map.copyOf(apiKeys);
            if (!apiKey.isBlank() && apiKeys.containsKey("api") && !apiKeys.get("api").equals(apiKey)) {
                throw new IllegalArgumentException("cairn.web.api-keys.api and cairn.web.api-key are two different "
                        + "keys for the same name 'api'; set one of them");
            }
            try {
                new ApiKeys(keys(apiKey, apiKeys));
            } catch (IllegalArgumentException e) {
                // no cause: startup reports the innermost exception's message, which would lose the setting's name
                throw new IllegalArgumentException("cairn.web.api-keys: " + e.getMessage());
            }
        }

        /** Every key by name: {@code api} for {@code api-key}, then the named ones. */
        public Map<String, String> keys() {
            return keys(apiKey, apiKeys);
        }

        private static Map<String, String> keys(String apiKey, Map<String, String> named) {
            Map<String, String> all = new LinkedHashMap<>();
            if (!apiKey.isBlank()) {
                all.put("api", apiKey.strip());
            }
            new TreeMap<>(named).forEach((name, key) -> all.put(name, key == null ? null : key.strip()));
            return all;
        }

        @Override
        public String toString() {
            return "Web[keys=" + keys().keySet() + " (values hidden)]";
        }
    }

    /**
     * @param questionsPerMinute questions one user may ask per platform in any minute; 0 is no limit
     * @param answerThreads      questions answered at once (most of an answer's time is spent waiting on the model)
     * @param answerQueue        questions that may wait for a thread; one more gets a "busy" reply
     */
    public record Limits(@DefaultValue("20") int questionsPerMinute, @DefaultValue("32") int answerThreads,
                         @DefaultValue("500") int answerQueue) {
        public Limits {
            if (questionsPerMinute < 0) {
                throw new IllegalArgumentException("cairn.limits.questions-per-minute must be 0 (no limit) or more, was "
                        + questionsPerMinute);
            }
            if (answerThreads < 1 || answerThreads > 1024) {
                throw new IllegalArgumentException("cairn.limits.answer-threads must be between 1 and 1024, was "
                        + answerThreads);
            }
            if (answerQueue < 1) {
                throw new IllegalArgumentException("cairn.limits.answer-queue must be 1 or more, was " + answerQueue);
            }
        }
    }

    /**
     * The records database (answers, votes, approvals and the other shared state); with {@code url} empty, the
     * embedded H2 database under {@code cairn.data-dir}.
     *
     * @param url      a JDBC URL, e.g. {@code jdbc:postgresql://db:5432/cairn}
     * @param username the database user
     * @param password that user's password
     */
    public record Database(@DefaultValue("") String url, @DefaultValue("") String username,
                           @DefaultValue("") String password) {
        public Database {
            url = url == null ? "" : url.strip();
            if (!url.isEmpty() && !url.startsWith("jdbc:")) {
                throw new IllegalArgumentException("cairn.database.url must be a JDBC URL (jdbc:postgresql://HOST:PORT/"
                        + "DATABASE), or empty for the embedded database");
            }
        }

        /** True when the embedded H2 database under the data directory is used. */
        public boolean embedded() {
            return url.isEmpty();
        }

        @Override
        public String toString() {
            return "Database[url=" + url.replaceAll("(?i)(password=)[^&;]*", "$1(hidden)") + ", username=" + username
                    + ", password=(hidden)]";
        }
    }
}
