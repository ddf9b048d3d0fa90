package dev.cairn.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No sentence a person reads is written in Java: the core and the chat and web adapters say their own words through
 * the message bundles. A string literal of three or more English words fails this test unless its statement
 * clearly does not reach a person in a chat (a log line, an exception for operators, an error of the HTTP API, which
 * carries a stable code for clients, a regular expression, the name of a piece of work for the logs), or it is listed
 * below with the reason.
 */
class NoEnglishRepliesInCodeTest {
    private static final List<String> SCANNED = List.of("bot-core", "adapters-slack", "adapters-discord",
            "adapters-web", "prompts", "knowledge/src/main/java/dev/cairn/knowledge/parse");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    /** A literal with alternatives, groups or escapes is a regular expression, not a sentence. */
    private static final Pattern REGEX = Pattern.compile("\\(\\?|\\||\\\\\\\\[bdsw]");
    /** Statements that reach no person in a chat, by what they call. */
    private static final Pattern NOT_A_REPLY = Pattern.compile("LOG\\.|log\\.|Logger|Exception\\(|Error\\(|throw "
            + "|ToolResult\\.|require[A-Z]\\w*\\(|ApiError\\.|HttpStatus\\.|\\.header\\(|Pattern\\.compile|@");
    /** What comes right before a literal that names work for the logs or explains a fallback to operators. */
    private static final Pattern FOR_OPERATORS = Pattern.compile("(\\.(hand|offer|busy|background)\\(|String what = "
            + "|permissions\\.has\\([^;]*,|String fallback = )\\s*$");
    /** Files whose sentences are for the language model or operators, not for the asker, and why. */
    private static final Map<String, String> ALLOWED = Map.ofEntries(
            Map.entry("GroundedPrompt.java", "the language model's instructions (a prompt part a template may override)"),
            Map.entry("NumberedPassages.java", "how passages are shown to the language model"),
            Map.entry("ToolResult.java", "a tool's result, read by the language model"),
            Map.entry("RunbookTool.java", "a tool: what it returns is read by the language model"),
            Map.entry("SlackSettings.java", "start-up errors naming the setting to fix, for whoever runs Cairn"),
            Map.entry("SlackBot.java", "the HTTP body Slack's servers get on the events endpoint in Socket Mode"),
            Map.entry("SlackEventsServlet.java", "HTTP bodies for Slack's servers"),
            Map.entry("SignatureCheck.java", "why a request failed Slack's signature check: a 401 and a log line"),
            Map.entry("ApiKeyFilter.java", "the HTTP API's 401/403 bodies, with stable codes for API clients"));
    /** Single literals that reach no person, and why. */
    private static final Map<String, String> ALLOWED_LITERALS = Map.of(
            "\"WebApi[token hidden]\"", "toString of an object that holds the bot token, for logs",
            "\"The tool failed: \"", "a failed tool call as the language model reads it");

    @Test
    void noEnglishSentenceIsWrittenInJavaWhereItCouldReachAPerson() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<String> found = new ArrayList<>();
        for (String module : SCANNED) {
            Path dir = module.contains("/") ? root.resolve(module) : root.resolve(module).resolve("src/main/java");
            assertThat(dir).as("the scanned sources").isDirectory();
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .filter(f -> !ALLOWED.containsKey(f.getFileName().toString()))
                        .forEach(f -> found.addAll(sentencesIn(root.relativize(f), read(f))));
            }
        }
        assertThat(found).as("English sentences in code: move them into messages*.properties").isEmpty();
    }

    @Test
    void theScanFindsASentenceThatWouldReachAPersonAndNothingElse() {
        String source = """
                class X {
                    String reply() {
                        LOG.info("this line is for operators only");
                        work.hand("answering a web question", () -> reply(), tell);
                        // "a comment is not a reply at all"
                        Pattern p = Pattern.compile("how (many|much) days");
                        String unit = "(?:minute|hour|work day)s?";
                        String more = "|twelve|fifteen|twenty)";
                        return "Sorry, something went wrong here.";
                    }
                }
                """;

        assertThat(sentencesIn(Path.of("X.java"), source)).containsExactly(
                "X.java:9: \"Sorry, something went wrong here.\"");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The sentence literals of {@code source} whose statement may reach a person, as {@code file:line: "text"}. */
    static List<String> sentencesIn(Path file, String source) {
        List<String> found = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        List<int[]> literals = new ArrayList<>();
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                end = end < 0 ? source.length() : end + 3;
                literals.add(new int[] {code.length(), i, end});
                code.append("\"\"");
                i = end;
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int end = i + 1;
                while (end < source.length() && source.charAt(end) != quote) {
                    end += source.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(end + 1, source.length());
                if (quote == '"') {
                    literals.add(new int[] {code.length(), i, end});
                }
                code.append(quote).append(quote);
                i = end;
            } else {
                code.append(source.charAt(i));
                i++;
            }
        }
        for (int[] literal : literals) {
            String text = source.substring(literal[1], literal[2]);
            Matcher words = WORD.matcher(text);
            int count = 0;
            while (words.find()) {
                count++;
            }
            if (count < 3 || !text.contains(" ") || ALLOWED_LITERALS.containsKey(text) || REGEX.matcher(text).find()) {
                continue;
            }
            int start = Math.max(Math.max(code.lastIndexOf(";", literal[0]), code.lastIndexOf("{", literal[0])),
                    code.lastIndexOf("}", literal[0]));
            int end = code.indexOf(";", literal[0]);
            String statement = code.substring(start + 1, end < 0 ? code.length() : end);
            String before = code.substring(Math.max(start + 1, literal[0] - 120), literal[0]);
            if (!NOT_A_REPLY.matcher(statement).find() && !FOR_OPERATORS.matcher(before).find()) {
                int line = (int) source.substring(0, literal[1]).chars().filter(c -> c == '\n').count() + 1;
                found.add(file + ":" + line + ": " + text);
            }
        }
        return found;
    }
}
