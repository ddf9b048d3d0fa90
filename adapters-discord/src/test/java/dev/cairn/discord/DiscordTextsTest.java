package dev.cairn.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Discord adapter's own words live in the message bundles: every key it names has a text in every language, and
 * no sentence in its code reaches a person (the sentences left are for operators: logs, exceptions, the reasons
 * logged for a missing permission, the names of work handed to the pool).
 */
class DiscordTextsTest {
    private static final Path SOURCES = Path.of("src/main/java");
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern KEY = Pattern.compile("[a-z]+(?:\\.[a-z_]+)+");
    /** Three words or more: a sentence or a phrase a person would read. */
    private static final Pattern WORDS = Pattern.compile("[A-Za-z']+\\s+[A-Za-z',.]+\\s+[A-Za-z]");
    private static final List<String> FOR_OPERATORS = List.of("LOG.", "Exception(", "permissions.", "handoff.",
            "String fallback =");

    @Test
    void everyKeyTheAdapterSaysHasATextInEveryLanguage() throws IOException {
        List<String> keys = literals().stream().map(Literal::text).filter(t -> KEY.matcher(t).matches()).distinct()
                .toList();

        assertThat(keys).contains("discord.notice.dm_no_server", "discord.approval.approve", "discord.sources");
        for (String key : keys) {
            for (Language language : Language.values()) {
                assertThatCode(() -> Messages.bundled().text(language, key)).as("%s in %s", key, language)
                        .doesNotThrowAnyException();
            }
        }
    }

    @Test
    void noSentenceInTheCodeReachesAPerson() throws IOException {
        List<String> sentences = literals().stream().filter(l -> WORDS.matcher(l.text()).find()).toList().stream()
                .filter(l -> FOR_OPERATORS.stream().noneMatch(l.statement()::contains))
                .map(l -> l.file() + ": \"" + l.text() + "\"").toList();

        assertThat(sentences).as("texts a person reads belong in messages.properties").isEmpty();
    }

    /** A string literal of the adapter's code, with the statement it is part of. */
    private record Literal(String file, String text, String statement) {
    }

    private static List<Literal> literals() throws IOException {
        assertThat(SOURCES).isDirectory();
        List<Literal> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String code = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?s)/\\*.*?\\*/", "")
                        .replaceAll("//[^\\n]*", "");
                Matcher m = LITERAL.matcher(code);
                while (m.find()) {
                    int start = Math.max(code.lastIndexOf(';', m.start()), Math.max(code.lastIndexOf('{', m.start()),
                            code.lastIndexOf('}', m.start())));
                    int end = code.indexOf(';', m.end());
                    literals.add(new Literal(file.getFileName().toString(), m.group(1),
                            code.substring(start + 1, end < 0 ? code.length() : end)));
                }
            }
        }
        return literals;
    }
}
