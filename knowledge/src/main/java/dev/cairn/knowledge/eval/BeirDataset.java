package dev.cairn.knowledge.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * A retrieval test set in the BEIR layout: {@code corpus.jsonl} ({@code _id}, {@code title}, {@code text}),
 * {@code queries.jsonl} ({@code _id}, {@code text}) and relevance judgements {@code qrels.tsv} (the test split) or
 * {@code qrels-<split>.tsv}. Only queries with at least one relevant document are kept.
 */
public record BeirDataset(String name, String split, Map<String, CorpusDoc> corpus, Map<String, String> queries,
                          Map<String, Map<String, Integer>> qrels) {

    /** One document of the corpus. */
    public record CorpusDoc(String id, String title, String text) {
    }

    /** Reads the dataset in {@code dir}; throws with the missing file's name when the layout is incomplete. */
    public static BeirDataset load(Path dir, String split) throws IOException {
        Path qrelsFile = dir.resolve(split.equals("test") ? "qrels.tsv" : "qrels-" + split + ".tsv");
        for (Path required : List.of(dir.resolve("corpus.jsonl"), dir.resolve("queries.jsonl"), qrelsFile)) {
            if (!Files.isRegularFile(required)) {
                throw new NoSuchFileException(required.toString(), null, "a BEIR dataset needs this file");
            }
        }
        Map<String, Map<String, Integer>> qrels = readQrels(qrelsFile);
        ObjectMapper json = JsonMapper.builder().build();
        Map<String, CorpusDoc> corpus = new LinkedHashMap<>();
        forEachLine(dir.resolve("corpus.jsonl"), line -> {
            JsonNode node = json.readTree(line);
            String id = node.path("_id").asString();
            corpus.put(id, new CorpusDoc(id, node.path("title").asString(""), node.path("text").asString("")));
        });
        Map<String, String> queries = new LinkedHashMap<>();
        forEachLine(dir.resolve("queries.jsonl"), line -> {
            JsonNode node = json.readTree(line);
            String id = node.path("_id").asString();
            if (qrels.containsKey(id)) {
                queries.put(id, node.path("text").asString());
            }
        });
        return new BeirDataset(dir.getFileName().toString(), split, corpus, queries, qrels);
    }

    private static Map<String, Map<String, Integer>> readQrels(Path file) throws IOException {
        Map<String, Map<String, Integer>> qrels = new HashMap<>();
        forEachLine(file, line -> {
            String[] cols = line.split("\t");
            if (cols.length >= 3 && !cols[0].equals("query-id")) {
                int score = Integer.parseInt(cols[2].strip());
                if (score > 0) {
                    qrels.computeIfAbsent(cols[0], k -> new HashMap<>()).put(cols[1], score);
                }
            }
        });
        return qrels;
    }

    private interface LineConsumer {
        void accept(String line) throws IOException;
    }

    private static void forEachLine(Path file, LineConsumer consumer) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    consumer.accept(line);
                }
            }
        }
    }
}
