package dev.cairn.knowledge.index;

/** Field names of the Lucene index: one Lucene document per passage, plus one record per indexed file. */
final class Fields {
    static final String KIND = "kind";
    static final String KIND_PASSAGE = "passage";
    static final String KIND_DOCUMENT = "document";
    static final String PASSAGE_ID = "passage_id";
    static final String DOC_ID = "doc_id";
    static final String SCOPE = "scope";
    static final String NAME = "name";
    static final String NAME_KEY = "name_key";
    static final String HASH_KEY = "hash_key";
    static final String SOURCE = "source";
    static final String SOURCE_KEY = "source_key";
    static final String MEDIA_TYPE = "media_type";
    static final String LOCATION = "location";
    static final String PAGE = "page";
    static final String FIRST_ROW = "first_row";
    static final String LAST_ROW = "last_row";
    static final String ORDINAL = "ordinal";
    static final String BODY = "body";
    static final String TEXT = "text";
    static final String LINK = "link";
    static final String PAGES = "pages";
    static final String PASSAGES = "passages";
    static final String INDEXED_AT = "indexed_at";

    private Fields() {
    }

    /** Identifies a file name within a scope, for replacing new versions. */
    static String nameKey(String scope, String name) {
        return scope + '\u0000' + name;
    }

    /** Identifies where files came from within a scope (a Slack file, a Discord message), for deleting with it. */
    static String sourceKey(String scope, String source) {
        return scope + '\u0000' + source;
    }

    /** Identifies content within a scope, for spotting duplicates. */
    static String hashKey(String scope, String sha256) {
        return scope + '\u0000' + sha256;
    }
}
