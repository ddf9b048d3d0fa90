package dev.cairn.knowledge.parse;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.util.List;

/** Shortcuts for tests: parse bytes, catch the refusal, pick blocks by location label. */
final class Parsing {
    private Parsing() {
    }

    static ParsedDocument parse(DocumentParser parser, String name, byte[] bytes) throws UnparsableDocumentException {
        return parser.parse(name, new ByteArrayInputStream(bytes));
    }

    static UnparsableDocumentException refusal(DocumentParser parser, String name, byte[] bytes) {
        return catchThrowableOfType(UnparsableDocumentException.class, () -> parse(parser, name, bytes));
    }

    static List<String> textsAt(ParsedDocument document, String label) {
        return document.blocks().stream().filter(b -> b.location().label().equals(label)).map(Block::text).toList();
    }

    static List<String> texts(ParsedDocument document) {
        return document.blocks().stream().map(Block::text).toList();
    }

    static List<String> labels(ParsedDocument document) {
        return document.blocks().stream().map(b -> b.location().label()).distinct().toList();
    }
}
