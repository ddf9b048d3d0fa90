package dev.cairn.knowledge.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableBody;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown (CommonMark with GitHub tables) into blocks located by their heading path, {@code Leave › Sick
 * leave}: paragraphs, list items and code blocks one block each, table rows as {@code Header: value; …}. The title is
 * the YAML front matter's {@code title:}, else the first h1, else the file name. Thread-safe; throws {@code no_text}
 * when the text has nothing to read.
 */
public final class MarkdownParser {
    private static final Pattern FRONT_MATTER = Pattern.compile(
            "\\A\\uFEFF?---[ \\t]*\\r?\\n(?:(.*?)\\r?\\n)?(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)", Pattern.DOTALL);
    private static final Pattern TITLE = Pattern.compile("^title[ \\t]*:[ \\t]*(.*?)[ \\t]*$", Pattern.MULTILINE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");

    private final Parser commonmark = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    /** Parses already-decoded Markdown; throws {@code no_text} when nothing but headings and front matter is there. */
    public ParsedDocument parse(String fileName, String markdown) throws UnparsableDocumentException {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(markdown, "markdown");
        Optional<String> frontMatterTitle = Optional.empty();
        Matcher frontMatter = FRONT_MATTER.matcher(markdown);
        if (frontMatter.find()) {
            frontMatterTitle = titleIn(Objects.requireNonNullElse(frontMatter.group(1), ""));
            markdown = markdown.substring(frontMatter.end());
        }
        Walk walk = new Walk();
        walk.children(commonmark.parse(TemplateTags.strip(markdown)));
        if (walk.out.blocks().isEmpty()) {
            throw Failures.noText(fileName);
        }
        String title = frontMatterTitle.or(() -> Optional.ofNullable(walk.firstH1)).orElse(fileName);
        return new ParsedDocument(title, "text/markdown", 0, walk.out.blocks());
    }

    private static Optional<String> titleIn(String frontMatter) {
        Matcher title = TITLE.matcher(frontMatter);
        if (!title.find()) {
            return Optional.empty();
        }
        String value = title.group(1);
        if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                || value.startsWith("'") && value.endsWith("'"))) {
            value = value.substring(1, value.length() - 1);
        }
        return Optional.of(value.strip()).filter(v -> !v.isEmpty());
    }

    /** One pass over the syntax tree, collecting blocks under the current heading path. */
    private static final class Walk {
        private final BlockCollector out = new BlockCollector();
        private final HeadingPath headings = new HeadingPath();
        private String firstH1;

        void children(Node parent) {
            for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
                block(node);
            }
        }

        private void block(Node node) {
            if (node instanceof Heading heading) {
                String text = Paragraphs.collapse(inline(heading));
                if (heading.getLevel() == 1 && firstH1 == null && !text.isEmpty()) {
                    firstH1 = text;
                }
                headings.enter(heading.getLevel(), text);
                out.moveTo(headings.location());
            } else if (node instanceof Paragraph) {
                out.addParagraphs(inline(node));
            } else if (node instanceof ListItem) {
                listItem(node);
            } else if (node instanceof FencedCodeBlock code) {
                out.addPreformatted(code.getLiteral());
            } else if (node instanceof IndentedCodeBlock code) {
                out.addPreformatted(code.getLiteral());
            } else if (node instanceof HtmlBlock html) {
                out.addParagraphs(TAG.matcher(html.getLiteral()).replaceAll(" "));
            } else if (node instanceof TableBlock) {
                table(node);
            } else if (!(node instanceof ThematicBreak)) {
                children(node); // document, block quote, lists
            }
        }

        /** The item's own paragraphs make one block; a nested list's items make their own. */
        private void listItem(Node item) {
            StringBuilder own = new StringBuilder();
            for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Paragraph) {
                    own.append(inline(child)).append('\n');
                } else {
                    out.addLine(own);
                    own.setLength(0);
                    block(child);
                }
            }
            out.addLine(own);
        }

        private void table(Node table) {
            List<String> headers = List.of();
            boolean hasBody = false;
            for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
                for (Node row = section.getFirstChild(); row != null; row = row.getNext()) {
                    if (!(row instanceof TableRow)) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        cells.add(inline(cell));
                    }
                    if (section instanceof TableHead) {
                        headers = cells;
                    } else if (section instanceof TableBody) {
                        out.addLine(TableText.row(headers, cells));
                        hasBody = true;
                    }
                }
            }
            if (!hasBody) {
                out.addLine(TableText.headersOnly(headers));
            }
        }

        private static String inline(Node node) {
            StringBuilder text = new StringBuilder();
            appendInline(node, text);
            return text.toString();
        }

        private static void appendInline(Node node, StringBuilder text) {
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                if (child instanceof Text literal) {
                    text.append(literal.getLiteral());
                } else if (child instanceof Code code) {
                    text.append(code.getLiteral());
                } else if (child instanceof SoftLineBreak || child instanceof HardLineBreak) {
                    text.append('\n');
                } else if (!(child instanceof HtmlInline) && !(child instanceof ListBlock)) {
                    appendInline(child, text); // emphasis, links, image alt text
                }
            }
        }
    }
}
