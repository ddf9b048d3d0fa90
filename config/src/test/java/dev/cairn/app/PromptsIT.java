package dev.cairn.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.cairn.core.prompt.TemplateException;
import dev.cairn.records.RecordsDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Prompt templates end to end: startup checks, routes per channel, new and returning users, experiments, the playground. */
class PromptsIT {
    private static final String LAPTOPS = "Which laptops need full-disk encryption?";
    private static final String OFF_TOPIC = "What is the capital of France?";
    private static final String ONBOARDING_GREETING = "{{#user.is_new}}Welcome {{user.name}} to #{{channel.name}}!"
            + "{{/user.is_new}}{{^user.is_new}}Back again, {{user.name}} (question {{user.question_count}})."
            + "{{/user.is_new}}";

    @TempDir
    Path dataDir;

    private static JsonNode chat(Api api, String user, String query, String channel) {
        Map<String, Object> body = new HashMap<>(Map.of("user", user, "query", query, "user_name",
                user.substring(0, 1).toUpperCase() + user.substring(1)));
        if (channel != null) {
            body.put("channel", channel);
        }
        Api.Reply reply = api.postJson("/api/v1/chat", Api.JSON.writeValueAsString(body));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void anUnknownVariableStopsStartupNamingTemplateAndLine() {
        assertThatThrownBy(() -> RunningCairn.start(dataDir,
                "cairn.prompts.templates.support.greeting=Hello.\n{{user.nick}}"))
                .rootCause().isInstanceOf(TemplateException.class)
                .hasMessage("prompt template support part greeting, line 2: unknown variable 'user.nick'; known: "
                        + "user.name, user.is_new, user.first_seen, user.question_count, platform, workspace, "
                        + "channel.name, date, time, knowledge.document_count, missing_terms, language, lang.en, lang.zh, inputs.NAME");
    }

    @Test
    void aSyntaxErrorInAVariantStopsStartupNamingItsLine() {
        assertThatThrownBy(() -> RunningCairn.start(dataDir,
                "cairn.prompts.templates.tone.variants.warm.system=Be warm.\n\n{{#user.is_new}}Hi{{/user.name}}"))
                .rootCause().isInstanceOf(TemplateException.class)
                .hasMessageStartingWith("prompt template tone (variant warm) part system, line 3:");
    }

    @Test
    void aChannelsTemplateGreetsNewUsersAndFramesTheNoAnswer() {
        try (RunningCairn cairn = RunningCairn.start(dataDir,
                "cairn.prompts.templates.onboarding.greeting=" + ONBOARDING_GREETING,
                "cairn.prompts.templates.onboarding.no-answer=Nothing on that in my {{knowledge.document_count}} "
                        + "document(s), {{user.name}}.",
                "cairn.prompts.routes[0].channel=#onboarding",
                "cairn.prompts.routes[0].template=onboarding")) {
            assertThat(cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status()).isEqualTo(200);

            JsonNode first = chat(cairn.api, "ann", LAPTOPS, "onboarding");
            assertThat(first.get("answer").asString()).startsWith("Welcome Ann to #onboarding!\n").contains("[1]");
            assertThat(first.get("usage").get("experiment").asString()).isEqualTo("default");
            assertThat(first.get("usage").get("variant").asString()).isEqualTo("onboarding");

            JsonNode second = chat(cairn.api, "ann", LAPTOPS, "onboarding");
            assertThat(second.get("answer").asString()).startsWith("Back again, Ann (question 1).\n");

            JsonNode nothing = chat(cairn.api, "ann", OFF_TOPIC, "onboarding");
            assertThat(nothing.get("answer").asString()).isEqualTo("Nothing on that in my 1 document(s), Ann.");
            assertThat(nothing.get("citations")).isEmpty();

            JsonNode elsewhere = chat(cairn.api, "bob", LAPTOPS, "general");
            assertThat(elsewhere.get("answer").asString()).doesNotContain("Welcome");
            assertThat(elsewhere.get("usage").get("variant").asString()).isEqualTo("default");
        }
    }

    @Test
    void anExperimentKeepsEachUserOnOneVariantAndCountsBoth() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.prompts.default=tone",
                "cairn.prompts.templates.tone.variants.brief.greeting=(brief)",
                "cairn.prompts.templates.tone.variants.brief.weight=1",
                "cairn.prompts.templates.tone.variants.warm.greeting=(warm) Happy to help, {{user.name}}!",
                "cairn.prompts.templates.tone.variants.warm.weight=1")) {
            assertThat(cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status()).isEqualTo(200);
            Map<String, String> variantOf = new HashMap<>();
            for (int i = 0; i < 16; i++) {
                JsonNode reply = chat(cairn.api, "user" + i, LAPTOPS, null);
                String variant = reply.get("usage").get("variant").asString();
                assertThat(reply.get("usage").get("experiment").asString()).isEqualTo("tone");
                assertThat(reply.get("answer").asString()).startsWith("(" + variant + ")");
                variantOf.put("user" + i, variant);
            }
            for (int i = 0; i < 16; i++) {
                assertThat(chat(cairn.api, "user" + i, LAPTOPS, null).get("usage").get("variant").asString())
                        .isEqualTo(variantOf.get("user" + i));
            }
            assertThat(new HashSet<>(variantOf.values())).containsExactlyInAnyOrder("brief", "warm");

            JsonNode stats = cairn.api.get("/api/v1/stats/prompts").json();
            JsonNode tone = experiment(stats, "tone");
            int answers = 0;
            Set<String> names = new HashSet<>();
            for (JsonNode variant : tone.get("variants")) {
                names.add(variant.get("name").asString());
                answers += variant.get("answers").asInt();
            }
            assertThat(names).containsExactlyInAnyOrder("brief", "warm");
            assertThat(answers).isEqualTo(32);
        }
    }

    @Test
    void thePlaygroundPreviewsTriesAndSavesATemplateWithoutARestart() throws Exception {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            Api api = cairn.api;
            assertThat(api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status()).isEqualTo(200);
            JsonNode catalog = api.get("/api/v1/prompts").json();
            assertThat(catalog.get("default").asString()).isEqualTo("default");
            assertThat(catalog.get("templates").get(0).get("name").asString()).isEqualTo("default");
            assertThat(catalog.get("variables").toString()).contains("user.is_new", "inputs.NAME");

            Map<String, Object> draft = Map.of("name", "default", "greeting", ONBOARDING_GREETING);
            JsonNode asNew = api.postJson("/api/v1/prompts/preview", Api.JSON.writeValueAsString(Map.of(
                    "template", draft, "sample", Map.of("user", "new", "user_name", "Lin", "channel", "help")))).json();
            assertThat(asNew.get("rendered").get("greeting").asString()).isEqualTo("Welcome Lin to #help!");
            JsonNode returning = api.postJson("/api/v1/prompts/preview", Api.JSON.writeValueAsString(Map.of(
                    "template", draft, "sample", Map.of("user", "returning", "user_name", "Lin"), "question",
                    LAPTOPS))).json();
            assertThat(returning.get("rendered").get("greeting").asString()).isEqualTo("Back again, Lin (question 12).");
            assertThat(returning.get("reply").get("answer").asString()).startsWith("Back again, Lin (question 12).\n")
                    .contains("[1]");
            assertThat(api.get("/api/v1/stats/prompts").json().get("experiments")).as("tries are not recorded")
                    .isEmpty();

            Api.Reply bad = api.putJson("/api/v1/prompts/default", Api.JSON.writeValueAsString(Map.of(
                    "greeting", "Hi\n{{#user.is_new}}new{{/user.is_new}}\n{{user.age}}")));
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.json().get("error").get("line").asInt()).isEqualTo(3);
            assertThat(bad.json().get("error").get("message").asString()).contains("unknown variable 'user.age'");
            assertThat(chat(api, "kim", LAPTOPS, null).get("answer").asString()).doesNotContain("Hi");

            Api.Reply saved = api.putJson("/api/v1/prompts/default", Api.JSON.writeValueAsString(Map.of(
                    "greeting", "Hello {{user.name}}, from {{platform}}:")));
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
            assertThat(dataDir.resolve("prompts/default.json")).as("kept in the records database").doesNotExist();
            assertThat(chat(api, "kim", LAPTOPS, null).get("answer").asString()).startsWith("Hello Kim, from web:\n");
        }
        try (RunningCairn restarted = RunningCairn.start(dataDir)) {
            assertThat(chat(restarted.api, "kim", LAPTOPS, null).get("answer").asString())
                    .startsWith("Hello Kim, from web:\n");
        }
    }

    @Test
    void inputsFromTheChatApiReachTemplatesAndBadOnesAreRefused() {
        try (RunningCairn cairn = RunningCairn.start(dataDir,
                "cairn.prompts.templates.default.no-answer=Nothing for team {{inputs.team}} (ticket {{inputs.ticket}})"
                        + "{{#inputs.urgent}}, escalating{{/inputs.urgent}}.")) {
            Map<String, Object> inputs = Map.of("team", "Payroll", "ticket", 42, "urgent", true);
            Api.Reply answered = cairn.api.postJson("/api/v1/chat", Api.JSON.writeValueAsString(Map.of(
                    "user", "ann", "query", OFF_TOPIC, "inputs", inputs)));
            assertThat(answered.json().get("answer").asString())
                    .isEqualTo("Nothing for team Payroll (ticket 42), escalating.");

            Api.Reply nested = cairn.api.postJson("/api/v1/chat", Api.JSON.writeValueAsString(Map.of(
                    "user", "ann", "query", OFF_TOPIC, "inputs", Map.of("team", Map.of("name", "Payroll")))));
            assertThat(nested.status()).isEqualTo(400);
            assertThat(nested.json().get("error").get("code").asString()).isEqualTo("invalid_inputs");
            assertThat(nested.json().get("error").get("message").asString()).contains("\"team\"");
            Api.Reply badName = cairn.api.postJson("/api/v1/chat", Api.JSON.writeValueAsString(Map.of(
                    "user", "ann", "query", OFF_TOPIC, "inputs", Map.of("two words", "x"))));
            assertThat(badName.status()).isEqualTo(400);
            assertThat(badName.json().get("error").get("code").asString()).isEqualTo("invalid_inputs");
        }
    }

    @Test
    void thePlaygroundRefusesUnknownVariantsAndBadNamesAndReportsAFailedSave() throws Exception {
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            Api api = cairn.api;
            Api.Reply noVariant = api.postJson("/api/v1/prompts/preview", Api.JSON.writeValueAsString(Map.of(
                    "template", Map.of("name", "default", "greeting", "hi"), "variant", "warm")));
            assertThat(noVariant.status()).isEqualTo(400);
            assertThat(noVariant.json().get("error").get("code").asString()).isEqualTo("unknown_variant");

            Api.Reply badName = api.putJson("/api/v1/prompts/two%20words", "{\"greeting\": \"hi\"}");
            assertThat(badName.status()).isEqualTo(400);
            assertThat(badName.json().get("error").get("code").asString()).isEqualTo("invalid_template");
            Api.Reply badWeight = api.putJson("/api/v1/prompts/tone", Api.JSON.writeValueAsString(Map.of(
                    "variants", List.of(Map.of("name", "a", "weight", -1)))));
            assertThat(badWeight.status()).isEqualTo(400);
            assertThat(badWeight.json().get("error").get("message").asString()).contains("weight of variant a");

            try (Connection connection = cairn.bean(RecordsDatabase.class).connection();
                 Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE prompt_templates RENAME TO prompt_templates_gone");
            }
            Api.Reply failed = api.putJson("/api/v1/prompts/default", "{\"greeting\": \"Saved?\"}");
            assertThat(failed.status()).isEqualTo(500);
            assertThat(failed.json().get("error").get("code").asString()).isEqualTo("save_failed");
            assertThat(chat(api, "kim", OFF_TOPIC, null).get("answer").asString())
                    .as("a template that could not be saved is not in effect").doesNotContain("Saved?");
        }
    }

    @Test
    void aTemplateAnEarlierCairnSavedAsAFileIsCopiedIntoTheDatabaseOnce() throws Exception {
        Files.createDirectories(dataDir.resolve("prompts"));
        Files.writeString(dataDir.resolve("prompts/default.json"),
                "{\"name\": \"default\", \"greeting\": \"From the file, {{user.name}}:\"}");
        try (RunningCairn cairn = RunningCairn.start(dataDir)) {
            assertThat(cairn.api.upload(Map.of("handbook.pdf", TestDocuments.HANDBOOK)).status()).isEqualTo(200);
            assertThat(chat(cairn.api, "kim", LAPTOPS, null).get("answer").asString())
                    .startsWith("From the file, Kim:\n");
            Api.Reply saved = cairn.api.putJson("/api/v1/prompts/default", "{\"greeting\": \"Saved later:\"}");
            assertThat(saved.status()).as(saved.body()).isEqualTo(200);
        }
        try (RunningCairn restarted = RunningCairn.start(dataDir)) {
            assertThat(chat(restarted.api, "kim", LAPTOPS, null).get("answer").asString())
                    .as("the file is not copied over a template saved since").startsWith("Saved later:\n");
        }
    }

    @Test
    void thePlaygroundNeedsTheApiKeyWhenOneIsSet() {
        try (RunningCairn cairn = RunningCairn.start(dataDir, "cairn.web.api-key=s3cret")) {
            assertThat(cairn.api.get("/api/v1/prompts").status()).isEqualTo(401);
            assertThat(cairn.api.putJson("/api/v1/prompts/default", "{\"greeting\": \"hi\"}").status()).isEqualTo(401);
            assertThat(cairn.api.withKey("s3cret").get("/api/v1/prompts").status()).isEqualTo(200);
        }
        assertThat(dataDir.resolve("prompts/default.json")).doesNotExist();
    }

    private static JsonNode experiment(JsonNode stats, String name) {
        for (JsonNode experiment : stats.get("experiments")) {
            if (experiment.get("name").asString().equals(name)) {
                return experiment;
            }
        }
        throw new AssertionError("no experiment " + name + " in " + stats);
    }
}
