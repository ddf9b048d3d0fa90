package dev.cairn.core.memory;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Platform;
import org.junit.jupiter.api.Test;

class ConversationKeyTest {
    @Test
    void theIdHandedOutForTheDefaultConversationNamesTheSameKeyWhenSentBack() {
        ConversationKey first = new ConversationKey(Platform.WEB, "web", "ann", "");

        ConversationKey sentBack = new ConversationKey(Platform.WEB, "web", "ann", first.id());

        assertThat(first.id()).isEqualTo("ann");
        assertThat(sentBack).isEqualTo(first);
        assertThat(sentBack.id()).isEqualTo("ann");
    }

    @Test
    void aBlankOrMissingConversationIsTheDefaultOne() {
        ConversationKey empty = new ConversationKey(Platform.WEB, "web", "ann", "");

        assertThat(new ConversationKey(Platform.WEB, "web", "ann", null)).isEqualTo(empty);
        assertThat(new ConversationKey(Platform.WEB, "web", "ann", "  ")).isEqualTo(empty);
        assertThat(new ConversationKey(Platform.WEB, "web", "ann", " ann ")).isEqualTo(empty);
    }

    @Test
    void aChosenConversationStaysApartFromTheDefaultAndKeepsItsId() {
        ConversationKey chosen = new ConversationKey(Platform.WEB, "web", "ann", "trip-2027");

        assertThat(chosen).isNotEqualTo(new ConversationKey(Platform.WEB, "web", "ann", ""));
        assertThat(chosen.id()).isEqualTo("trip-2027");
        assertThat(new ConversationKey(Platform.WEB, "web", "ann", chosen.id())).isEqualTo(chosen);
    }

    @Test
    void anotherUsersIdIsAnOrdinaryConversationOfThisUser() {
        ConversationKey annAsBob = new ConversationKey(Platform.WEB, "web", "ann", "bob");

        assertThat(annAsBob).isNotEqualTo(new ConversationKey(Platform.WEB, "web", "bob", ""));
        assertThat(annAsBob).isNotEqualTo(new ConversationKey(Platform.WEB, "web", "ann", ""));
    }
}
