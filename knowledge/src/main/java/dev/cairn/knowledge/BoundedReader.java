package dev.cairn.knowledge;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream whole, but stops with {@link TooLargeException} as soon as it passes a size limit. */
final class BoundedReader {
    private BoundedReader() {
    }

    static byte[] read(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            total += n;
            if (total > maxBytes) {
                throw new TooLargeException();
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** The stream held more than the limit. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("over the size limit");
        }
    }
}
