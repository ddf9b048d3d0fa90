package dev.cairn.knowledge.parse;

import org.xml.sax.SAXException;

/** Counts extracted characters and stops a parse once a file yields more than the limit (zip bombs, giant dumps). */
final class TextBudget {
    private final long limit;
    private long spent;

    TextBudget(long limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive, was " + limit);
        }
        this.limit = limit;
    }

    /** Records {@code chars} more characters; throws {@link Exceeded} when the total passes the limit. */
    void spend(long chars) throws Exceeded {
        spent += chars;
        if (spent > limit) {
            throw new Exceeded(limit);
        }
    }

    /** Thrown through the SAX chain so that Tika's parsers stop reading at once. */
    static final class Exceeded extends SAXException {
        private final long limit;

        Exceeded(long limit) {
            super("more than " + limit + " characters of text");
            this.limit = limit;
        }

        long limit() {
            return limit;
        }
    }
}
