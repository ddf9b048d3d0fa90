package dev.cairn.core;

import java.util.Objects;
import java.util.Optional;

/**
 * A file that came with a message.
 *
 * @param name        the file name as the user uploaded it
 * @param contentType the declared media type, or empty when unknown
 * @param size        the declared size in bytes, or -1 when unknown
 * @param link        where the file was shared (a message permalink), if known
 * @param source      the platform's id for where the file came from (a Slack file id, a Discord message id), empty
 *                    when none; deleting the source there deletes the document here
 * @param content     opens the bytes
 */
public record Attachment(String name, String contentType, long size, Optional<String> link, String source,
                         ContentSource content) {
    public Attachment {
        Objects.requireNonNull(name, "name");
        contentType = contentType == null ? "" : contentType;
        Objects.requireNonNull(link, "link");
        source = source == null ? "" : source;
        Objects.requireNonNull(content, "content");
    }
}
