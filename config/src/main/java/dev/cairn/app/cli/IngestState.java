package dev.cairn.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * What one folder's files looked like when a Cairn last reported them indexed or duplicate: the file
 * {@value #FILE_NAME} in that folder, keyed by target (URL and scope), then by path relative to the folder. A missing
 * or unreadable state file counts as empty (everything is sent again; the server answers duplicate for known bytes).
 */
final class IngestState {
    static final String FILE_NAME = ".cairn-ingest.json";
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private static final TypeReference<Stored> STORED = new TypeReference<>() {
    };

    /** A file's size, modification time (milliseconds) and SHA-256 (hex). */
    record Fingerprint(long size, long modified, String sha256) {
        Fingerprint {
            Objects.requireNonNull(sha256, "sha256");
        }
    }

    /** The file's layout: a format version and, per target, relative path to fingerprint. */
    record Stored(int version, Map<String, Map<String, Fingerprint>> targets) {
        Stored {
            targets = targets == null ? new TreeMap<>() : new TreeMap<>(targets);
            targets.replaceAll((k, v) -> new TreeMap<>(v));
        }
    }

    private final Path dir;
    private final Stored stored;
    private final boolean unreadable;
    private boolean dirty;

    private IngestState(Path dir, Stored stored, boolean unreadable) {
        this.dir = dir;
        this.stored = stored;
        this.unreadable = unreadable;
    }

    /** The state kept in {@code dir}; empty when there is none or it cannot be read (see {@link #unreadable()}). */
    static IngestState load(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new IngestState(dir, new Stored(1, null), false);
        }
        try {
            return new IngestState(dir, JSON.readValue(file.toFile(), STORED), false);
        } catch (JacksonException e) {
            return new IngestState(dir, new Stored(1, null), true);
        }
    }

    /** Whether a state file existed but could not be read, so that everything is sent again. */
    boolean unreadable() {
        return unreadable;
    }

    /** The state file's path. */
    Path file() {
        return dir.resolve(FILE_NAME);
    }

    /** The key of {@code file} in the state: its path relative to the folder, with '/' between names. */
    String key(Path file) {
        return dir.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
    }

    /**
     * Whether {@code file} is as it was when {@code target} last accepted it: same size and modification time, or
     * same size and same SHA-256 (then the new time is remembered, so the next run need not read it again).
     */
    boolean unchanged(String target, Path file) throws IOException {
        Optional<Fingerprint> known = Optional.ofNullable(stored.targets().getOrDefault(target, Map.of()).get(key(file)));
        if (known.isEmpty()) {
            return false;
        }
        long size = Files.size(file);
        long modified = Files.getLastModifiedTime(file).toMillis();
        if (known.get().size() != size) {
            return false;
        }
        if (known.get().modified() == modified) {
            return true;
        }
        String sha = sha256(file);
        if (sha.equals(known.get().sha256())) {
            remember(target, file, new Fingerprint(size, modified, sha));
            return true;
        }
        return false;
    }

    /** Remembers that {@code target} accepted {@code file} as it is now. */
    void remember(String target, Path file) throws IOException {
        remember(target, file, fingerprint(file));
    }

    private void remember(String target, Path file, Fingerprint fingerprint) {
        stored.targets().computeIfAbsent(target, k -> new TreeMap<>()).put(key(file), fingerprint);
        dirty = true;
    }

    /** How many files {@code target} is known to hold from this folder. */
    int known(String target) {
        return stored.targets().getOrDefault(target, Map.of()).size();
    }

    /**
     * Writes the state file if anything was remembered since the last save, through a temporary file so that a crash
     * leaves the old one whole.
     */
    void save() throws IOException {
        if (!dirty) {
            return;
        }
        Path tmp = dir.resolve(FILE_NAME + ".tmp");
        JSON.writeValue(tmp.toFile(), stored);
        Files.move(tmp, file(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        dirty = false;
    }

    static Fingerprint fingerprint(Path file) throws IOException {
        return new Fingerprint(Files.size(file), Files.getLastModifiedTime(file).toMillis(), sha256(file));
    }

    static String sha256(Path file) throws IOException {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
