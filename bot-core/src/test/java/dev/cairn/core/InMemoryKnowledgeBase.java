package dev.cairn.core;

import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.IncomingFile;
import dev.cairn.core.port.IngestReport;
import dev.cairn.core.port.IngestStatus;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.KnowledgeIngestion;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.core.text.Terms;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** A knowledge base for core tests: one passage per text file, scored by the share of query terms it contains; records every search. */
public final class InMemoryKnowledgeBase implements KnowledgeBase, KnowledgeIngestion {
    private final List<Passage> passages = new ArrayList<>();
    public final List<SearchRequest> searches = new ArrayList<>();
    /** What {@link #unknownWords} answers, and the texts it was asked about. */
    public List<String> unknown = List.of();
    public final List<String> unknownAsked = new ArrayList<>();
    /** When set, every search throws it, as a store that cannot be reached does. */
    public Optional<KnowledgeException> unreachable = Optional.empty();

    public void add(String scope, String name, String text) {
        String id = "d" + passages.size();
        passages.add(new Passage(id + "#0", id, name, scope, Location.page(1), text, 0, Optional.empty()));
    }

    @Override
    public IngestReport ingest(IncomingFile file) {
        try (InputStream in = file.content().open()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (text.isBlank()) {
                return IngestReport.rejected(file.name(), "empty", dev.cairn.core.i18n.Phrase.of("ingest.error.empty", file.name()));
            }
            add(file.scope(), file.name(), text);
            return new IngestReport("d" + (passages.size() - 1), file.name(), IngestStatus.INDEXED, 1, 1,
                    Optional.empty());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Passage> search(SearchRequest request) {
        searches.add(request);
        if (unreachable.isPresent()) {
            throw unreachable.get();
        }
        Set<String> query = new HashSet<>(Terms.of(request.query()));
        request.context().forEach(c -> query.addAll(Terms.of(c)));
        List<Passage> found = new ArrayList<>();
        for (Passage p : passages) {
            Set<String> terms = new HashSet<>(Terms.of(p.text()));
            double score = query.isEmpty() ? 0 : query.stream().filter(terms::contains).count() / (double) query.size();
            if (request.scopes().contains(p.scope()) && score > 0 && score >= request.minScore()) {
                found.add(new Passage(p.id(), p.documentId(), p.document(), p.scope(), p.location(), p.text(), score,
                        p.link()));
            }
        }
        found.sort(Comparator.comparingDouble(Passage::score).reversed());
        return found.subList(0, Math.min(request.topK(), found.size()));
    }

    @Override
    public List<DocumentInfo> documents(Set<String> scopes) {
        return passages.stream().filter(p -> scopes.contains(p.scope()))
                .map(p -> new DocumentInfo(p.documentId(), p.document(), p.scope(), "text/plain", 1, 1, Instant.EPOCH,
                        Optional.empty(), ""))
                .toList();
    }

    @Override
    public Optional<DocumentInfo> document(String id) {
        return documents(Set.copyOf(passages.stream().map(Passage::scope).toList())).stream()
                .filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public boolean delete(String id) {
        return passages.removeIf(p -> p.documentId().equals(id));
    }

    @Override
    public int deleteBySource(String scope, String source) {
        return 0;
    }

    @Override
    public List<String> unknownWords(String text, Set<String> scopes, int limit) {
        unknownAsked.add(text);
        return unknown.stream().limit(limit).toList();
    }

    @Override
    public int documentCount() {
        return passages.size();
    }
}
