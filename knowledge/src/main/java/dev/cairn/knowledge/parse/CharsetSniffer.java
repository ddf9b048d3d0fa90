package dev.cairn.knowledge.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.Set;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.txt.UniversalEncodingDetector;

/**
 * Picks the charset of text bytes, in this order: byte-order mark, valid UTF-8, a declared charset (HTTP/MIME header
 * or HTML meta), UTF-8 with a few damaged sequences (read with U+FFFD in their place), Tika's statistics, and last a
 * GB18030 check, because on short Chinese text Tika's statistics guess a single-byte Western or Thai charset. Never
 * fails: unknown text is read as windows-1252.
 *
 * <p>Why not Tika's detectors alone ({@code TikaCharsetDetectorsTest} shows each case): both the ICU4J-based
 * {@code Icu4jEncodingDetector} and {@code UniversalEncodingDetector} read mostly-ASCII HTML with a little GBK Chinese
 * and short GBK text as ISO-8859-1/-15 or TIS-620, and neither reads UTF-8 with a few damaged bytes as UTF-8; those
 * are the only cases handled here by hand. The statistics step stays {@code UniversalEncodingDetector}: ICU4J reads
 * no input of the tests better, and takes a short semicolon-separated GBK CSV for IBM500.
 */
final class CharsetSniffer implements EncodingDetector {
    private static final int SAMPLE_BYTES = 1 << 20;
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset FALLBACK = Charset.forName("windows-1252");
    /** Statistical guesses that short GB-encoded Chinese gets mistaken for. */
    private static final Set<String> MISTAKABLE = Set.of("ISO-8859-1", "ISO-8859-2", "ISO-8859-9", "ISO-8859-15",
            "windows-1250", "windows-1252", "windows-1254", "TIS-620", "IBM500", "IBM424_rtl", "IBM424_ltr");

    private final HtmlEncodingDetector htmlMeta = new HtmlEncodingDetector();
    private final UniversalEncodingDetector statistics = new UniversalEncodingDetector();

    /** The text of {@code bytes}, decoded with the detected charset, byte-order mark removed. */
    String decode(byte[] bytes) {
        Charset charset = detect(bytes, new Metadata(), true);
        String text = new String(bytes, charset);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * Whether {@code bytes} are binary rather than text in any charset: NUL bytes or many other control bytes near the
     * start, which no byte-order mark explains. Tika trusts a {@code .txt} name even for random bytes.
     */
    static boolean looksBinary(byte[] bytes) {
        if (byteOrderMark(bytes).isPresent()) {
            return false;
        }
        int length = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < length; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls > length / 20;
    }

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input == null) {
            return null;
        }
        input.mark(SAMPLE_BYTES);
        byte[] sample;
        try {
            sample = input.readNBytes(SAMPLE_BYTES);
        } finally {
            input.reset();
        }
        return detect(sample, metadata, sample.length < SAMPLE_BYTES);
    }

    private Charset detect(byte[] bytes, Metadata metadata, boolean complete) {
        Optional<Charset> bom = byteOrderMark(bytes);
        if (bom.isPresent()) {
            return bom.get();
        }
        boolean ascii = isAscii(bytes);
        if (!ascii && decodes(bytes, StandardCharsets.UTF_8, complete)) {
            return StandardCharsets.UTF_8;
        }
        Optional<Charset> declared = declared(bytes, metadata);
        if (declared.isPresent()) {
            return declared.get();
        }
        if (ascii || mostlyUtf8(bytes)) {
            return StandardCharsets.UTF_8;
        }
        Charset guess = guess(bytes, metadata);
        if ((guess == null || MISTAKABLE.contains(guess.name())) && looksLikeGbChinese(bytes, complete)) {
            return GB18030;
        }
        return guess == null ? FALLBACK : guess;
    }

    private Optional<Charset> declared(byte[] bytes, Metadata metadata) {
        try {
            String contentType = metadata.get(Metadata.CONTENT_TYPE);
            MediaType type = contentType == null ? null : MediaType.parse(contentType);
            if (type != null && type.getParameters().containsKey("charset")) {
                return Optional.of(Charset.forName(type.getParameters().get("charset")));
            }
            return Optional.ofNullable(htmlMeta.detect(new ByteArrayInputStream(bytes), metadata));
        } catch (IOException | IllegalArgumentException unknownCharset) {
            return Optional.empty();
        }
    }

    private Charset guess(byte[] bytes, Metadata metadata) {
        try {
            return statistics.detect(new ByteArrayInputStream(bytes), metadata);
        } catch (IOException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * GB18030 decodes the bytes, and nearly all non-ASCII bytes pair up in the GB2312 range (0xA1–0xFE twice), where
     * common Chinese characters and full-width punctuation live. Latin-1 accents are mostly single high bytes.
     */
    private static boolean looksLikeGbChinese(byte[] bytes, boolean complete) {
        if (!decodes(bytes, GB18030, complete)) {
            return false;
        }
        int highBytes = 0;
        int pairedBytes = 0;
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                continue;
            }
            highBytes++;
            if (i + 1 < bytes.length && b >= 0xA1 && (bytes[i + 1] & 0xFF) >= 0xA1 && (bytes[i + 1] & 0xFF) != 0xFF) {
                pairedBytes += 2;
                highBytes++;
                i++;
            }
        }
        return pairedBytes >= 4 && pairedBytes >= 0.9 * highBytes;
    }

    /** Whether {@code bytes} are valid in {@code charset}; an incomplete sample may end inside a character. */
    private static boolean decodes(byte[] bytes, Charset charset, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = decoder.decode(in, out, complete);
            if (result.isError()) {
                return false;
            }
            if (result.isUnderflow()) {
                return true;
            }
            out.clear();
        }
    }

    /**
     * Whether {@code bytes} hold at least twice as many well-formed multi-byte UTF-8 characters as runs of malformed
     * bytes: UTF-8 text with some damage. Single-byte charsets rarely form even one such character (an accented
     * letter is one high byte between ASCII ones), and GB18030 or Big5 text forms them for a minority of its pairs.
     */
    static boolean mostlyUtf8(byte[] bytes) {
        int wellFormed = 0;
        int malformedRuns = 0;
        boolean inMalformedRun = false;
        for (int i = 0; i < bytes.length; ) {
            int b = bytes[i] & 0xFF;
            if (b < 0x80) {
                inMalformedRun = false;
                i++;
                continue;
            }
            int length = utf8Length(bytes, i);
            if (length > 0) {
                wellFormed++;
                inMalformedRun = false;
                i += length;
            } else {
                if (!inMalformedRun) {
                    malformedRuns++;
                }
                inMalformedRun = true;
                i++;
            }
        }
        return wellFormed > 0 && wellFormed >= 2 * malformedRuns;
    }

    /** The length of the well-formed multi-byte UTF-8 character starting at {@code i}, or 0 when there is none. */
    private static int utf8Length(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        int length;
        int low = 0x80;
        int high = 0xBF;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            low = lead == 0xE0 ? 0xA0 : 0x80; // no overlong forms
            high = lead == 0xED ? 0x9F : 0xBF; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            low = lead == 0xF0 ? 0x90 : 0x80;
            high = lead == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        if (i + length > bytes.length) {
            return 0;
        }
        for (int k = 1; k < length; k++) {
            int next = bytes[i + k] & 0xFF;
            if (next < (k == 1 ? low : 0x80) || next > (k == 1 ? high : 0xBF)) {
                return 0;
            }
        }
        return length;
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Charset> byteOrderMark(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        return Optional.empty();
    }
}
