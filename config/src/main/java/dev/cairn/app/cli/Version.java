package dev.cairn.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.Properties;

/** Cairn's version: from {@code cairn-version.properties} (filtered by Maven), else the jar manifest, else "unknown". */
final class Version {
    static final String RESOURCE = "/cairn-version.properties";

    private Version() {
    }

    static String current() {
        return fromResource().or(() -> Optional.ofNullable(Version.class.getPackage().getImplementationVersion()))
                .orElse("unknown");
    }

    private static Optional<String> fromResource() {
        try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "");
            return v.isBlank() || v.contains("@") ? Optional.empty() : Optional.of(v.strip());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
