package dev.cairn.prompts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.prompt.PromptParts;
import dev.cairn.core.prompt.PromptStore;
import dev.cairn.core.prompt.PromptTemplate;
import dev.cairn.core.prompt.PromptVariant;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps saved prompt templates as one JSON file each, {@code <dir>/<name>.json}, written atomically (a temp file
 * moved into place), so a crash leaves the old version or the new one, never half of one. A file that cannot be read
 * makes {@link #load()} throw, naming it.
 */
public final class FilePromptStore implements PromptStore {
    private static final String SUFFIX = ".json";
    private final Path dir;
    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

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
                Files.writeString(temp, json.writeValueAsString(SavedTemplate.of(template)));
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
            PromptTemplate template = json.readValue(file.toFile(), SavedTemplate.class).toTemplate();
            if (!template.name().equals(expected)) {
                throw new IllegalArgumentException("it names the template '" + template.name() + "'");
            }
            return template;
        } catch (JacksonException | IllegalArgumentException e) {
            throw new IllegalStateException("the saved prompt template " + file + " cannot be read: " + e.getMessage(),
                    e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The file format: a template and its variants, part by part. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SavedTemplate(String name, String system, String greeting, @JsonProperty("no_answer") String noAnswer,
                         List<SavedVariant> variants) {
        static SavedTemplate of(PromptTemplate template) {
            PromptParts parts = template.parts();
            return new SavedTemplate(template.name(), parts.system(), parts.greeting(), parts.noAnswer(),
                    template.variants().stream().map(SavedVariant::of).toList());
        }

        PromptTemplate toTemplate() {
            return new PromptTemplate(name, new PromptParts(system, greeting, noAnswer),
                    variants == null ? List.of() : variants.stream().map(SavedVariant::toVariant).toList());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record SavedVariant(String name, Double weight, String system, String greeting,
                        @JsonProperty("no_answer") String noAnswer) {
        static SavedVariant of(PromptVariant variant) {
            PromptParts parts = variant.parts();
            return new SavedVariant(variant.name(), variant.weight(), parts.system(), parts.greeting(),
                    parts.noAnswer());
        }

        PromptVariant toVariant() {
            return new PromptVariant(name, weight == null ? 1 : weight, new PromptParts(system, greeting, noAnswer));
        }
    }
}
