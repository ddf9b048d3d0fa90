package dev.cairn.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A process's peak resident memory, from Linux's /proc/PID/status (VmHWM); -1 elsewhere or once it has exited. */
public final class PeakRss {
    private PeakRss() {
    }

    /** This process's peak. */
    static long megabytes() {
        return megabytes(Path.of("/proc/self/status"));
    }

    /** The peak of process {@code pid}. */
    public static long megabytes(long pid) {
        return megabytes(Path.of("/proc", Long.toString(pid), "status"));
    }

    private static long megabytes(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
