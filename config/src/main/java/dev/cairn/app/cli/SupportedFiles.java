package dev.cairn.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The files under a folder that Cairn can read, chosen by extension (the formats of knowledge's
 * {@code parse/DocumentFormat}); hidden files and folders (names starting with '.') are left out.
 */
final class SupportedFiles {
    static final Set<String> EXTENSIONS = Set.of("pdf", "docx", "docm", "doc", "pptx", "pptm", "xlsx", "xlsm", "xls",
            "html", "htm", "xhtml", "eml", "md", "markdown", "csv", "tsv", "txt", "text", "log");

    /** The supported files found, sorted, and how many of each other extension were skipped. */
    record Found(List<Path> files, SortedMap<String, Integer> skipped) {
        Found {
            files = List.copyOf(files);
            skipped = new TreeMap<>(skipped);
        }

        int skippedCount() {
            return skipped.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SupportedFiles() {
    }

    static boolean supported(Path file) {
        return extension(file).map(EXTENSIONS::contains).orElse(false);
    }

    static Optional<String> extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot <= 0 || dot == name.length() - 1 ? Optional.empty()
                : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Walks {@code dir} recursively; throws {@link UncheckedIOException} when the folder cannot be read. */
    static Found under(Path dir) {
        List<Path> files = new ArrayList<>();
        SortedMap<String, Integer> skipped = new TreeMap<>();
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
                    return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!attrs.isRegularFile() || hidden(file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (supported(file)) {
                        files.add(file);
                    } else {
                        skipped.merge(extension(file).map(e -> "." + e).orElse("(no extension)"), 1, Integer::sum);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    skipped.merge("(unreadable)", 1, Integer::sum);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(null);
        return new Found(files, skipped);
    }

    private static boolean hidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }
}
