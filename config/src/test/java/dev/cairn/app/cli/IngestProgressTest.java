package dev.cairn.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class IngestProgressTest {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    private final AtomicLong clock = new AtomicLong();

    private String text() {
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void onATerminalOneLineIsRedrawnInPlace() {
        IngestProgress progress = new IngestProgress(err, true, 4, clock::get);
        progress.start();
        progress.fileDone(10, false);
        progress.fileDone(0, true);
        progress.finish();

        String text = text();
        assertThat(text).doesNotContain("\n" + "[").endsWith("\n");
        assertThat(text.split("\r")).hasSize(4);
        assertThat(text).contains("\r[------------------------] 0/4 files, 0 passages, 0 rejected",
                "\r[############------------] 2/4 files, 10 passages, 1 rejected");
        assertThat(text.chars().filter(c -> c == '\n').count()).isEqualTo(1);
    }

    @Test
    void elsewherePlainLinesComeAtMostEveryIntervalAndOnceAtTheEnd() {
        IngestProgress progress = new IngestProgress(err, false, 3, clock::get);
        progress.start();
        progress.fileDone(5, false);
        assertThat(text()).isEmpty();
        clock.addAndGet(IngestProgress.PLAIN_INTERVAL_NANOS);
        progress.fileDone(7, false);
        progress.fileDone(0, true);
        progress.finish();

        assertThat(text()).doesNotContain("\r").isEqualTo(
                "ingest: 2/3 files, 12 passages, 0 rejected\ningest: 3/3 files, 12 passages, 1 rejected\n");
    }

    @Test
    void thePlainEndLineIsNotRepeatedWhenTheLastPeriodicLineSaidTheSame() {
        IngestProgress progress = new IngestProgress(err, false, 1, clock::get);
        clock.addAndGet(IngestProgress.PLAIN_INTERVAL_NANOS);
        progress.fileDone(2, false);
        progress.finish();
        assertThat(text()).isEqualTo("ingest: 1/1 files, 2 passages, 0 rejected\n");
    }

    @Test
    void nothingIsWrittenWhenThereIsNothingToSend() {
        IngestProgress progress = new IngestProgress(err, true, 0, clock::get);
        progress.start();
        progress.finish();
        assertThat(text()).isEmpty();
    }

    @Test
    void anotherCommandNamesItsOwnUnitAndPrefixAndMayLeaveRejectionsOut() {
        IngestProgress bar = new IngestProgress(err, true, 2, clock::get, "reindex", "documents", false);
        bar.start();
        bar.fileDone(30, false);
        bar.finish();
        assertThat(text()).contains("\r[############------------] 1/2 documents, 30 passages").doesNotContain("rejected");

        bytes.reset();
        IngestProgress plain = new IngestProgress(err, false, 2, clock::get, "reindex", "documents", false);
        plain.fileDone(30, false);
        plain.fileDone(12, false);
        plain.finish();
        assertThat(text()).isEqualTo("reindex: 2/2 documents, 42 passages\n");
    }
}
