package dev.cairn.slack.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Slack's text conventions: escaping for mrkdwn, reading Slack markup back as plain text, and Slack's length limits. */
public final class SlackText {
    /** Longest text of one section block. */
    public static final int MAX_BLOCK_CHARS = 3000;
    private static final String FENCE = "```";
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

    /** {@code text} cut at a word boundary to at most {@code max} characters, ending with an ellipsis when cut. */
    public static String shorten(String text, int max) {
        String flat = text.strip().replaceAll("\\s+", " ");
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max - 1);
        cut = cut < max / 2 ? max - 1 : cut;
        return flat.substring(0, cut).strip() + "…";
    }

    /**
     * Splits mrkdwn text into pieces of at most {@code max} characters, cutting only between sentences (or lines)
     * and never inside a {@code ```} code block. Only a single sentence or code block longer than {@code max} is cut
     * itself: a sentence at a space, a code block between lines, each piece closed and reopened as code.
     */
    public static List<String> split(String text, int max) {
        if (max < 20) {
            throw new IllegalArgumentException("max must be 20 or more, was " + max);
        }
        List<String> chunks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String unit : units(text)) {
            if (current.length() + unit.length() <= max) {
                current.append(unit);
                continue;
            }
            flush(current, chunks);
            String trimmed = unit.stripLeading();
            if (trimmed.length() <= max) {
                current.append(trimmed);
            } else if (trimmed.startsWith(FENCE)) {
                chunks.addAll(splitCode(trimmed, max));
            } else {
                chunks.addAll(splitProse(trimmed, max));
            }
        }
        flush(current, chunks);
        return chunks;
    }

    private static void flush(StringBuilder current, List<String> chunks) {
        String chunk = current.toString().strip();
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        current.setLength(0);
    }

    /** Sentences (with the space after them) and whole code blocks; concatenated they give back the text. */
    static List<String> units(String text) {
        List<String> units = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            int fence = text.indexOf(FENCE, i);
            if (fence < 0) {
                sentences(text.substring(i), units);
                break;
            }
            sentences(text.substring(i, fence), units);
            int close = text.indexOf(FENCE, fence + FENCE.length());
            int end = close < 0 ? text.length() : close + FENCE.length();
            while (end < text.length() && Character.isWhitespace(text.charAt(end))) {
                end++;
            }
            units.add(text.substring(fence, end));
            i = end;
        }
        return units;
    }

    private static void sentences(String prose, List<String> units) {
        int start = 0;
        int n = prose.length();
        for (int i = 0; i < n; i++) {
            char c = prose.charAt(i);
            boolean end = c == '\n' || c == '。' || c == '？' || c == '！' || c == '；'
                    || ((c == '.' || c == '?' || c == '!') && (i + 1 == n || Character.isWhitespace(prose.charAt(i + 1))));
            if (end) {
                int next = i + 1;
                while (next < n && Character.isWhitespace(prose.charAt(next))) {
                    next++;
                }
                units.add(prose.substring(start, next));
                start = next;
                i = next - 1;
            }
        }
        if (start < n) {
            units.add(prose.substring(start));
        }
    }

    private static List<String> splitProse(String sentence, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = sentence;
        while (rest.length() > max) {
            int cut = rest.lastIndexOf(' ', max);
            if (cut < max / 2) {
                cut = max;
                int amp = rest.lastIndexOf('&', cut - 1);
                if (amp >= 0 && cut - amp < 6 && rest.indexOf(';', amp) >= cut) {
                    cut = amp; // never cut inside &amp; &lt; &gt;
                }
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static List<String> splitCode(String block, int max) {
        String body = block.strip();
        body = body.substring(FENCE.length(), body.endsWith(FENCE) && body.length() >= 2 * FENCE.length()
                ? body.length() - FENCE.length() : body.length());
        int room = max - 2 * FENCE.length() - 2;
        List<String> pieces = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : body.split("\n", -1)) {
            String rest = line;
            while (rest.length() > room) {
                closeCode(current, pieces);
                pieces.add(FENCE + "\n" + rest.substring(0, room) + "\n" + FENCE);
                rest = rest.substring(room);
            }
            if (current.length() + rest.length() + 1 > room) {
                closeCode(current, pieces);
            }
            if (current.length() > 0) {
                current.append('\n');
            }
            current.append(rest);
        }
        closeCode(current, pieces);
        return pieces;
    }

    private static void closeCode(StringBuilder current, List<String> pieces) {
        String code = current.toString().replaceAll("^\\n+|\\s+$", "");
        if (!code.isBlank()) {
            pieces.add(FENCE + "\n" + code + "\n" + FENCE);
        }
        current.setLength(0);
    }
}
