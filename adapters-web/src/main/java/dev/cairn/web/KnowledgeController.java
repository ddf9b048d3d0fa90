package dev.cairn.web;

import dev.cairn.core.Attachment;
import dev.cairn.core.FileIntake;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeBase;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The knowledge API of the web scope: upload files, list documents, delete one. */
@RestController
public class KnowledgeController {
    private static final User WEB_USER = new User("web", "web page");
    private final FileIntake intake;
    private final KnowledgeBase knowledge;
    private final Set<String> visibleScopes;
    private final Voice voice;

    public KnowledgeController(FileIntake intake, KnowledgeBase knowledge, ScopePolicy scopes, Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.intake = Objects.requireNonNull(intake, "intake");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.visibleScopes = scopes.visible(Platform.WEB, ScopePolicy.WEB);
    }

    @PostMapping(path = "/api/v1/knowledge/files", consumes = "multipart/form-data")
    public Map<String, List<FileReportJson>> upload(@RequestParam(name = "files", required = false)
                                                    List<MultipartFile> files, HttpServletRequest request) {
        if (files == null || files.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "no_files",
                    "Send at least one file in the multipart field \"files\".");
        }
        List<Attachment> attachments = files.stream().map(KnowledgeController::toAttachment).toList();
        User uploader = RequestLanguage.of(request).map(WEB_USER::withLocale).orElse(WEB_USER);
        InboundMessage message = new InboundMessage(Platform.WEB, "web", "", "", uploader, "", attachments,
                MessageKind.FILE, "");
        Language language = voice.of(uploader);
        return Map.of("files", intake.ingest(message).stream().map(r -> FileReportJson.of(r, voice, language))
                .toList());
    }

    @GetMapping("/api/v1/knowledge/documents")
    public Map<String, List<DocumentJson>> documents() {
        return Map.of("documents", knowledge.documents(visibleScopes).stream().map(DocumentJson::of).toList());
    }

    @DeleteMapping("/api/v1/knowledge/documents/{id}")
    public ResponseEntity<Void> delete(@PathVariable("id") String id) {
        Optional<DocumentInfo> document = knowledge.document(id).filter(d -> visibleScopes.contains(d.scope()));
        if (document.isEmpty() || !knowledge.delete(id)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "unknown_document", "There is no document with id " + id + ".");
        }
        return ResponseEntity.noContent().build();
    }

    private static Attachment toAttachment(MultipartFile file) {
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "upload" : file.getOriginalFilename();
        return new Attachment(name, file.getContentType(), file.getSize(), Optional.empty(), "",
                file::getInputStream);
    }
}
