package dev.cairn.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The web API keys by name; tells which key a presented secret is, comparing in constant time. Its string form names
 * the keys, never their values. No keys means loopback mode.
 */
public final class ApiKeys {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");
    private final List<String> names;
    private final byte[][] digests;

    /** @param keys key by name; a blank name, a name outside {@code [A-Za-z0-9_.-]}, a blank or shared key is refused */
    public ApiKeys(Map<String, String> keys) {
        Map<String, String> copy = new LinkedHashMap<>(keys);
        copy.forEach((name, key) -> {
            if (name == null || !NAME.matcher(name).matches()) {
                throw new IllegalArgumentException("API key name '" + name + "' must be 1 to 64 of A-Z a-z 0-9 _ . -");
            }
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("API key " + name + " must not be blank");
            }
        });
        if (copy.values().stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException("two API keys have the same value; give each name its own key");
        }
        this.names = List.copyOf(copy.keySet());
        this.digests = copy.values().stream().map(ApiKeys::digest).toArray(byte[][]::new);
    }

    /** Whether any key is configured (else loopback mode). */
    public boolean any() {
        return !names.isEmpty();
    }

    /** The configured names, in order. */
    public List<String> names() {
        return names;
    }

    /**
     * The name of the key equal to {@code presented}, or empty. Compares SHA-256 digests with every key, without
     * stopping early, so the time taken tells neither which key nor how much of one matched, nor a key's length.
     */
    public Optional<String> identify(String presented) {
        byte[] candidate = digest(presented == null ? "" : presented);
        int found = -1;
        for (int i = 0; i < digests.length; i++) {
            boolean equal = MessageDigest.isEqual(digests[i], candidate);
            found = equal ? i : found;
        }
        return presented == null || presented.isEmpty() || found < 0 ? Optional.empty() : Optional.of(names.get(found));
    }

    private static byte[] digest(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "ApiKeys" + names;
    }
}
