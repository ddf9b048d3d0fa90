package dev.cairn.knowledge.parse;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.CompositeParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.csv.TextAndCSVParser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.mail.RFC822Parser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.xml.sax.SAXException;

/**
 * Reads PDF, Word, PowerPoint, Excel, HTML, e-mail (with Tika), Markdown, text and CSV files into located blocks.
 * One instance serves many threads. It never runs OCR or any other program: only the parsers for these formats are
 * loaded. Every failure, including parser bugs, becomes an {@link UnparsableDocumentException}; so does a parse that
 * outlasts its deadline ({@code too_complex}), which is then told to stop at its next element.
 *
 * <p>Creating one turns POI's zip bomb check back on for the whole JVM (Tika switches it off when it loads): a part of
 * an Office file that inflates more than a hundredfold, or past 256 MB, is refused as {@code too_large}.
 */
public final class TikaDocumentParser implements DocumentParser {
    /** Characters read from one file before giving up with {@code too_large}. */
    public static final int DEFAULT_MAX_CHARS = 20_000_000;
    /** How long one file may take to parse before it is refused with {@code too_complex}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);
    /** Smallest ratio of compressed to inflated size of a part of an Office file (POI's own default). */
    private static final double MIN_INFLATE_RATIO = 0.01;
    private static final long MAX_ZIP_ENTRY_BYTES = 256L * 1024 * 1024;
    /** Parses at once: a parse past its deadline may keep its thread until its next element, so the pool is bounded. */
    private static final int PARSERS = Math.max(2, Runtime.getRuntime().availableProcessors());
    /**
     * Runs each parse, so that the caller can stop waiting at the deadline; idle threads go after a minute. Parses
     * beyond the threads wait in a bounded queue; beyond that a file is refused as {@code busy}.
     */
    private static final ThreadPoolExecutor WORKERS = workers(PARSERS, 64);

    private static final MediaType LEGACY_EXCEL = MediaType.application("vnd.ms-excel");
    private final int maxChars;
    private final Duration timeout;
    private final ThreadPoolExecutor workers;
    private final MediaTypeRegistry registry = MediaTypeRegistry.getDefaultRegistry();
    private final Detector detector = new DefaultDetector();
    private final MimeTypes typesByName = MimeTypes.getDefaultMimeTypes();
    private final CharsetSniffer charsets = new CharsetSniffer();
    private final TextDocuments texts = new TextDocuments();
    private final Parser parser;
    /** Parses e-mail bodies and text attachments; other embedded files (images, nested Office files) are skipped. */
    private final Parser embeddedParser;

    public TikaDocumentParser() {
        this(DEFAULT_MAX_CHARS, DEFAULT_TIMEOUT);
    }

    /**
     * @param maxChars the most characters of text read from one file; more is refused with {@code too_large}
     * @param timeout  how long one file may take to parse; longer is refused with {@code too_complex}
     */
    public TikaDocumentParser(int maxChars, Duration timeout) {
        this(maxChars, timeout, WORKERS);
    }

    /** @param workers runs the parses (tests give a small pool of their own) */
    TikaDocumentParser(int maxChars, Duration timeout, ThreadPoolExecutor workers) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be positive, was " + maxChars);
        }
        Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive, was " + timeout);
        }
        this.maxChars = maxChars;
        this.timeout = timeout;
        this.workers = Objects.requireNonNull(workers, "workers");
        JSoupParser html = new JSoupParser(charsets);
        this.embeddedParser = new CompositeParser(registry, new TextAndCSVParser(charsets), html);
        this.parser = new CompositeParser(registry, new PDFParser(), new OOXMLParser(), new OfficeParser(), html,
                new RFC822Parser());
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(MAX_ZIP_ENTRY_BYTES);
    }

    @Override
    public ParsedDocument parse(String fileName, InputStream content) throws UnparsableDocumentException {
        Objects.requireNonNull(content, "content");
        String name = fileName == null || fileName.isBlank() ? "The file" : fileName.strip();
        TextBudget budget = new TextBudget(maxChars);
        AtomicBoolean started = new AtomicBoolean();
        Future<ParsedDocument> parsing;
        try {
            parsing = workers.submit(() -> {
                started.set(true);
                return parseNow(name, content, budget);
            });
        } catch (RejectedExecutionException e) {
            throw Failures.busy(name);
        }
        try {
            return parsing.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnparsableDocumentException refusal) {
                throw refusal;
            }
            throw Failures.classify(name, e.getCause());
        } catch (TimeoutException e) {
            budget.cancel();
            parsing.cancel(true);
            throw started.get() ? Failures.timedOut(name, timeout) : Failures.busy(name);
        } catch (InterruptedException e) {
            budget.cancel();
            parsing.cancel(true);
            Thread.currentThread().interrupt();
            throw Failures.interrupted(name);
        }
    }

    static ThreadPoolExecutor workers(int threads, int queued) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(queued), new ParseThreads());
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private ParsedDocument parseNow(String name, InputStream content, TextBudget budget)
            throws UnparsableDocumentException {
        try (TikaInputStream stream = TikaInputStream.get(CloseShieldInputStream.wrap(content))) {
            MediaType type = detect(stream, name);
            if (type.equals(DocumentFormat.PROTECTED_OOXML)) {
                throw Failures.encrypted(name, null);
            }
            DocumentFormat format = DocumentFormat.of(type, registry)
                    .orElseThrow(() -> Failures.unsupported(name, type));
            return format.isPlainText()
                    ? texts.read(name, type.getBaseType().toString(), format, readText(name, stream, budget))
                    : parseWithTika(name, type, format, stream, budget);
        } catch (UnparsableDocumentException e) {
            throw e;
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            throw Failures.classify(name, e);
        }
    }

    /**
     * Tika's type from the bytes and the name; when the bytes only say "zip" or "binary" but the name says a format
     * Tika parses, that format, so that a damaged file is reported as {@code corrupt} rather than unsupported.
     */
    private MediaType detect(TikaInputStream stream, String name) throws IOException {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        MediaType detected = detector.detect(stream, metadata);
        if (DocumentFormat.isGeneric(detected)) {
            MediaType byName = typesByName.detect(null, metadata);
            if (DocumentFormat.of(byName, registry).filter(format -> !format.isPlainText()).isPresent()) {
                return byName;
            }
        }
        return detected;
    }

    private String readText(String name, InputStream stream, TextBudget budget)
            throws IOException, SAXException, UnparsableDocumentException {
        long maxBytes = Math.min(4L * maxChars + 4, Integer.MAX_VALUE - 16);
        byte[] bytes = stream.readNBytes((int) maxBytes);
        if (CharsetSniffer.looksBinary(bytes)) {
            throw Failures.unsupported(name, MediaType.OCTET_STREAM);
        }
        if (bytes.length == maxBytes) {
            budget.spend(maxBytes);
        }
        String text = charsets.decode(bytes);
        budget.spend(text.length());
        return text;
    }

    private ParsedDocument parseWithTika(String name, MediaType type, DocumentFormat format, TikaInputStream stream,
                                         TextBudget budget) throws Exception {
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        metadata.set(Metadata.CONTENT_TYPE, type.toString());
        boolean legacyExcel = type.getBaseType().equals(LEGACY_EXCEL);
        RowNumbers rows = format != DocumentFormat.SPREADSHEET ? RowNumbers.unknown()
                : legacyExcel ? RowNumbers.asReported() : XlsxRowNumbers.read(stream.getPath(), TextBudget.MAX_CELLS);
        StructuredTextHandler handler = new StructuredTextHandler(format.layout(), budget, rows);
        parser.parse(stream, handler, metadata, context(legacyExcel));
        if (handler.blocks().isEmpty()) {
            throw Failures.noText(name);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        title = title == null || title.isBlank() ? name : Paragraphs.collapse(title);
        return new ParsedDocument(title, type.getBaseType().toString(), handler.units(), handler.blocks());
    }

    /** @param legacyExcel whether to report empty rows too (for XLS only: Tika's XLSX reader misnumbers them) */
    private ParseContext context(boolean legacyExcel) {
        ParseContext context = new ParseContext();
        context.set(Parser.class, embeddedParser);
        PDFParserConfig pdf = new PDFParserConfig();
        pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        pdf.setExtractInlineImages(false);
        pdf.setExtractBookmarksText(false); // the outline repeats headings, outside any page
        context.set(PDFParserConfig.class, pdf);
        OfficeParserConfig office = new OfficeParserConfig();
        office.setIncludeHeadersAndFooters(false); // repeated on every page: noise in every passage
        office.setIncludeSlideMasterContent(false);
        office.setIncludeMissingRows(legacyExcel); // then the n-th row reported is the sheet's row n
        context.set(OfficeParserConfig.class, office);
        return context;
    }

    /** Daemon threads with a roomy stack, so that deeply nested but honest files still parse. */
    private static final class ParseThreads implements java.util.concurrent.ThreadFactory {
        private static final long STACK_BYTES = 8L * 1024 * 1024;
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable work) {
            Thread thread = new Thread(null, work, "cairn-parse-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        }
    }
}
