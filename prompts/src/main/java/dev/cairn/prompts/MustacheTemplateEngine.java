package dev.cairn.prompts;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import dev.cairn.core.prompt.TemplateEngine;
import dev.cairn.core.prompt.TemplateException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mustache templates rendered with JMustache: no HTML escaping (prompts are plain text), missing values render empty,
 * and empty strings, zero and false all make a section skip, so {@code {{#user.is_new}}…{{/user.is_new}}} and
 * {@code {{^user.is_new}}…{{/user.is_new}}} read as if / unless.
 */
public final class MustacheTemplateEngine implements TemplateEngine {
    private static final Pattern PARSE_LINE = Pattern.compile("\\s*@ line (\\d+)\\s*$");
    private final Mustache.Compiler compiler = Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true);

    @Override
    public CompiledText compile(String name, String source) {
        Template template;
        try {
            template = compiler.compile(source);
        } catch (MustacheException e) {
            String message = String.valueOf(e.getMessage());
            Matcher line = PARSE_LINE.matcher(message);
            if (line.find()) {
                throw new TemplateException(name, Integer.parseInt(line.group(1)), message.substring(0, line.start()));
            }
            throw new TemplateException(name, 0, message);
        }
        return new Compiled(template, TagLines.of(template, source));
    }

    private record Compiled(Template template, List<Tag> tags) implements CompiledText {
        @Override
        public String render(Map<String, Object> values) {
            return template.execute(values);
        }
    }

    /** The names a template visits, in order, each with the line of the tag that names it in the source. */
    static final class TagLines {
        private static final Pattern TAG = Pattern.compile("\\{\\{\\s*([#^&{]?)\\s*([^}!/>=\\s][^}]*?)\\s*}?}}");

        private TagLines() {
        }

        static List<Tag> of(Template template, String source) {
            List<String> names = new ArrayList<>();
            template.visit(new Mustache.Visitor() {
                @Override
                public void visitText(String text) {
                }

                @Override
                public void visitVariable(String variable) {
                    names.add(variable);
                }

                @Override
                public boolean visitInclude(String include) {
                    names.add(">" + include);
                    return false;
                }

                @Override
                public boolean visitSection(String section) {
                    names.add(section);
                    return true;
                }

                @Override
                public boolean visitInvertedSection(String section) {
                    names.add(section);
                    return true;
                }
            });
            List<Tag> tags = new ArrayList<>();
            Matcher tag = TAG.matcher(source);
            int from = 0;
            for (String name : names) {
                int line = 0;
                Matcher scan = tag.region(from, source.length());
                while (scan.find()) {
                    if (scan.group(2).equals(name)) {
                        line = lineOf(source, scan.start());
                        from = scan.end();
                        break;
                    }
                }
                tags.add(new Tag(name, line));
            }
            return List.copyOf(tags);
        }

        private static int lineOf(String source, int offset) {
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (source.charAt(i) == '\n') {
                    line++;
                }
            }
            return line;
        }
    }
}
