package dev.cairn.slack.internal;

import com.slack.api.Slack;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.util.Responder;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.chat.ChatPostEphemeralRequest;
import com.slack.api.methods.request.chat.ChatPostMessageRequest;
import com.slack.api.methods.request.chat.ChatUpdateRequest;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.webhook.WebhookResponse;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts replies through the Web API ({@code chat.postMessage}, {@code chat.postEphemeral}, {@code chat.update}); where the bot may not post
 * (not a member of the channel) and the interaction left a {@code response_url}, replies through that instead.
 * Never throws: a reply that cannot be delivered is logged.
 */
public final class SlackReplies {
    private static final Logger log = LoggerFactory.getLogger(SlackReplies.class);
    private static final Set<String> NOT_ALLOWED_HERE = Set.of("not_in_channel", "channel_not_found",
            "is_archived", "restricted_action");
    private final MethodsClient client;
    private final Slack slack;

    public SlackReplies(MethodsClient client, Slack slack) {
        this.client = Objects.requireNonNull(client, "client");
        this.slack = Objects.requireNonNull(slack, "slack");
    }

    /** Posts the messages in order, visible to the channel (in the thread when the target has one). */
    public void post(ReplyTarget target, List<SlackMessage> messages) {
        for (SlackMessage message : messages) {
            String error = call("chat.postMessage", () -> client.chatPostMessage(ChatPostMessageRequest.builder()
                    .channel(target.channel()).threadTs(emptyToNull(target.threadTs()))
                    .text(message.text()).blocks(message.blocks()).unfurlLinks(false).unfurlMedia(false).build()));
            if (error != null && NOT_ALLOWED_HERE.contains(error)) {
                respond(target, "in_channel", message.text(), message.blocks());
            }
        }
    }

    /** Shows {@code mrkdwn} to the target's user only. */
    public void ephemeral(ReplyTarget target, String mrkdwn) {
        String error = call("chat.postEphemeral", () -> client.chatPostEphemeral(ChatPostEphemeralRequest.builder()
                .channel(target.channel()).user(target.user()).threadTs(emptyToNull(target.threadTs()))
                .text(mrkdwn).build()));
        if (error != null && NOT_ALLOWED_HERE.contains(error)) {
            respond(target, "ephemeral", mrkdwn, null);
        }
    }

    /** Replaces the bot's message {@code ts} in {@code channel} with {@code message}; returns false when Slack refused. */
    public boolean update(String channel, String ts, SlackMessage message) {
        return call("chat.update", () -> client.chatUpdate(ChatUpdateRequest.builder().channel(channel).ts(ts)
                .text(message.text()).blocks(message.blocks()).build())) == null;
    }

    private void respond(ReplyTarget target, String responseType, String text, List<LayoutBlock> blocks) {
        if (target.responseUrl().isEmpty()) {
            return;
        }
        try {
            WebhookResponse response = new Responder(slack, target.responseUrl()).send(SlashCommandResponse.builder()
                    .responseType(responseType).text(text).blocks(blocks).build());
            if (response.getCode() != 200) {
                log.warn("Slack refused a reply through response_url: HTTP {} {}", response.getCode(),
                        response.getBody());
            }
        } catch (IOException | RuntimeException e) {
            log.warn("could not reply through response_url: {}", e.toString());
        }
    }

    /** Runs one Web API call; returns null on success, else Slack's error code (or {@code io_error}). */
    private static String call(String method, ApiCall call) {
        try {
            SlackApiTextResponse response = call.run();
            if (response.isOk()) {
                return null;
            }
            log.warn("Slack refused {}: {}", method, response.getError());
            return response.getError();
        } catch (SlackApiException e) {
            String error = e.getError() != null ? e.getError().getError() : "http_" + e.getResponse().code();
            log.warn("Slack refused {}: {}", method, error);
            return error;
        } catch (IOException | RuntimeException e) {
            log.warn("could not call Slack's {}: {}", method, e.toString());
            return "io_error";
        }
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    @FunctionalInterface
    private interface ApiCall {
        SlackApiTextResponse run() throws IOException, SlackApiException;
    }
}
