package dev.cairn.knowledge.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/**
 * Parses run on a bounded pool: a parse that will not stop at its deadline keeps its thread, and files behind it
 * are refused as {@code busy} (waited past the deadline without starting, or found the queue full) instead of
 * piling up threads.
 */
class ParsePoolTest {

    @Test
    void filesBehindARunawayParseAreRefusedAsBusyAndTheRunawayAsTooComplex() throws Exception {
        ThreadPoolExecutor pool = TikaDocumentParser.workers(1, 1);
        CountDownLatch release = new CountDownLatch(1);
        try {
            TikaDocumentParser parser = new TikaDocumentParser(1_000_000, Duration.ofMillis(300), pool);

            assertThatThrownBy(() -> parser.parse("stuck.txt", new StuckStream(release)))
                    .isInstanceOfSatisfying(UnparsableDocumentException.class,
                            e -> assertThat(e.code()).isEqualTo("too_complex"));
            assertThatThrownBy(() -> parser.parse("queued.txt", text("Employees accrue leave.")))
                    .isInstanceOfSatisfying(UnparsableDocumentException.class, e -> {
                        assertThat(e.code()).isEqualTo("busy");
                        assertThat(e.getMessage()).startsWith("queued.txt could not be read now").contains("again");
                    });
            assertThatThrownBy(() -> parser.parse("refused.txt", text("Employees accrue leave.")))
                    .isInstanceOfSatisfying(UnparsableDocumentException.class,
                            e -> assertThat(e.code()).isEqualTo("busy"));
            assertThat(pool.getPoolSize()).as("no thread beyond the bound").isEqualTo(1);

            release.countDown();
            pool.purge();
            assertThat(parser.parse("later.txt", text("Employees accrue leave.")).blocks()).isNotEmpty();
        } finally {
            release.countDown();
            pool.shutdownNow();
        }
    }

    private static InputStream text(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A stream whose first read blocks, deaf to interrupts, until released: a parser that will not stop. */
    private static final class StuckStream extends InputStream {
        private final CountDownLatch release;

        StuckStream(CountDownLatch release) {
            this.release = release;
        }

        @Override
        public int read() {
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return -1;
        }
    }
}
