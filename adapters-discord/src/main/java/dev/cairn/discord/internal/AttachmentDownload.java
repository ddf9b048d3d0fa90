package dev.cairn.discord.internal;

import dev.cairn.core.ContentSource;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;

/**
 * Downloads an attachment's bytes from Discord's CDN when first opened (never before, so that a file over the size
 * limit is refused without being downloaded); a failed download is an IOException naming the status.
 */
final class AttachmentDownload implements ContentSource {
    private static final long TIMEOUT_SECONDS = 120;
    private final Message.Attachment attachment;

    AttachmentDownload(Message.Attachment attachment) {
        this.attachment = attachment;
    }

    @Override
    public InputStream open() throws IOException {
        try {
            return attachment.getProxy().download().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new IOException("download from Discord failed: " + cause.getMessage(), cause);
        } catch (TimeoutException e) {
            throw new IOException("download from Discord took longer than " + TIMEOUT_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("download interrupted", e);
        }
    }
}
