package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.ScopePolicy;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.knowledge.index.PassageIndex;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * {@code kill -9} while a file is being written to the index: after a restart the index is as it was before the
 * upload (no half document, no passage without its document, an older version still answering), and the same file
 * can be sent again and is indexed.
 */
class KillDuringIndexingIT {
    private static final String[] WORDS = ("audit badge cache deploy engine failover gateway handbook index journal "
            + "kernel ledger mirror network outage payroll quota rollout storage ticket uplink vendor widget zone")
            .split(" ");
    @TempDir
    Path work;

    @Test
    void aKillWhileANewFileIsIndexedLeavesTheIndexAsItWasAndTheFileCanBeSentAgain() throws Exception {
        Path data = work.resolve("data");
        byte[] manual = largeMarkdown("Operations manual", 6_000_000);
        List<String> before;
        try (ChildCairn cairn = start(data)) {
            assertThat(status(cairn.api().upload(Map.of("handbook.md", handbook())))).isEqualTo("indexed");
            before = documents(cairn);
            killWhileIndexing(cairn, data, "manual.md", manual);
        }
        try (ChildCairn cairn = start(data)) {
            assertThat(documents(cairn)).as("the documents after the restart").isEqualTo(before);
            assertThat(answer(cairn, "How much annual leave do employees accrue?")).contains("four hours");

            Api.Reply again = cairn.api().upload(Map.of("manual.md", manual));
            assertThat(status(again)).as(again.body()).isEqualTo("indexed");
            assertThat(documents(cairn)).hasSize(2).anyMatch(d -> d.startsWith("manual.md:"));
            cairn.terminate(Duration.ofSeconds(60));
        }
        assertIndexConsistent(data, 2);
    }

    @Test
    void aKillWhileAFileIsReplacedKeepsTheOldVersionAnsweringAndTheNewOneCanBeSentAgain() throws Exception {
        Path data = work.resolve("data");
        byte[] v1 = "# Falcon\n\nThe launch code of the Falcon project is amber-seven.\n".getBytes(StandardCharsets.UTF_8);
        byte[] v2 = largeMarkdown("Falcon\n\nThe launch code of the Falcon project is violet-nine.", 6_000_000);
        List<String> before;
        try (ChildCairn cairn = start(data)) {
            assertThat(status(cairn.api().upload(Map.of("falcon.md", v1)))).isEqualTo("indexed");
            before = documents(cairn);
            killWhileIndexing(cairn, data, "falcon.md", v2);
        }
        try (ChildCairn cairn = start(data)) {
            assertThat(documents(cairn)).as("v1 alone, as before").isEqualTo(before);
            assertThat(answer(cairn, "What is the launch code of the Falcon project?")).contains("amber-seven")
                    .doesNotContain("violet-nine");

            Api.Reply again = cairn.api().upload(Map.of("falcon.md", v2));
            assertThat(status(again)).as(again.body()).isEqualTo("indexed");
            assertThat(documents(cairn)).hasSize(1).allMatch(d -> d.startsWith("falcon.md:")).doesNotContainAnyElementsOf(before);
            assertThat(answer(cairn, "What is the launch code of the Falcon project?")).contains("violet-nine");
            cairn.terminate(Duration.ofSeconds(60));
        }
        assertIndexConsistent(data, 1);
    }

    private static ChildCairn start(Path data) {
        return ChildCairn.start(data, "cairn.knowledge.max-file-bytes=64MB");
    }

    /**
     * Uploads {@code bytes} and kills Cairn as soon as the index directory gets a file it did not have (Lucene has
     * begun writing the passages), failing when the upload was answered first.
     */
    private static void killWhileIndexing(ChildCairn cairn, Path data, String name, byte[] bytes) throws Exception {
        Path index = data.resolve("index");
        Set<String> files = filesIn(index);
        CompletableFuture<Api.Reply> upload = CompletableFuture.supplyAsync(() -> cairn.api().upload(Map.of(name, bytes)));
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!upload.isDone() && files.containsAll(filesIn(index)) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        boolean answered = upload.isDone() && !upload.isCompletedExceptionally();
        Set<String> written = filesIn(index);
        cairn.kill();
        written.removeAll(files);
        System.out.printf("kill -9 during the upload of %s (%d bytes) with new index files %s%n", name, bytes.length,
                written);
        assertThat(written).as("the kill came while the index was being written").isNotEmpty();
        assertThat(answered).as("the upload was answered before the kill: %s", answered ? upload.join().body() : "")
                .isFalse();
        assertThat(upload).failsWithin(Duration.ofSeconds(30));
    }

    private static Set<String> filesIn(Path dir) {
        try (Stream<Path> list = Files.list(dir)) {
            return list.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        } catch (IOException e) {
            return Set.of();
        }
    }

    /** {@code name:passages:id} of every document, sorted. */
    private static List<String> documents(ChildCairn cairn) {
        List<String> documents = new ArrayList<>();
        for (JsonNode d : cairn.api().get("/api/v1/knowledge/documents").json().get("documents")) {
            documents.add(d.get("name").asString() + ":" + d.get("passages").asInt() + ":"
                    + d.get("document_id").asString());
        }
        documents.sort(null);
        return documents;
    }

    private static String answer(ChildCairn cairn, String question) {
        return cairn.api().ask("ann", question).json().get("answer").asString();
    }

    private static String status(Api.Reply reply) {
        return reply.json().get("files").get(0).get("status").asString();
    }

    /** Every passage in the index belongs to a recorded document, and every document has all its passages. */
    private static void assertIndexConsistent(Path data, int documents) throws IOException {
        try (PassageIndex index = new PassageIndex(data.resolve("index"), 0.5)) {
            List<DocumentInfo> recorded = index.documents(Set.of(ScopePolicy.WEB));
            assertThat(recorded).hasSize(documents);
            assertThat(index.documentCount()).isEqualTo(documents);
            int passages = 0;
            for (DocumentInfo info : recorded) {
                assertThat(index.passageCount(info.id())).as(info.name()).isEqualTo(info.passages());
                passages += info.passages();
            }
            assertThat(index.passageTotal()).as("passages without a document").isEqualTo(passages);
        }
    }

    private static byte[] handbook() {
        return "# Leave\n\nEmployees accrue four hours of annual leave per pay period.\n".getBytes(StandardCharsets.UTF_8);
    }

    /** A Markdown file of about {@code bytes} bytes: {@code head} as its first heading, then numbered sections. */
    static byte[] largeMarkdown(String head, int bytes) {
        Random random = new Random(42);
        StringBuilder text = new StringBuilder("# ").append(head).append("\n\n");
        for (int section = 1; text.length() < bytes; section++) {
            text.append("## Procedure ").append(section).append("\n\n");
            for (int paragraph = 0; paragraph < 3; paragraph++) {
                for (int word = 0; word < 80; word++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(word % 12 == 11 ? ". " : " ");
                }
                text.append("step ").append(section).append('.').append(paragraph).append(".\n\n");
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
