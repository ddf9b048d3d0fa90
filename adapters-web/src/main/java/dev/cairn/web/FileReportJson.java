package dev.cairn.web;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.IngestReport;
import java.util.Locale;

/** One uploaded file's result, as {@code POST /api/v1/knowledge/files} returns it. */
public record FileReportJson(@JsonProperty("document_id") String documentId, String name, String status, int passages,
                             int pages, ApiError.Detail error) {

    /** The report, its error said in {@code language}. */
    static FileReportJson of(IngestReport report, Voice voice, Language language) {
        return new FileReportJson(report.documentId().isEmpty() ? null : report.documentId(), report.name(),
                report.status().name().toLowerCase(Locale.ROOT), report.passages(), report.pages(),
                report.error().map(e -> new ApiError.Detail(e.code(), voice.say(language, e.reason()))).orElse(null));
    }
}
