package dev.cairn.slack.internal;

import dev.cairn.core.reply.ReplySplitter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's text conventions: escaping for mrkdwn, reading Slack markup back as plain text, and Slack's length limits. */
public final class SlackText {
    /** Longest text of one section block. */
    public static final int MAX_BLOCK_CHARS = 3000;
    private static final Pattern MARKUP = Pattern.compile("<([^<>]*)>");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");

    private SlackText() {
    }

    /** Escapes the three characters Slack reserves for markup: {@code &}, {@code <} and {@code >}. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** An answer's text as Slack mrkdwn: escaped, with Markdown {@code **bold**} turned into Slack's {@code *bold*}. */
    public static String mrkdwn(String text) {
        return BOLD.matcher(escape(text)).replaceAll("*$1*");
    }

    /**
     * What a person typed, from Slack's markup: {@code <@U1|ann>} becomes {@code @ann}, {@code <#C1|general>} becomes
     * {@code #general}, {@code <https://x|label>} becomes {@code label}, and entities are unescaped.
     */
    public static String toPlain(String text) {
        if (text == null) {
            return "";
        }
        Matcher m = MARKUP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(plainOf(m.group(1))));
        }
        m.appendTail(out);
        return out.toString().replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&").strip();
    }

    /** The text of a message that mentions the bot, without the mentions of the bot, as plain text. */
    public static String withoutMention(String text, String botUserId) {
        if (text == null) {
            return "";
        }
        String rest = botUserId == null || botUserId.isBlank() ? text.replaceFirst("^\\s*<@[A-Z0-9]+(\\|[^>]*)?>", "")
                : text.replaceAll("<@" + Pattern.quote(botUserId) + "(\\|[^>]*)?>", "");
        return toPlain(rest);
    }

    private static String plainOf(String inner) {
        int bar = inner.indexOf('|');
        String target = bar < 0 ? inner : inner.substring(0, bar);
        String label = bar < 0 ? "" : inner.substring(bar + 1);
        if (target.startsWith("@")) {
            return "@" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("#")) {
            return "#" + (label.isEmpty() ? target.substring(1) : label);
        }
        if (target.startsWith("!")) {
            String special = target.substring(1);
            return label.isEmpty() ? "@" + special.replaceFirst("^subteam\\^", "") : label;
        }
        return label.isEmpty() ? target : label;
    }

    /** {@code text} on one line, cut by the core's {@link ReplySplitter#shorten} to at most {@code max} characters. */
    public static String shorten(String text, int max) {
        return ReplySplitter.shorten(text.strip().replaceAll("\\s+", " "), max);
    }

    /** Mrkdwn text in pieces of at most {@code max} characters, cut by the core's {@link ReplySplitter#split}. */
    public static List<String> split(String text, int max) {
        return ReplySplitter.split(text, max);
    }
}
