package dev.cairn.discord.internal;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.reply.ReplySplitter;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.reply.ReplyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.MarkdownSanitizer;

/**
 * Turns a reply into Discord messages within Discord's limits: the answer text cut into pieces of 2,000 characters,
 * and its citations as "Sources" embeds (4,096 characters of description each, at most 10 embeds and 6,000
 * characters of embeds per message), or as plain text after the answer when embeds may not be sent; the headings in
 * the language of the {@link Labels} given.
 */
final class ReplyRenderer {
    static final int CONTENT_LIMIT = Message.MAX_CONTENT_LENGTH;
    static final int DESCRIPTION_LIMIT = MessageEmbed.DESCRIPTION_MAX_LENGTH;
    static final int EMBEDS_PER_MESSAGE = Message.MAX_EMBED_COUNT;
    static final int EMBED_CHARS_PER_MESSAGE = MessageEmbed.EMBED_MAX_LENGTH_BOT;
    static final int QUOTE_CHARS = ReplyText.QUOTE_CHARS;
    static final int COLOR = 0x4F6D7A;

    /**
     * The words around the sources, in one language.
     *
     * @param title      the heading of the sources
     * @param continued  the heading of the embeds after the first
     * @param sharedHere the text of a link to the message that shared a document
     */
    record Labels(String title, String continued, String sharedHere) {
        Labels {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(continued, "continued");
            Objects.requireNonNull(sharedHere, "sharedHere");
        }

        static Labels in(Voice voice, Language language) {
            return new Labels(voice.say(language, "discord.sources"), voice.say(language, "discord.sources.continued"),
                    voice.say(language, "discord.sources.shared_here"));
        }
    }

    /** The messages to send, in order; {@code embeds} false puts the sources in the text instead. */
    public List<RenderedPart> render(BotReply reply, boolean embeds, Labels labels) {
        ReplyText text = ReplyText.of(reply);
        List<String> entries = text.sources().stream().map(source -> entry(source, embeds, labels.sharedHere()))
                .toList();
        if (!embeds) {
            String all = entries.isEmpty() ? text.body()
                    : text.body() + "\n\n**" + labels.title() + "**\n" + String.join("\n", entries);
            return ReplySplitter.split(all, CONTENT_LIMIT).stream().map(p -> new RenderedPart(p, List.of())).toList();
        }
        List<String> pieces = ReplySplitter.split(text.body(), CONTENT_LIMIT);
        List<List<MessageEmbed>> batches = batches(embeds(entries, labels));
        List<RenderedPart> parts = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            boolean last = i == pieces.size() - 1;
            parts.add(new RenderedPart(pieces.get(i), last && !batches.isEmpty() ? batches.get(0) : List.of()));
        }
        int first = pieces.isEmpty() ? 0 : 1;
        for (int i = first; i < batches.size(); i++) {
            parts.add(new RenderedPart("", batches.get(i)));
        }
        return parts;
    }

    /** As {@link #entry(ReplyText.Source, boolean, String)}, for one citation. */
    static String entry(Citation citation, boolean embed, String sharedHere) {
        return entry(ReplyText.Source.of(citation), embed, sharedHere);
    }

    /**
     * One source: marker, document, location and link on the first line, then the quote as a block quote. In text
     * the link, labelled {@code sharedHere}, is wrapped in angle brackets so that Discord shows no preview of it.
     */
    static String entry(ReplyText.Source source, boolean embed, String sharedHere) {
        StringBuilder line = new StringBuilder("**").append(source.marker()).append(' ')
                .append(MarkdownSanitizer.escape(source.document())).append("**");
        if (!source.location().isEmpty()) {
            line.append(" · ").append(MarkdownSanitizer.escape(source.location()));
        }
        source.link().ifPresent(l -> line.append(" · [").append(sharedHere).append("](")
                .append(embed ? l : "<" + l + ">").append(")"));
        if (!source.quote().isEmpty()) {
            line.append("\n> ").append(MarkdownSanitizer.escape(source.quote()));
        }
        return line.toString();
    }

    /** At most {@code max} characters, cut by the core's {@link ReplySplitter#shorten}. */
    static String shorten(String text, int max) {
        return ReplySplitter.shorten(text, max);
    }

    /** The entries packed into as few embeds as fit the description limit. */
    private static List<MessageEmbed> embeds(List<String> entries, Labels labels) {
        List<MessageEmbed> embeds = new ArrayList<>();
        StringBuilder description = new StringBuilder();
        for (String entry : entries) {
            if (description.length() > 0 && description.length() + 2 + entry.length() > DESCRIPTION_LIMIT) {
                embeds.add(embed(embeds.isEmpty() ? labels.title() : labels.continued(), description.toString()));
                description.setLength(0);
            }
            if (description.length() > 0) {
                description.append("\n\n");
            }
            description.append(shorten(entry, DESCRIPTION_LIMIT));
        }
        if (description.length() > 0) {
            embeds.add(embed(embeds.isEmpty() ? labels.title() : labels.continued(), description.toString()));
        }
        return embeds;
    }

    private static MessageEmbed embed(String title, String description) {
        return new EmbedBuilder().setTitle(title).setColor(COLOR)
                .setDescription(description).build();
    }

    /** Embeds grouped into messages of at most 10 embeds and 6,000 embed characters. */
    private static List<List<MessageEmbed>> batches(List<MessageEmbed> embeds) {
        List<List<MessageEmbed>> batches = new ArrayList<>();
        List<MessageEmbed> batch = new ArrayList<>();
        int chars = 0;
        for (MessageEmbed embed : embeds) {
            if (!batch.isEmpty() && (batch.size() == EMBEDS_PER_MESSAGE
                    || chars + embed.getLength() > EMBED_CHARS_PER_MESSAGE)) {
                batches.add(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
            batch.add(embed);
            chars += embed.getLength();
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }
}
