package dev.cairn.core.prompt;

import java.util.List;
import java.util.Map;

/** Compiles Mustache-style template text; a syntax error throws {@link TemplateException} with the line it is on. */
public interface TemplateEngine {

    /** @param name names the template in errors */
    CompiledText compile(String name, String source);

    /** A compiled template text. */
    interface CompiledText {

        /** Every variable and section name the text refers to, with its line, in order of appearance. */
        List<Tag> tags();

        /** The text rendered against nested maps of values ({@code user → name → "Ann"}); a missing value renders empty. */
        String render(Map<String, Object> values);
    }

    /** A variable or section name as written in the template, and the 1-based line it is on. */
    record Tag(String name, int line) {
    }
}
