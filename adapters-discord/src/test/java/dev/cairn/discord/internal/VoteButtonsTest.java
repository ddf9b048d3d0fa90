package dev.cairn.discord.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.port.Vote;
import java.util.List;
import net.dv8tion.jda.api.components.actionrow.ActionRow;
import net.dv8tion.jda.api.components.buttons.Button;
import org.junit.jupiter.api.Test;

class VoteButtonsTest {

    @Test
    void bothButtonsCarryTheReplyIdAndReadBackAsTheirVote() {
        ActionRow row = VoteButtons.row("5f0c-reply").orElseThrow();
        List<String> ids = row.getButtons().stream().map(Button::getCustomId).toList();

        assertThat(ids).containsExactly("vote:up:5f0c-reply", "vote:down:5f0c-reply");
        assertThat(VoteButtons.parse(ids.get(0))).contains(new VoteButtons.Cast("5f0c-reply", Vote.UP));
        assertThat(VoteButtons.parse(ids.get(1))).contains(new VoteButtons.Cast("5f0c-reply", Vote.DOWN));
    }

    @Test
    void otherButtonsAndEmptyReplyIdsAreNotVotes() {
        assertThat(VoteButtons.parse("cairn-approve:abc")).isEmpty();
        assertThat(VoteButtons.parse("vote:up:")).isEmpty();
        assertThat(VoteButtons.parse("vote:sideways:abc")).isEmpty();
    }

    @Test
    void aReplyIdTooLongForACustomIdGetsNoButtons() {
        assertThat(VoteButtons.row("x".repeat(Button.ID_MAX_LENGTH))).isEmpty();
        assertThat(VoteButtons.row(" ")).isEmpty();
    }
}
