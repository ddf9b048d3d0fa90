package dev.cairn.slack.internal;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.DividerBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.composition.PlainTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.cairn.core.BotReply;
import dev.cairn.core.i18n.Language;
import dev.cairn.core.i18n.Voice;
import dev.cairn.core.reply.ReplyText;
import dev.cairn.core.runbook.Proposal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Renders a {@link BotReply} as Block Kit: the answer in section blocks of at most 3,000 characters, the citations
 * as a numbered list (document, page or section, quoted passage, link to where the file was shared) and 👍 / 👎
 * buttons carrying the reply id. An answer too long for one message continues in further messages. Its own words
 * (labels, headings) come from the message bundles, in the language it is given.
 */
public final class BlockKitRenderer {
    public static final String VOTE_UP = "cairn_vote_up";
    public static final String VOTE_DOWN = "cairn_vote_down";
    public static final String APPROVE = "cairn_runbook_approve";
    public static final String DENY = "cairn_runbook_deny";
    private static final int QUESTION_CHARS = 2000;
    private final Voice voice;

    public BlockKitRenderer(Voice voice) {
        this.voice = Objects.requireNonNull(voice, "voice");
    }

    /**
     * The messages of an answer; {@code askedBy} ({@code <@U1> asked: …}) heads it when the question is not visible.
     *
     * @param language the language of the labels around the answer (the question's)
     */
    public List<SlackMessage> answer(BotReply reply, Optional<Asker> askedBy, Language language) {
        List<LayoutBlock> blocks = new ArrayList<>();
        askedBy.ifPresent(asker -> blocks.add(context(voice.say(language, "slack.asked", asker.userId(),
                SlackText.escape(SlackText.shorten(asker.question(), QUESTION_CHARS))))));
        ReplyText text = ReplyText.of(reply);
        List<String> pieces = SlackText.split(SlackText.mrkdwn(text.body()), SlackText.MAX_BLOCK_CHARS);
        pieces.forEach(piece -> blocks.add(section(piece)));
        if (!text.sources().isEmpty()) {
            blocks.add(DividerBlock.builder().build());
            String where = voice.say(language, "slack.source.link");
            text.sources().forEach(source -> blocks.add(section(citation(source, where))));
        }
        if (text.votable()) {
            blocks.add(voteButtons(text.replyId(), language));
        }
        return paginate(pieces.isEmpty() ? "" : pieces.get(0), blocks, language);
    }

    /** A plain reply (a command's result, an ingestion report) as mrkdwn sections, without buttons. */
    public List<SlackMessage> plain(String text, Language language) {
        List<String> pieces = SlackText.split(SlackText.mrkdwn(text), SlackText.MAX_BLOCK_CHARS);
        List<LayoutBlock> blocks = new ArrayList<>();
        pieces.forEach(piece -> blocks.add(section(piece)));
        return paginate(pieces.isEmpty() ? "" : pieces.get(0), blocks, language);
    }

    /**
     * Asks for approval of a proposed runbook action: who asked, the exact action, and Approve / Deny buttons, in the
     * language of the message that asked for it.
     */
    public SlackMessage approval(Proposal proposal) {
        Language language = voice.of(proposal.asked());
        String text = "<@" + SlackText.escape(proposal.requestedBy()) + "> "
                + SlackText.escape(voice.say(language, ReplyText.approvalRequest(proposal)));
        return new SlackMessage(text, List.of(section(text), ActionsBlock.builder().blockId("cairn_runbook")
                .elements(List.of(button(voice.say(language, "slack.approval.approve"), APPROVE, proposal.id(),
                                "primary"),
                        button(voice.say(language, "slack.approval.deny"), DENY, proposal.id(), "danger"))).build()));
    }

    /** What became of an approval request, replacing it: the decision's text and no buttons. */
    public SlackMessage decided(String decision) {
        String text = SlackText.escape(SlackText.shorten(decision, SlackText.MAX_BLOCK_CHARS));
        return new SlackMessage(text, List.of(section(text)));
    }

    /** One numbered source; {@code where} labels the link to where the file was shared. */
    static String citation(ReplyText.Source source, String where) {
        StringBuilder line = new StringBuilder("*").append(source.marker()).append("* ");
        line.append('*').append(SlackText.escape(source.document())).append('*');
        if (!source.location().isBlank()) {
            line.append(", ").append(SlackText.escape(source.location()));
        }
        source.link().filter(BlockKitRenderer::linkable)
                .ifPresent(link -> line.append(" · <").append(link).append('|').append(SlackText.escape(where))
                        .append('>'));
        if (!source.quote().isEmpty()) {
            line.append("\n>").append(SlackText.escape(source.quote()));
        }
        return line.toString();
    }

    private static boolean linkable(String link) {
        return (link.startsWith("https://") || link.startsWith("http://")) && link.chars().noneMatch(ch -> ch == '|'
                || ch == '<' || ch == '>' || Character.isWhitespace(ch));
    }

    private ActionsBlock voteButtons(String replyId, Language language) {
        return ActionsBlock.builder().blockId("cairn_vote").elements(List.of(
                button(voice.say(language, "slack.vote.up"), VOTE_UP, replyId),
                button(voice.say(language, "slack.vote.down"), VOTE_DOWN, replyId))).build();
    }

    private static ButtonElement button(String label, String actionId, String replyId) {
        return button(label, actionId, replyId, null);
    }

    private static ButtonElement button(String label, String actionId, String value, String style) {
        return ButtonElement.builder().actionId(actionId).value(value).style(style)
                .text(PlainTextObject.builder().text(label).emoji(true).build()).build();
    }

    private static SectionBlock section(String mrkdwn) {
        return SectionBlock.builder().text(MarkdownTextObject.builder().text(mrkdwn).build()).build();
    }

    private static ContextBlock context(String mrkdwn) {
        return ContextBlock.builder().elements(List.of(MarkdownTextObject.builder().text(mrkdwn).build())).build();
    }

    /** Splits blocks into messages of at most 50; the first carries the notification text, the rest say they continue. */
    private List<SlackMessage> paginate(String firstText, List<LayoutBlock> blocks, Language language) {
        List<SlackMessage> messages = new ArrayList<>();
        String continued = voice.say(language, "slack.continued");
        for (int from = 0; from < blocks.size(); from += SlackMessage.MAX_BLOCKS) {
            List<LayoutBlock> page = blocks.subList(from, Math.min(blocks.size(), from + SlackMessage.MAX_BLOCKS));
            messages.add(new SlackMessage(from == 0 ? firstText : continued, page));
        }
        return messages;
    }

    /**
     * Who asked, for answers to a slash command (Slack shows no one the command itself).
     *
     * @param userId   the Slack user id
     * @param question the question as typed
     */
    public record Asker(String userId, String question) {
    }
}
