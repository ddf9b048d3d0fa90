package dev.cairn.knowledge.index;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.Passage;
import dev.cairn.knowledge.answerability.AnswerabilityFeatures;
import dev.cairn.knowledge.answerability.AnswerabilityModel;
import dev.cairn.knowledge.chunk.Chunk;
import dev.cairn.knowledge.crosslingual.BilingualDictionary;
import dev.cairn.knowledge.crosslingual.QueryTranslator;
import dev.cairn.knowledge.crosslingual.SpecificTerms;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The Lucene index on disk: one Lucene document per passage and one record per file. Every change is one commit,
 * and searchers are refreshed only after a commit, so readers see a file's old version or its new one, never both
 * or neither; a crash loses at most the change in flight.
 */
public final class PassageIndex implements PassageStore {
    private static final int MAX_DOCUMENTS_LISTED = 10_000;
    /** Hits read per result asked for, so that passages below the threshold can be skipped. */
    private static final int CANDIDATES_PER_RESULT = 3;
    private static final Similarity SIMILARITY = new MixedLanguageSimilarity();
    private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new KeywordAnalyzer(),
            java.util.Map.of(Fields.TEXT, new MixedLanguageAnalyzer()));
    private final String location;
    private final Directory directory;
    private final IndexWriteHealth writeHealth = new IndexWriteHealth(java.time.Clock.systemUTC());
    private IndexWriter writer;
    private volatile SearcherManager searchers;
    private final SearchTuning tuning;
    private final QueryTranslator translator = QueryTranslator.shipped();
    private final SpellingCorrections spelling = new SpellingCorrections();
    private final AnswerabilityModel answerability = AnswerabilityModel.shipped();
    private final SpecificTerms specificTerms = new SpecificTerms(BilingualDictionary::shipped, analyzer, Fields.TEXT);

    /** Opens (or creates) the index in {@code dir} with default tuning; throws {@link KnowledgeException} if it cannot. */
    public PassageIndex(Path dir, double contextWeight) {
        this(dir, SearchTuning.DEFAULT.withContextWeight(contextWeight));
    }

    /** Opens (or creates) the index in {@code dir}; throws {@link KnowledgeException} if it cannot. */
    public PassageIndex(Path dir, SearchTuning tuning) {
        this(open(dir), dir.toString(), tuning);
    }

    /**
     * Opens (or creates) the index in a Lucene directory the caller made (tests wrap one to make writes fail); throws
     * {@link KnowledgeException} if it cannot.
     */
    public PassageIndex(Directory directory, SearchTuning tuning) {
        this(directory, directory.toString(), tuning);
    }

    private PassageIndex(Directory directory, String location, SearchTuning tuning) {
        this.tuning = tuning;
        this.location = location;
        this.directory = directory;
        try {
            openWriter();
        } catch (LockObtainFailedException e) {
            throw new IndexLockedException(location, e);
        } catch (IOException e) {
            throw new KnowledgeException("cannot open the knowledge index in " + location + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code dir} holds a Lucene index (a commit), without creating or locking anything. */
    public static boolean exists(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(dir)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            throw new KnowledgeException("cannot read the knowledge index in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Directory open(Path dir) {
        try {
            return FSDirectory.open(dir);
        } catch (IOException e) {
            throw new KnowledgeException("cannot open the knowledge index in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Whether the last write succeeded: readiness reads it. */
    public IndexWriteHealth writeHealth() {
        return writeHealth;
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setSimilarity(SIMILARITY)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(true);
        writer = new IndexWriter(directory, config);
        writer.commit();
        SearcherManager old = searchers;
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(SIMILARITY);
                return searcher;
            }
        });
        if (old != null) {
            old.close();
        }
    }

    /** Adds a file's passages and record, first removing {@code replaces} (an older version), in one commit. */
    public void put(DocumentInfo info, String sha256, List<Chunk> chunks, Optional<String> replaces) {
        putAll(List.of(new Entry(info, sha256, chunks, List.of(), replaces)));
    }

    /** Adds many files in one commit (bulk loads, evaluation); all or none of them become visible. */
    public synchronized void putAll(List<Entry> entries) {
        String what = entries.size() == 1 ? entries.get(0).info().name() : entries.size() + " documents";
        try {
            reopenWriterIfClosed();
            for (Entry entry : entries) {
                if (entry.replaces().isPresent()) {
                    writer.deleteDocuments(new Term(Fields.DOC_ID, entry.replaces().get()));
                }
                List<Document> docs = new ArrayList<>(entry.chunks().size() + 1);
                for (int i = 0; i < entry.chunks().size(); i++) {
                    Optional<PassageVector> vector = entry.vectors().isEmpty()
                            ? Optional.empty() : Optional.of(entry.vectors().get(i));
                    docs.add(LuceneDocuments.passageDocument(entry.info(), entry.chunks().get(i), i, vector));
                }
                docs.add(LuceneDocuments.recordDocument(entry.info(), entry.sha256()));
                writer.addDocuments(docs);
            }
            commit();
        } catch (IOException | RuntimeException e) {
            rollbackQuietly(e);
            writeHealth.failed(what, e);
            throw new KnowledgeException("could not write " + what + " to the index: " + e.getMessage(), e);
        }
    }

    /** Removes a file's passages and record in one commit; false when it was not there. */
    public synchronized boolean delete(String documentId) {
        if (find(new TermQuery(new Term(Fields.DOC_ID, documentId))).isEmpty()) {
            return false;
        }
        try {
            reopenWriterIfClosed();
            writer.deleteDocuments(new Term(Fields.DOC_ID, documentId));
            commit();
            return true;
        } catch (IOException | RuntimeException e) {
            rollbackQuietly(e);
            writeHealth.failed("the deletion of document " + documentId, e);
            throw new KnowledgeException("could not delete document " + documentId + ": " + e.getMessage(), e);
        }
    }

    /** Merges the index into one segment: faster searches after a bulk load; slow, so not for every change. */
    public synchronized void optimize() {
        try {
            reopenWriterIfClosed();
            writer.forceMerge(1);
            commit();
        } catch (IOException e) {
            writeHealth.failed("the merge of the index", e);
            throw new KnowledgeException("could not merge the index: " + e.getMessage(), e);
        }
    }

    private void commit() throws IOException {
        writer.commit();
        writeHealth.succeeded();
        searchers.maybeRefreshBlocking();
    }

    /** After a failure that also failed to reopen the writer (the directory was gone), tries again. */
    private void reopenWriterIfClosed() throws IOException {
        if (!writer.isOpen()) {
            openWriter();
        }
    }

    /** Discards every change since the last commit (rollback closes the writer) and opens a fresh writer. */
    private void rollbackQuietly(Exception cause) {
        try {
            writer.rollback();
            openWriter();
        } catch (IOException | RuntimeException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Gives a document's passages their vectors (ordinal → vector), in one commit; false when the document is gone
     * (deleted or replaced meanwhile), in which case nothing changes.
     */
    public synchronized boolean attachVectors(String documentId, Map<Integer, PassageVector> vectors) {
        Optional<DocumentInfo> record = document(documentId);
        if (record.isEmpty()) {
            return false;
        }
        try {
            reopenWriterIfClosed();
            for (StoredPassage passage : passages(documentId)) {
                PassageVector vector = vectors.get(passage.ordinal());
                if (vector != null) {
                    writer.updateDocument(new Term(Fields.PASSAGE_ID, documentId + "#" + passage.ordinal()),
                            LuceneDocuments.passageDocument(record.get(), passage.chunk(), passage.ordinal(),
                                    Optional.of(vector)));
                }
            }
            commit();
            return true;
        } catch (IOException | RuntimeException e) {
            rollbackQuietly(e);
            writeHealth.failed("the vectors of " + record.get().name(), e);
            throw new KnowledgeException("could not store the vectors of " + record.get().name() + ": "
                    + e.getMessage(), e);
        }
    }

    /** A document's passages as stored, in order. */
    public List<StoredPassage> passages(String documentId) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, documentId)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(searcher -> {
            List<StoredPassage> passages = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE / 2).scoreDocs) {
                passages.add(LuceneDocuments.toStoredPassage(searcher.storedFields().document(hit.doc)));
            }
            passages.sort(java.util.Comparator.comparingInt(StoredPassage::ordinal));
            return passages;
        });
    }

    /**
     * Hands every file of the index to {@code sink}, oldest first, as it stands when the call starts (later changes
     * are not seen): its record, the SHA-256 of its bytes, its passages in order and, when every passage has one,
     * their vectors; returns how many files. For moving the knowledge to another store; what {@code sink} throws
     * stops the export and is thrown on.
     */
    public int exportAll(Consumer<Entry> sink) {
        return withSearcher(searcher -> new IndexExport(searcher).run(sink));
    }

    /** Ids of the documents some of whose passages have no vector in any of {@code vectorFields}. */
    public Set<String> documentsMissingVectors(List<String> vectorFields) {
        BooleanQuery.Builder builder = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER);
        vectorFields.forEach(f -> builder.add(new FieldExistsQuery(f), BooleanClause.Occur.MUST_NOT));
        Query query = builder.build();
        return withSearcher(searcher -> {
            Set<String> ids = new LinkedHashSet<>();
            for (ScoreDoc hit : searcher.search(query, Integer.MAX_VALUE / 2).scoreDocs) {
                ids.add(searcher.storedFields().document(hit.doc, Set.of(Fields.DOC_ID)).get(Fields.DOC_ID));
            }
            return ids;
        });
    }

    public Optional<DocumentInfo> document(String documentId) {
        return find(new TermQuery(new Term(Fields.DOC_ID, documentId))).stream().findFirst();
    }

    public Optional<DocumentInfo> byName(String scope, String name) {
        return find(new TermQuery(new Term(Fields.NAME_KEY, Fields.nameKey(scope, name)))).stream().findFirst();
    }

    public Optional<DocumentInfo> byHash(String scope, String sha256) {
        return find(new TermQuery(new Term(Fields.HASH_KEY, Fields.hashKey(scope, sha256)))).stream().findFirst();
    }

    /** Records of the files of a scope that came from {@code source}. */
    public List<DocumentInfo> bySource(String scope, String source) {
        return find(new TermQuery(new Term(Fields.SOURCE_KEY, Fields.sourceKey(scope, source))));
    }

    /** Records of the files in these scopes, newest first. */
    public List<DocumentInfo> documents(Set<String> scopes) {
        return find(scopeFilter(scopes));
    }

    /** Passages stored for a document (equal to its record's count unless the index is damaged). */
    public int passageCount(String documentId) {
        Query query = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.DOC_ID, documentId)), BooleanClause.Occur.FILTER)
                .build();
        return withSearcher(s -> s.count(query));
    }

    /** Passages across all scopes. */
    public int passageTotal() {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_PASSAGE))));
    }

    public int documentCount() {
        return withSearcher(s -> s.count(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT))));
    }

    @Override
    public boolean holdsVectors(String field) {
        return withSearcher(s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                FloatVectorValues values = leaf.reader().getFloatVectorValues(field);
                if (values != null && values.size() > 0) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The best passages for a keyword question within the scopes, with relevance at least {@code minScore}. */
    public List<Passage> search(String text, List<String> context, Set<String> scopes, int topK, double minScore) {
        return search(SearchSpec.bm25(text, context, scopes, topK, minScore));
    }

    /**
     * The best passages within the scopes, fused from the spec's lists, with relevance at least its threshold. In
     * hybrid mode the relevance is the lower of {@link Relevance}'s mean and the passage's answerability (the
     * shipped {@link AnswerabilityModel}); in the other modes it is {@link Relevance}'s. A passage in the other
     * script than the question's (compared with the question's translation) is read by {@link
     * Relevance#acrossScripts}, without the answerability: that is fitted on questions and passages in one script,
     * where a name the passage lacks means something.
     */
    public List<Passage> search(SearchSpec spec) {
        return search(spec, tuning);
    }

    /** As {@link #search(SearchSpec)} with other tuning, for evaluating settings on one index. */
    public List<Passage> search(SearchSpec spec, SearchTuning tuning) {
        return scan(spec, tuning, (searcher, c, relevance, features) -> relevance >= spec.minScore()
                ? LuceneDocuments.toPassage(searcher.storedFields().document(c.doc()), relevance) : null, spec.topK());
    }

    /** Every candidate of a search, best first, with its coverage, cosine and relevance, before the threshold. */
    public List<Scored> candidates(SearchSpec spec) {
        return explained(spec).stream().map(Explained::scored).toList();
    }

    /**
     * As {@link #candidates(SearchSpec)}, each with the features its answerability was computed from: what the
     * answerability model is fitted on (the training reads it from this index).
     */
    public List<Explained> explained(SearchSpec spec) {
        return scan(spec, tuning, (searcher, c, relevance, features) -> new Explained(new Scored(
                LuceneDocuments.toPassage(searcher.storedFields().document(c.doc()), relevance), c.coverage(),
                c.cosine(), relevance), features), spec.topK() * CANDIDATES_PER_RESULT);
    }

    /** A candidate and the answerability features behind its relevance. */
    public record Explained(Scored scored, AnswerabilityFeatures features) {
    }

    /** Runs the search and maps candidates, best first, until {@code limit} results (nulls are skipped). */
    private <T> List<T> scan(SearchSpec spec, SearchTuning tuning, CandidateMapper<T> mapper, int limit) {
        if (spec.scopes().isEmpty()) {
            return List.of();
        }
        return withSearcher(searcher -> {
            Set<String> specific = specificTerms.of(spec.text());
            RelevanceQuery keywords = RelevanceQuery.build(searcher, analyzer, spec.text(), spec.context(),
                    tuning.contextWeight(), otherForms(searcher, spec.text(), specific), specific);
            List<T> results = new ArrayList<>();
            Optional<Query> filter = seesEverything(searcher, spec.scopes()) ? Optional.empty()
                    : Optional.of(scopeFilter(spec.scopes()));
            HybridSearch hybrid = new HybridSearch(tuning);
            HybridSearch.Found hits = hybrid.search(searcher, keywords, filter, spec);
            List<Candidate> found = hits.candidates();
            for (int i = 0; i < found.size(); i++) {
                Candidate c = found.get(i);
                AnswerabilityFeatures features = Candidate.features(found, i);
                boolean acrossScripts = spec.mode() == RetrievalMode.HYBRID && hits.otherScript().contains(c.doc());
                double relevance = RankedLists.relevance(tuning, spec, acrossScripts, c.coverage(), c.cosine(),
                        features, answerability);
                T result = mapper.map(searcher, c, relevance, features);
                if (result != null) {
                    results.add(result);
                }
                if (results.size() == limit) {
                    break;
                }
            }
            return results;
        });
    }

    /**
     * Other forms of the question's terms that a passage may hold instead: their translations into the other script,
     * the full words of chat abbreviations and, for a misspelt word, its correction.
     */
    private Map<String, Set<String>> otherForms(IndexSearcher searcher, String text, Set<String> specific)
            throws IOException {
        Map<String, Set<String>> wordForms = ChatAbbreviations.addTo(translator.translate(text), analyzer,
                Fields.TEXT, text);
        return QuestionTerms.otherForms(wordForms,
                spelling.of(searcher.getIndexReader(), AnalyzedTerms.of(analyzer, Fields.TEXT, text), specific));
    }

    @FunctionalInterface
    private interface CandidateMapper<T> {
        T map(IndexSearcher searcher, Candidate candidate, double relevance, AnswerabilityFeatures features)
                throws IOException;
    }

    /**
     * The words of {@code text} (outside Chinese, Japanese and Korean runs, at least three characters, not stop
     * words or chat filler) whose analysed form no passage within {@code scopes} contains, as typed, in order, at
     * most {@code limit}: what a no-answer reply can name as missing.
     */
    public List<String> unknownWords(String text, Set<String> scopes, int limit) {
        if (scopes.isEmpty() || limit <= 0) {
            return List.of();
        }
        return withSearcher(searcher -> {
            Optional<Query> filter = seesEverything(searcher, scopes) ? Optional.empty()
                    : Optional.of(scopeFilter(scopes));
            List<String> unknown = new ArrayList<>();
            java.util.regex.Matcher words = WORD.matcher(text);
            while (words.find() && unknown.size() < limit) {
                String word = words.group();
                if (word.length() < 3 || FILLER.contains(word.toLowerCase(java.util.Locale.ROOT))
                        || unknown.contains(word)) {
                    continue;
                }
                List<String> tokens = analyze(word);
                boolean absent = !tokens.isEmpty();
                for (String token : tokens) {
                    Query term = new TermQuery(new Term(Fields.TEXT, token));
                    Query query = filter.isEmpty() ? term : new BooleanQuery.Builder()
                            .add(term, BooleanClause.Occur.MUST).add(filter.get(), BooleanClause.Occur.FILTER).build();
                    if (filter.isEmpty() ? searcher.getIndexReader().docFreq(new Term(Fields.TEXT, token)) > 0
                            : searcher.count(query) > 0) {
                        absent = false;
                        break;
                    }
                }
                if (absent) {
                    unknown.add(word);
                }
            }
            return unknown;
        });
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile(
            "(?:(?![\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])[\\p{L}\\p{N}])+");
    private static final Set<String> FILLER = Set.of("pls", "plz", "thx", "thanks", "hey", "hello", "lol", "btw",
            "idk", "gonna", "wanna", "whats", "hows", "whos", "wheres", "anyone", "someone", "ppl", "cuz", "u", "ur");

    private List<String> analyze(String word) {
        return AnalyzedTerms.of(analyzer, word);
    }

    private List<DocumentInfo> find(Query filter) {
        return withSearcher(searcher -> {
            Query query = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.KIND, Fields.KIND_DOCUMENT)), BooleanClause.Occur.FILTER)
                    .add(filter, BooleanClause.Occur.FILTER)
                    .build();
            Sort newestFirst = new Sort(new SortField(Fields.INDEXED_AT, SortField.Type.LONG, true));
            TopDocs top = searcher.search(query, MAX_DOCUMENTS_LISTED, newestFirst);
            List<DocumentInfo> found = new ArrayList<>();
            for (ScoreDoc hit : top.scoreDocs) {
                found.add(LuceneDocuments.toDocumentInfo(searcher.storedFields().document(hit.doc)));
            }
            return found;
        });
    }

    /**
     * Whether every document of the index is in one of {@code scopes}, so that a search needs no scope filter: only
     * passages have text and vectors, and each document has exactly one scope, so the scopes' document counts add up
     * to the count of documents with a scope exactly when nothing lies outside them (deleted documents are counted
     * on both sides). A filter makes Lucene visit its documents one by one instead of skipping whole blocks of
     * postings that cannot reach the top hits: on 100k passages it doubled the keyword search's time.
     */
    private static boolean seesEverything(IndexSearcher searcher, Set<String> scopes) throws IOException {
        long inScopes = 0;
        for (String scope : scopes) {
            inScopes += searcher.getIndexReader().docFreq(new Term(Fields.SCOPE, scope));
        }
        return inScopes == searcher.getIndexReader().getDocCount(Fields.SCOPE);
    }

    private static Query scopeFilter(Set<String> scopes) {
        List<BytesRef> terms = scopes.stream().map(BytesRef::new).toList();
        return new TermInSetQuery(Fields.SCOPE, terms);
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        IndexSearcher searcher = null;
        SearcherManager manager = searchers;
        try {
            searcher = manager.acquire();
            return work.run(searcher);
        } catch (IOException e) {
            throw new KnowledgeException("the knowledge index in " + location + " could not be read: " + e.getMessage(), e);
        } finally {
            if (searcher != null) {
                try {
                    manager.release(searcher);
                } catch (IOException e) {
                    throw new KnowledgeException("the knowledge index could not be read: " + e.getMessage(), e);
                }
            }
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }

    @Override
    public synchronized void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }
}
