package dev.cairn.core;

import java.io.IOException;
import java.io.InputStream;

/** Opens the bytes of a file on demand; each call returns a new stream the caller closes, or throws if the bytes cannot be read. */
@FunctionalInterface
public interface ContentSource {
    InputStream open() throws IOException;
}
