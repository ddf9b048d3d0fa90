package dev.cairn.core.prompt;

import dev.cairn.core.InboundMessage;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Messages;
import dev.cairn.core.i18n.TextLanguage;
import dev.cairn.core.port.AskerHistory.Asker;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The variables a prompt template may use, and their values for one question. {@code inputs.NAME} is whatever a web
 * API client passed as {@code inputs}; every other name is listed in {@link #NAMES}.
 */
public final class PromptVariables {
    /** Every variable a template may name, besides {@code inputs.NAME}. */
    public static final List<String> NAMES = List.of("user.name", "user.is_new", "user.first_seen",
            "user.question_count", "platform", "workspace", "channel.name", "date", "time",
            "knowledge.document_count", "missing_terms", "language", "lang.en", "lang.zh");
    static final String INPUTS = "inputs";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private PromptVariables() {
    }

    static String joined(List<String> terms, Language language) {
        if (terms.size() <= 1) {
            return terms.isEmpty() ? "" : terms.get(0);
        }
        Messages messages = Messages.bundled();
        return messages.text(language, "list.or", String.join(messages.text(language, "list.separator"),
                terms.subList(0, terms.size() - 1)), terms.get(terms.size() - 1));
    }

    /** The section a part's text for {@code language} is written in: {@code lang.en} or {@code lang.zh}. */
    static String section(Language language) {
        return "lang." + language.locale().getLanguage();
    }

    /** True when a template may refer to {@code name} (as a variable or a section). */
    public static boolean isKnown(String name) {
        return NAMES.contains(name) || name.startsWith(INPUTS + ".") && name.length() > INPUTS.length() + 1
                || name.equals(".") || name.equals("this");
    }

    /**
     * The values for a question.
     *
     * @param asker     the asker's earlier questions
     * @param now       the time of the question, in the deployment's zone
     * @param documents how many documents the asker can see; empty when the template does not use it
     */
    public static Map<String, Object> of(InboundMessage message, Asker asker, ZonedDateTime now,
                                         OptionalInt documents) {
        return of(message, asker, now, documents, List.of());
    }

    /**
     * The values for a question, with {@code missing_terms}: the question's words that no document the asker can
     * see contains, joined as "Tokyo", "Tokyo or Osaka", "Tokyo, Osaka or Kyoto"; empty (so a section on it is
     * skipped) when there are none.
     */
    public static Map<String, Object> of(InboundMessage message, Asker asker, ZonedDateTime now,
                                         OptionalInt documents, List<String> missingTerms) {
        return of(message, asker, now, documents, missingTerms,
                TextLanguage.of(message.text()).orElse(Language.ENGLISH));
    }

    /**
     * As above, for a question answered in {@code language}: {@code language} is its tag ({@code en},
     * {@code zh-CN}), and exactly one of the sections {@code lang.en} and {@code lang.zh} is true.
     */
    public static Map<String, Object> of(InboundMessage message, Asker asker, ZonedDateTime now,
                                         OptionalInt documents, List<String> missingTerms, Language language) {
        Map<String, Object> user = new HashMap<>();
        user.put("name", message.user().displayName());
        user.put("is_new", asker.isNew());
        user.put("first_seen", asker.firstSeen().map(at -> LocalDate.ofInstant(at, now.getZone()))
                .orElse(now.toLocalDate()).toString());
        user.put("question_count", asker.questionCount());
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("user", user);
        values.put("platform", message.platform().id());
        values.put("workspace", message.workspace());
        values.put("channel", Map.of("name", message.channelName()));
        values.put("date", now.toLocalDate().toString());
        values.put("time", now.format(TIME));
        values.put("knowledge", Map.of("document_count", documents.orElse(0)));
        values.put("missing_terms", joined(missingTerms, language));
        values.put("language", language.tag());
        Map<String, Object> lang = new HashMap<>();
        for (Language each : Language.values()) {
            lang.put(each.locale().getLanguage(), each == language);
        }
        values.put("lang", lang);
        values.put(INPUTS, Map.copyOf(message.inputs()));
        return values;
    }
}
