package dev.cairn.tools;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cairn.core.Location;
import dev.cairn.core.port.DocumentInfo;
import dev.cairn.core.port.KnowledgeBase;
import dev.cairn.core.port.KnowledgeException;
import dev.cairn.core.port.Passage;
import dev.cairn.core.port.SearchRequest;
import dev.cairn.core.port.ToolCalls;
import dev.cairn.core.port.ToolResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KnowledgeSearchToolTest {
    private final List<SearchRequest> searches = new ArrayList<>();
    private boolean broken;

    private final KnowledgeBase knowledge = new KnowledgeBase() {
        @Override
        public List<Passage> search(SearchRequest request) {
            searches.add(request);
            if (broken) {
                throw new KnowledgeException("index unreadable", null);
            }
            return List.of(new Passage("d#0", "d", "vpn.md", "slack:T1", Location.section("VPN"),
                    "The VPN needs a hardware token.", 0.9, Optional.empty()));
        }

        @Override
        public List<DocumentInfo> documents(Set<String> scopes) {
            return List.of();
        }

        @Override
        public Optional<DocumentInfo> document(String id) {
            return Optional.empty();
        }

        @Override
        public boolean delete(String id) {
            return false;
        }

        @Override
        public int deleteBySource(String scope, String source) {
            return 0;
        }

        @Override
        public int documentCount() {
            return 0;
        }
    };

    private final KnowledgeSearchTool tool = new KnowledgeSearchTool(knowledge, 4, 0.5);

    @Test
    void searchesOnlyTheAskersScopesAndReturnsCitablePassages() {
        ToolResult result = tool.execute(
                ToolCalls.fromWeb("{\"query\":\"vpn token\"}", "U1", "C1", Set.of("slack:T1")));

        assertThat(result.ok()).isTrue();
        assertThat(result.passages()).extracting(Passage::document).containsExactly("vpn.md");
        assertThat(searches).singleElement().satisfies(s -> {
            assertThat(s.query()).isEqualTo("vpn token");
            assertThat(s.scopes()).containsExactly("slack:T1");
            assertThat(s.topK()).isEqualTo(4);
            assertThat(s.minScore()).isEqualTo(0.5);
        });
    }

    @Test
    void badArgumentsAndABrokenIndexAreFailedResults() {
        assertThat(tool.execute(ToolCalls.fromWeb("{\"q\":1}", "U1", "", Set.of("web"))).ok()).isFalse();
        assertThat(tool.execute(ToolCalls.fromWeb("not json", "U1", "", Set.of("web"))).ok()).isFalse();
        broken = true;
        ToolResult failed = tool.execute(ToolCalls.fromWeb("{\"query\":\"x\"}", "U1", "", Set.of("web")));
        assertThat(failed.ok()).isFalse();
        assertThat(failed.content()).contains("index unreadable");
    }
}
