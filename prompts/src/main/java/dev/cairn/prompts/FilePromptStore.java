package dev.cairn.prompts;

import dev.cairn.core.prompt.PromptStore;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.TemplateJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps saved prompt templates as one JSON file each, {@code <dir>/<name>.json}, written atomically (a temp file
 * moved into place), so a crash leaves the old version or the new one, never half of one. A file that cannot be read
 * makes {@link #load()} throw, naming it.
 */
public final class FilePromptStore implements PromptStore {
    private static final String SUFFIX = ".json";
    private final Path dir;

    public FilePromptStore(Path dir) {
        this.dir = dir;
    }

    @Override
    public List<PromptTemplate> load() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<PromptTemplate> templates = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                templates.add(read(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the saved prompt templates in " + dir, e);
        }
        return List.copyOf(templates);
    }

    @Override
    public void save(PromptTemplate template) {
        Path target = dir.resolve(template.name() + SUFFIX);
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, template.name(), ".tmp");
            try {
                Files.writeString(temp, TemplateJson.write(template));
                move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not save the prompt template " + template.name() + " to " + target,
                    e);
        }
    }

    private PromptTemplate read(Path file) {
        String expected = file.getFileName().toString();
        expected = expected.substring(0, expected.length() - SUFFIX.length());
        try {
            PromptTemplate template = TemplateJson.read(Files.readString(file));
            if (!template.name().equals(expected)) {
                throw new IllegalArgumentException("it names the template '" + template.name() + "'");
            }
            return template;
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the saved prompt template " + file + " cannot be read: " + e.getMessage(),
                    e);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the saved prompt template " + file, e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
