package dev.cairn.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ScopePolicyTest {
    private final ScopePolicy scopes = new ScopePolicy(Set.of("handbook"));

    @Test
    void aDirectMessageReadsTheOnlyWorkspaceItsSenderSharesWithTheBot() {
        assertThat(scopes.directMessageWorkspace(Stream.of("G1"))).contains("G1");
    }

    @Test
    void aDirectMessageFromSomeoneSharingNoWorkspaceOrSeveralReadsNone() {
        assertThat(scopes.directMessageWorkspace(Stream.empty())).isEmpty();
        assertThat(scopes.directMessageWorkspace(Stream.of("G1", "G2"))).isEmpty();
    }

    @Test
    void theSharedWorkspacesAreLookedUpNoFurtherThanNeeded() {
        List<String> asked = new ArrayList<>();

        scopes.directMessageWorkspace(Stream.of("G1", "G2", "G3", "G4").peek(asked::add));

        assertThat(asked).containsExactly("G1", "G2");
    }

    @Test
    void aWorkspaceSeesItsOwnScopeAndTheSharedCollections() {
        assertThat(scopes.visible(Platform.DISCORD, "G1")).containsExactlyInAnyOrder("discord:G1", "handbook");
        assertThat(scopes.visible(Platform.WEB, "anything")).containsExactlyInAnyOrder("web", "handbook");
    }
}
