package dev.cairn.app.slack;

import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The JSON of the events and interactions Slack sends, as documented, with only the fields that matter here. */
final class SlackPayloads {
    private SlackPayloads() {
    }

    /** {@code app_mention}: {@code text} should contain {@code <@UCAIRNBOT>}; {@code threadTs} null outside threads. */
    static String mention(String team, String channel, String user, String ts, String threadTs, String text) {
        ObjectNode e = FakeSlack.JSON.createObjectNode().put("type", "app_mention").put("user", user)
                .put("text", text).put("ts", ts).put("team", team).put("channel", channel).put("event_ts", ts);
        if (threadTs != null) {
            e.put("thread_ts", threadTs);
        }
        return e.toString();
    }

    /** A direct message to the bot ({@code message} in an {@code im} channel). */
    static String directMessage(String team, String channel, String user, String ts, String text) {
        return FakeSlack.JSON.createObjectNode().put("type", "message").put("channel", channel).put("user", user)
                .put("text", text).put("ts", ts).put("team", team).put("event_ts", ts).put("channel_type", "im")
                .toString();
    }

    /** The message of an upload: subtype {@code file_share}, with the file as Slack lists it in the event. */
    static String fileShareMessage(String channel, String user, String ts, String fileId, String name) {
        ObjectNode e = FakeSlack.JSON.createObjectNode().put("type", "message").put("subtype", "file_share")
                .put("text", "").put("user", user).put("upload", true).put("ts", ts).put("channel", channel)
                .put("event_ts", ts).put("channel_type", "channel");
        ArrayNode files = e.putArray("files");
        files.addObject().put("id", fileId).put("name", name).put("file_access", "visible");
        return e.toString();
    }

    /** {@code file_shared}: only the file and channel ids; the rest comes from {@code files.info}. */
    static String fileShared(String channel, String user, String fileId, String eventTs) {
        ObjectNode e = FakeSlack.JSON.createObjectNode().put("type", "file_shared").put("channel_id", channel)
                .put("file_id", fileId).put("user_id", user).put("event_ts", eventTs);
        e.putObject("file").put("id", fileId);
        return e.toString();
    }

    /** {@code file_deleted}. */
    static String fileDeleted(String fileId, String eventTs) {
        return FakeSlack.JSON.createObjectNode().put("type", "file_deleted").put("file_id", fileId)
                .put("event_ts", eventTs).toString();
    }

    /** A click on a button of a message the bot posted ({@code block_actions}). */
    static String buttonClick(String team, String channel, String user, String messageTs, String actionId,
                              String value, String responseUrl) {
        ObjectNode p = FakeSlack.JSON.createObjectNode().put("type", "block_actions").put("api_app_id", "ACAIRN")
                .put("token", "deprecated").put("trigger_id", "1.2.3").put("response_url", responseUrl)
                .put("is_enterprise_install", false);
        p.putObject("team").put("id", team).put("domain", team.toLowerCase());
        p.putObject("user").put("id", user).put("username", user.toLowerCase()).put("team_id", team);
        p.putObject("channel").put("id", channel).put("name", "general");
        p.putObject("container").put("type", "message").put("message_ts", messageTs).put("channel_id", channel)
                .put("is_ephemeral", false);
        p.putObject("message").put("type", "message").put("ts", messageTs).put("user", FakeSlack.BOT_USER);
        p.putArray("actions").addObject().put("type", "button").put("action_id", actionId).put("block_id", "cairn_vote")
                .put("value", value).put("action_ts", messageTs);
        p.putObject("state").putObject("values");
        return p.toString();
    }

    /** A Socket Mode envelope. */
    static String envelope(String envelopeId, String type, String payloadJson) {
        return "{\"envelope_id\":\"" + envelopeId + "\",\"type\":\"" + type + "\",\"accepts_response_payload\":"
                + type.equals("slash_commands") + ",\"retry_attempt\":0,\"retry_reason\":\"\",\"payload\":"
                + payloadJson + "}";
    }

    /** A slash command as JSON, as Socket Mode delivers it. */
    static String commandJson(String team, String channel, String user, String text, String responseUrl) {
        ObjectNode p = FakeSlack.JSON.createObjectNode();
        Map.of("token", "deprecated", "team_id", team, "team_domain", team.toLowerCase(), "channel_id", channel,
                "channel_name", "general", "user_id", user, "user_name", user.toLowerCase(), "command", "/ask",
                "text", text, "response_url", responseUrl).forEach(p::put);
        p.put("api_app_id", "ACAIRN").put("trigger_id", "1.2.3").put("is_enterprise_install", "false");
        return p.toString();
    }
}
