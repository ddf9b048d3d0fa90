package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A conversation in Chinese through the web API, without a language model: Cairn's own words are Chinese for a
 * Chinese question and stay English for an English one. Writes the transcript to
 * {@code target/chinese-transcript.md}.
 */
class ChineseConversationIT {
    private static final String HANDBOOK = """
            # 员工手册

            ## 年假
            正式员工每年享有十五天带薪年假。未休完的年假最多可以结转五天到下一年，其余的年底清零。

            ## 病假
            员工每年有十天带薪病假。连续病假超过三天，需要提交医院开具的证明。

            ## 出差补贴
            国内出差每天补贴三百元，用于餐饮和市内交通。
            """;
    @TempDir
    static Path dataDir;
    static RunningCairn cairn;
    static final List<String> transcript = new ArrayList<>();

    @BeforeAll
    static void start() {
        cairn = RunningCairn.start(dataDir);
        assertThat(cairn.api.upload(Map.of("员工手册.md", HANDBOOK.getBytes(StandardCharsets.UTF_8))).status())
                .isEqualTo(200);
    }

    @AfterAll
    static void stop() throws IOException {
        cairn.close();
        Path out = Path.of("target", "chinese-transcript.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", transcript) + "\n");
    }

    private static JsonNode ask(String question) {
        JsonNode answer = cairn.api.ask("li", question).json();
        transcript.add("**问:** " + question + "\n\n**Cairn:** " + answer.get("answer").asString() + "\n");
        return answer;
    }

    @Test
    void aChineseConversationIsAnsweredAndToldInChinese() {
        JsonNode first = ask("年假可以结转几天？");
        JsonNode followUp = ask("那病假呢？");
        JsonNode nothing = ask("Tokyo 的出差补贴是多少？");
        JsonNode help = ask("帮助");

        assertThat(first.get("answer").asString()).contains("结转五天").contains("[1]");
        assertThat(first.get("citations").get(0).get("document").asString()).isEqualTo("员工手册.md");
        assertThat(followUp.get("answer").asString()).contains("十天带薪病假");
        assertThat(nothing.get("citations")).isEmpty();
        assertThat(nothing.get("answer").asString())
                .startsWith(Messages.bundled().text(Language.CHINESE, "answer.no_answer"))
                .contains("文档里没有任何地方提到Tokyo。");
        assertThat(help.get("answer").asString()).isEqualTo(Messages.bundled().text(Language.CHINESE, "command.help"));
    }

    @Test
    void theSameQuestionsInEnglishAreToldInEnglish() {
        JsonNode nothing = cairn.api.ask("ann", "What is the per diem in Tokyo?").json();
        JsonNode help = cairn.api.ask("ann", "help").json();

        assertThat(nothing.get("answer").asString())
                .startsWith(Messages.bundled().text(Language.ENGLISH, "answer.no_answer"));
        assertThat(help.get("answer").asString()).isEqualTo(Messages.bundled().text(Language.ENGLISH, "command.help"));
    }

    @Test
    void aFileReportFollowsTheLanguageThePageAsksFor() {
        JsonNode chinese = cairn.api.withLanguage("zh-CN,zh;q=0.9,en;q=0.5")
                .upload(Map.of("空白.txt", new byte[0])).json().get("files").get(0);
        JsonNode english = cairn.api.withLanguage("en-US").upload(Map.of("blank.txt", new byte[0])).json()
                .get("files").get(0);
        JsonNode unnamed = cairn.api.upload(Map.of("none.txt", new byte[0])).json().get("files").get(0);

        assertThat(chinese.get("error").get("code").asString()).isEqualTo("empty");
        assertThat(chinese.get("error").get("message").asString()).isEqualTo("空白.txt 是空文件，未编入索引。");
        assertThat(english.get("error").get("message").asString()).isEqualTo("blank.txt is empty; nothing was indexed.");
        assertThat(unnamed.get("error").get("message").asString()).isEqualTo("none.txt is empty; nothing was indexed.");
    }
}
