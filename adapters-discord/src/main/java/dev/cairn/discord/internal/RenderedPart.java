package dev.cairn.discord.internal;

import java.util.List;
import java.util.Objects;
import net.dv8tion.jda.api.entities.MessageEmbed;

/**
 * One Discord message of a rendered reply: content of at most 2,000 characters and at most 10 embeds.
 *
 * @param content the message text, possibly empty when the message carries only embeds
 * @param embeds  the embeds, possibly none
 */
record RenderedPart(String content, List<MessageEmbed> embeds) {
    public RenderedPart {
        Objects.requireNonNull(content, "content");
        embeds = List.copyOf(Objects.requireNonNull(embeds, "embeds"));
        if (content.isEmpty() && embeds.isEmpty()) {
            throw new IllegalArgumentException("a part needs content or embeds");
        }
    }
}
