package dev.cairn.slack.internal;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatGetPermalinkResponse;
import com.slack.api.methods.response.files.FilesInfoResponse;
import com.slack.api.model.File;
import com.slack.api.model.event.FileDeletedEvent;
import com.slack.api.model.event.FileSharedEvent;
import com.slack.api.util.http.SlackHttpClient;
import dev.cairn.core.Attachment;
import dev.cairn.core.Dispatcher;
import dev.cairn.core.Handoff;
import dev.cairn.core.InboundMessage;
import dev.cairn.core.MessageKind;
import dev.cairn.core.Platform;
import dev.cairn.core.ScopePolicy;
import dev.cairn.core.User;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.port.KnowledgeBase;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Files shared in a knowledge channel: fetched ({@code files.info}, then {@code url_private} with the bot token),
 * indexed into the workspace's scope through the dispatcher, and reported in a thread on the message — once, although
 * Slack announces one upload twice ({@code file_shared} and the message). Files deleted in Slack leave the index.
 * Files shared anywhere else are ignored. Reports are in the sharer's Slack locale, else {@code cairn.language}.
 */
public final class KnowledgeChannelListener {
    private static final Logger log = LoggerFactory.getLogger(KnowledgeChannelListener.class);
    private final Dispatcher dispatcher;
    private final KnowledgeBase knowledge;
    private final ScopePolicy scopes;
    private final WebApi slack;
    private final SlackReplies replies;
    private final BlockKitRenderer renderer;
    private final RecentKeys seen;
    private final Handoff work;
    private final Set<String> channels;
    private final Voice voice;
    private final UserLocales locales;

    public KnowledgeChannelListener(Dispatcher dispatcher, KnowledgeBase knowledge, ScopePolicy scopes, WebApi slack,
                                    SlackReplies replies, BlockKitRenderer renderer, RecentKeys seen, Handoff work,
                                    Set<String> channels, Voice voice, UserLocales locales) {
        this.voice = Objects.requireNonNull(voice, "voice");
        this.locales = Objects.requireNonNull(locales, "locales");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.knowledge = Objects.requireNonNull(knowledge, "knowledge");
        this.scopes = Objects.requireNonNull(scopes, "scopes");
        this.slack = Objects.requireNonNull(slack, "slack");
        this.replies = Objects.requireNonNull(replies, "replies");
        this.renderer = Objects.requireNonNull(renderer, "renderer");
        this.seen = Objects.requireNonNull(seen, "seen");
        this.work = Objects.requireNonNull(work, "work");
        this.channels = Set.copyOf(channels);
    }

    /**
     * The Web API access the listener needs, bound to the bot token.
     *
     * @param client   Web API methods
     * @param http     the HTTP client for downloads
     * @param botToken sent with each download
     */
    public record WebApi(MethodsClient client, SlackHttpClient http, String botToken) {
        @Override
        public String toString() {
            return "WebApi[token hidden]";
        }
    }

    /** True when files shared in {@code channel} are indexed. */
    public boolean isKnowledgeChannel(String channel) {
        return channel != null && channels.contains(channel);
    }

    /** A message carrying files; ignored outside knowledge channels. */
    public Response onMessageWithFiles(String team, String channel, String ts, String user, List<File> files,
                                       EventContext ctx) {
        if (!isKnowledgeChannel(channel) || files == null) {
            return ctx.ack();
        }
        List<String> fileIds = files.stream().map(File::getId).filter(Objects::nonNull)
                .filter(id -> seen.firstTime(fileKey(team, channel, id))).toList();
        if (!fileIds.isEmpty()) {
            Map<String, String> names = new HashMap<>();
            files.stream().filter(f -> f.getId() != null && f.getName() != null)
                    .forEach(f -> names.put(f.getId(), f.getName()));
            start(team, channel, ts, user, fileIds, names);
        }
        return ctx.ack();
    }

    /** {@code file_shared}: the same upload as a message with files, whichever Slack delivers first is handled. */
    public Response onFileShared(EventsApiPayload<FileSharedEvent> payload, EventContext ctx) {
        FileSharedEvent e = payload.getEvent();
        String team = Events.team(payload, null, ctx);
        if (isKnowledgeChannel(e.getChannelId()) && e.getFileId() != null
                && seen.firstTime(fileKey(team, e.getChannelId(), e.getFileId()))) {
            start(team, e.getChannelId(), null, e.getUserId(), List.of(e.getFileId()), Map.of());
        }
        return ctx.ack();
    }

    /** {@code file_deleted}: every document indexed from that file in the workspace is removed. */
    public Response onFileDeleted(EventsApiPayload<FileDeletedEvent> payload, EventContext ctx) {
        String fileId = payload.getEvent().getFileId();
        String scope = scopes.home(Platform.SLACK, Events.team(payload, null, ctx));
        if (fileId != null) {
            work.background("removing deleted Slack file " + fileId, () -> log.info(
                    "file {} deleted in Slack: removed {} document(s) from {}", fileId,
                    knowledge.deleteBySource(scope, fileId), scope));
        }
        return ctx.ack();
    }

    private static String fileKey(String team, String channel, String fileId) {
        return "file:" + team + ":" + channel + ":" + fileId;
    }

    private void start(String team, String channel, String ts, String user, List<String> fileIds,
                       Map<String, String> names) {
        ReplyTarget target = new ReplyTarget(channel, ts == null ? "" : ts, user, "");
        Consumer<Handoff.Notice> tell = notice -> {
            Language language = voice.of(sharer(team, user));
            String named = String.join(voice.say(language, "list.separator"), fileIds.stream()
                    .map(id -> names.getOrDefault(id, voice.say(language, "slack.file.unnamed"))).toList());
            replies.post(target, renderer.plain(voice.say(language, "notice.about", named, notice.phrase()),
                    language));
        };
        String what = "indexing files shared in Slack (" + team + ")";
        if (!work.offer(what, () -> ingest(team, channel, ts, user, fileIds, names), tell)) {
            fileIds.forEach(id -> seen.forget(fileKey(team, channel, id)));
            work.busy(what, tell);
        }
    }

    /** Indexes the files; returns the posting of the report, so that it is not sent once Cairn has given up. */
    private Runnable ingest(String team, String channel, String messageTs, String user, List<String> fileIds,
                            Map<String, String> names) {
        User sharer = sharer(team, user);
        Language language = voice.of(sharer);
        List<String> lines = new ArrayList<>();
        List<File> files = new ArrayList<>();
        String ts = messageTs;
        for (String id : fileIds) {
            String name = names.getOrDefault(id, voice.say(language, "slack.file.unnamed_id", id));
            FilesInfoResponse info;
            try {
                info = slack.client().filesInfo(r -> r.file(id));
            } catch (IOException | SlackApiException e) {
                log.warn("files.info for {} failed: {}", id, e.toString());
                lines.add(voice.say(language, "slack.file.fetch_failed", name, String.valueOf(e.getMessage())));
                continue;
            }
            if (!info.isOk() || info.getFile() == null) {
                lines.add(voice.say(language, "slack.file.fetch_failed", name, explain(info.getError())));
                continue;
            }
            File file = info.getFile();
            ts = ts != null ? ts : shareTs(file, channel).orElse(null);
            Optional<Phrase> problem = problem(file);
            if (problem.isPresent()) {
                lines.add(voice.say(language, problem.get()));
            } else {
                files.add(file);
            }
        }
        Optional<String> messageLink = ts == null ? Optional.empty() : permalink(channel, ts);
        if (!files.isEmpty()) {
            lines.add(index(team, channel, ts, sharer, files, messageLink));
        }
        ReplyTarget target = new ReplyTarget(channel, ts == null ? "" : ts, user, "");
        return () -> {
            if (!lines.isEmpty()) {
                replies.post(target, renderer.plain(String.join("\n", lines), language));
            }
        };
    }

    /** Who shared the files, with their Slack locale when Slack gives it. */
    private User sharer(String team, String user) {
        if (user == null || user.isBlank()) {
            return new User("unknown", null);
        }
        return locales.located(team, new User(user, null));
    }

    private String index(String team, String channel, String ts, User sharer, List<File> files,
                         Optional<String> messageLink) {
        List<Attachment> attachments = files.stream().map(f -> new Attachment(nameOf(f), f.getMimetype(),
                f.getSize() == null ? -1 : f.getSize(), messageLink.or(() -> Optional.ofNullable(f.getPermalink())),
                f.getId(), new SlackFileDownload(slack.http(), downloadUrl(f), slack.botToken(), f.getMimetype(),
                        voice, voice.of(sharer))))
                .toList();
        InboundMessage message = new InboundMessage(Platform.SLACK, team, channel, ts, sharer, "", attachments,
                MessageKind.FILE, "");
        return dispatcher.handle(message).text();
    }

    private static Optional<Phrase> problem(File file) {
        String name = nameOf(file);
        if (file.isExternal()) {
            return Optional.of(Phrase.of("slack.file.external", name));
        }
        if (downloadUrl(file) == null) {
            return Optional.of(Phrase.of("slack.file.no_download", name));
        }
        return Optional.empty();
    }

    private static String nameOf(File file) {
        if (file.getName() != null && !file.getName().isBlank()) {
            return file.getName();
        }
        return file.getTitle() != null && !file.getTitle().isBlank() ? file.getTitle() : file.getId();
    }

    private static String downloadUrl(File file) {
        return file.getUrlPrivateDownload() != null ? file.getUrlPrivateDownload() : file.getUrlPrivate();
    }

    /** The message in {@code channel} that shared the file, from {@code files.info}'s shares. */
    private static Optional<String> shareTs(File file, String channel) {
        if (file.getShares() == null) {
            return Optional.empty();
        }
        for (Map<String, List<File.ShareDetail>> byChannel : Arrays.asList(
                file.getShares().getPublicChannels(), file.getShares().getPrivateChannels())) {
            List<File.ShareDetail> shares = byChannel == null ? null : byChannel.get(channel);
            if (shares != null && !shares.isEmpty() && shares.get(0).getTs() != null) {
                return Optional.of(shares.get(0).getTs());
            }
        }
        return Optional.empty();
    }

    private Optional<String> permalink(String channel, String ts) {
        try {
            ChatGetPermalinkResponse response = slack.client().chatGetPermalink(r -> r.channel(channel).messageTs(ts));
            if (response.isOk() && response.getPermalink() != null) {
                return Optional.of(response.getPermalink());
            }
            log.warn("chat.getPermalink for {} {} failed: {}", channel, ts, response.getError());
        } catch (IOException | SlackApiException e) {
            log.warn("chat.getPermalink for {} {} failed: {}", channel, ts, e.toString());
        }
        return Optional.empty();
    }

    /** Why {@code files.info} failed, in words a person can act on. */
    private static Phrase explain(String error) {
        if (error == null) {
            return Phrase.of("slack.file.reason.none");
        }
        return switch (error) {
            case "file_not_found", "file_deleted" -> Phrase.of("slack.file.reason.deleted");
            case "missing_scope" -> Phrase.of("slack.file.reason.missing_scope");
            case "not_authed", "invalid_auth", "token_revoked", "account_inactive" ->
                    Phrase.of("slack.file.reason.bad_token", error);
            default -> Phrase.of("slack.file.reason.other", error);
        };
    }
}
