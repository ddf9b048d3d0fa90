package dev.cairn.core.prompt;

import java.util.List;
import java.util.Map;

/** A template engine for core tests: every text renders as written and refers to no variable. */
public final class LiteralTemplateEngine implements TemplateEngine {
    @Override
    public CompiledText compile(String name, String source) {
        return new CompiledText() {
            @Override
            public List<Tag> tags() {
                return List.of();
            }

            @Override
            public String render(Map<String, Object> values) {
                return source;
            }
        };
    }
}
