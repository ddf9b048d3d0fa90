package dev.cairn.core.reply;

import dev.cairn.core.BotReply;
import dev.cairn.core.Citation;
import dev.cairn.core.Outcome;
import dev.cairn.core.i18n.Phrase;
import dev.cairn.core.runbook.Proposal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reply as every adapter renders it: the answer text with its {@code [n]} markers, and the numbered sources those
 * markers point to, each shortened once here (the adapter only adds its platform's markup and cuts with
 * {@link ReplySplitter}).
 *
 * @param body    the answer text
 * @param sources the cited passages, in marker order
 * @param replyId the reply's id, for the vote buttons
 * @param votable whether the reply is an answer people may vote on (not a command's result or a file report)
 */
public record ReplyText(String body, List<Source> sources, String replyId, boolean votable) {
    /** Longest quote of a source, in characters. */
    public static final int QUOTE_CHARS = 300;
    /** Longest document name or location of a source, in characters. */
    public static final int NAME_CHARS = 200;
    /** Longest description of a proposed action in an approval request, in characters. */
    public static final int DESCRIPTION_CHARS = 1500;

    public ReplyText {
        Objects.requireNonNull(body, "body");
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        Objects.requireNonNull(replyId, "replyId");
    }

    /** The text of {@code reply}, its citations numbered and shortened. */
    public static ReplyText of(BotReply reply) {
        return new ReplyText(reply.text(), reply.citations().stream().map(Source::of).toList(), reply.id(),
                reply.outcome() == Outcome.ANSWERED || reply.outcome() == Outcome.NO_ANSWER);
    }

    /**
     * What an approval request says after the mention of who asked: {@code asked Cairn to run `x(a=1)`: what it
     * does. An approver must approve it.} The same words on every platform; each escapes it for its markup.
     */
    public static Phrase approvalRequest(Proposal proposal) {
        String description = ReplySplitter.shorten(proposal.action().description().strip().replaceAll("\\s+", " "),
                DESCRIPTION_CHARS).replaceAll("\\.+$", "");
        return Phrase.of("approval.request", proposal.describe(),
                description.isEmpty() ? "" : Phrase.of("approval.request_description", description));
    }

    /**
     * One numbered source.
     *
     * @param marker   how the answer text points to it: {@code [1]}
     * @param document the document's name, shortened
     * @param location the page or section, shortened; empty when unknown
     * @param quote    the quoted passage on one line, shortened; may be empty
     * @param link     where the file was shared, when it is an http(s) link
     */
    public record Source(String marker, String document, String location, String quote, Optional<String> link) {
        public Source {
            Objects.requireNonNull(marker, "marker");
            Objects.requireNonNull(document, "document");
            Objects.requireNonNull(location, "location");
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(link, "link");
        }

        /** The source a citation shows: its marker, names and quote shortened, its link kept when http(s). */
        public static Source of(Citation c) {
            return new Source("[" + c.index() + "]", shortLine(c.document(), NAME_CHARS),
                    shortLine(c.location().label(), NAME_CHARS), shortLine(c.quote(), QUOTE_CHARS),
                    c.link().filter(l -> l.startsWith("https://") || l.startsWith("http://")));
        }

        private static String shortLine(String text, int max) {
            return ReplySplitter.shorten(text.strip().replaceAll("\\s+", " "), max);
        }
    }
}
