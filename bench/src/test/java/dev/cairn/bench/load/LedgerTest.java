package dev.cairn.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerTest {
    private final Tokens tokens = new Tokens();
    private final Ledger ledger = new Ledger(tokens);

    @Test
    void anAnswerInItsAskersChannelCountsOnce() {
        Ledger.Asker slash = ledger.register(1, Ledger.Route.SLASH);

        ledger.posted(slash.channel(), "", "Meals are covered [1]. " + tokens.answer(1));

        Ledger.Tally tally = ledger.tally(List.of(slash));
        assertThat(tally.answered()).isEqualTo(1);
        assertThat(tally.doubled()).isZero();
        assertThat(tally.strayed()).isZero();
        assertThat(tally.silent()).isZero();
    }

    @Test
    void anAnswerPostedToAnotherAskerIsMisdeliveredAndAnswersNeitherOfThem() {
        Ledger.Asker one = ledger.register(1, Ledger.Route.SLASH);
        Ledger.Asker two = ledger.register(2, Ledger.Route.SLASH);

        ledger.posted(two.channel(), "", "Meals are covered [1]. " + tokens.answer(1));

        Ledger.Tally tally = ledger.tally(List.of(one, two));
        assertThat(tally.strayed()).isEqualTo(1);
        assertThat(tally.answered()).isZero();
        assertThat(tally.silent()).isEqualTo(2);
    }

    @Test
    void aMentionsAnswerOutsideItsThreadIsMisdelivered() {
        Ledger.Asker mention = ledger.register(3, Ledger.Route.MENTION);

        ledger.posted(mention.channel(), "", tokens.answer(3));

        assertThat(ledger.tally(List.of(mention)).strayed()).isEqualTo(1);
        ledger.posted(mention.channel(), mention.threadTs(), tokens.answer(3));
        assertThat(ledger.tally(List.of(mention)).answered()).isEqualTo(1);
    }

    @Test
    void theSameAnswerTwiceIsDoubled() {
        Ledger.Asker web = ledger.register(4, Ledger.Route.WEB);

        ledger.responded(web, 200, "{\"answer\":\"" + tokens.answer(4) + "\"}", 1_000_000);
        ledger.responded(web, 200, "{\"answer\":\"" + tokens.answer(4) + "\"}", 1_000_000);

        assertThat(ledger.tally(List.of(web)).doubled()).isEqualTo(1);
    }

    @Test
    void busyRepliesAreCountedByRoute() {
        Ledger.Asker slash = ledger.register(5, Ledger.Route.SLASH);
        Ledger.Asker mention = ledger.register(6, Ledger.Route.MENTION);
        Ledger.Asker web = ledger.register(7, Ledger.Route.WEB);

        ledger.responded(slash, 200, "{\"text\":\"I'm busy with other questions right now\"}", 1);
        ledger.responded(mention, 200, "", 1);
        ledger.posted(mention.channel(), mention.threadTs(), "I'm busy with other questions right now");
        ledger.responded(web, 503, "{\"error\":\"busy\"}", 1);

        Ledger.Tally tally = ledger.tally(List.of(slash, mention, web));
        assertThat(tally.busy()).isEqualTo(3);
        assertThat(tally.silent()).isZero();
    }

    @Test
    void anAcknowledgedQuestionWithoutAReplyIsSilent() {
        Ledger.Asker mention = ledger.register(8, Ledger.Route.MENTION);

        ledger.responded(mention, 200, "", 1);

        assertThat(ledger.settled(List.of(mention))).isFalse();
        assertThat(ledger.tally(List.of(mention)).silent()).isEqualTo(1);
    }

    @Test
    void tokensOfAnotherRunAreNotAnswers() {
        Tokens other = new Tokens();
        Ledger.Asker slash = ledger.register(9, Ledger.Route.SLASH);

        assertThat(other.answer(9)).as("each run has tokens of its own").isNotEqualTo(tokens.answer(9));
        ledger.posted(slash.channel(), "", other.answer(9));

        assertThat(ledger.tally(List.of(slash)).answered()).isZero();
    }
}
