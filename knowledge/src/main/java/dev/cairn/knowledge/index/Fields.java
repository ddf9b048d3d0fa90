package dev.cairn.knowledge.index;

/**
 * Field names of a passage store, one document per passage plus one record per indexed file: the Lucene index's,
 * and the OpenSearch store's, which keeps the same fields.
 */
public final class Fields {
    public static final String KIND = "kind";
    public static final String KIND_PASSAGE = "passage";
    public static final String KIND_DOCUMENT = "document";
    public static final String PASSAGE_ID = "passage_id";
    public static final String DOC_ID = "doc_id";
    public static final String SCOPE = "scope";
    public static final String NAME = "name";
    public static final String NAME_KEY = "name_key";
    public static final String HASH_KEY = "hash_key";
    public static final String SOURCE = "source";
    public static final String SOURCE_KEY = "source_key";
    public static final String MEDIA_TYPE = "media_type";
    public static final String LOCATION = "location";
    public static final String PAGE = "page";
    public static final String FIRST_ROW = "first_row";
    public static final String LAST_ROW = "last_row";
    public static final String ORDINAL = "ordinal";
    public static final String BODY = "body";
    public static final String TEXT = "text";
    public static final String LINK = "link";
    public static final String PAGES = "pages";
    public static final String PASSAGES = "passages";
    public static final String INDEXED_AT = "indexed_at";

    private Fields() {
    }

    /** Identifies a file name within a scope, for replacing new versions. */
    public static String nameKey(String scope, String name) {
        return scope + '\u0000' + name;
    }

    /** Identifies where files came from within a scope (a Slack file, a Discord message), for deleting with it. */
    public static String sourceKey(String scope, String source) {
        return scope + '\u0000' + source;
    }

    /** Identifies content within a scope, for spotting duplicates. */
    public static String hashKey(String scope, String sha256) {
        return scope + '\u0000' + sha256;
    }
}
