package dev.irx;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.IssuerTable;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.IrxDocument;
import dev.irx.model.SourceInfo;
import dev.irx.internal.normalize.FoldMemo;
import dev.irx.internal.output.JsonWriter;
import dev.irx.internal.read.DocumentReader;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.validate.Validator;

import dev.irx.internal.read.PageSelection;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The library's entry point: turns one IR document (PDF or plain text) into a checked
 * {@link IrxDocument}.
 *
 * <pre>{@code
 * IrxExtractor irx = IrxExtractor.builder().build();
 * IrxDocument doc = irx.extract(Path.of("report.pdf"));
 * String json = IrxExtractor.toJson(doc, true);
 * }</pre>
 *
 * Instances are immutable and thread-safe: share one across threads. It never prints to the console
 * and never exits the JVM; it logs through SLF4J.
 */
public final class IrxExtractor {

    /** What {@link Builder#timeout} is unless set. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(120);

    private final DocumentReader reader;
    private final Extractor extractor;
    private final boolean validate;
    private final Duration timeout;
    private final PageSelection pages;

    private IrxExtractor(Builder b) {
        this.reader = new DocumentReader(b.limits, b.password, b.pages);
        this.pages = b.pages;
        this.extractor = new Extractor(b.labels, b.issuers);
        this.validate = b.validate;
        this.timeout = b.timeout;
    }

    public static Builder builder() { return new Builder(); }

    /** Reads, extracts and validates one file. */
    public IrxDocument extract(Path file) throws IrxException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        return withinTimeout(name, () -> memoised(() -> process(reader.read(file))));
    }

    /** Reads, extracts and validates one document from a stream; {@code name} names it in errors and output. */
    public IrxDocument extract(InputStream in, String name) throws IrxException {
        return withinTimeout(name, () -> memoised(() -> process(reader.read(in, name))));
    }

    /** The work with each text folded once: the memo belongs to the thread that does the work. */
    private static IrxDocument memoised(Work work) throws IrxException {
        try (FoldMemo memo = FoldMemo.open()) {
            return work.run();
        }
    }

    private interface Work {
        IrxDocument run() throws IrxException;
    }

    /**
     * Runs the work in a thread of its own and waits at most the timeout. A late read is interrupted, which the
     * reader checks at every content operator; work that does not stop (a loop inside PDFBox's decoding) is
     * left to finish on its own, a daemon thread, and the caller gets its {@code timeout} at once.
     */
    private IrxDocument withinTimeout(String name, Work work) throws IrxException {
        if (timeout.isZero()) return work.run();
        FutureTask<IrxDocument> task = new FutureTask<>(work::run);
        Thread t = new Thread(task, "irx-extract");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new IrxException(name, IrxException.Reason.TIMEOUT, "over " + seconds(timeout));
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new IrxException(name, IrxException.Reason.TIMEOUT, "interrupted");
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IrxException x) throw x;
            if (c instanceof RuntimeException r) throw r;
            if (c instanceof Error err) throw err;
            throw new IllegalStateException(c);
        }
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
    }

    /** The document's facts as flat rows, one per fact, each with every column of {@link #factColumns()}. */
    public static List<java.util.Map<String, Object>> toRows(IrxDocument doc) {
        return dev.irx.internal.output.FactRows.rows(doc);
    }

    /** The flat rows as JSON Lines, one object per fact. */
    public static String toJsonl(IrxDocument doc) {
        return dev.irx.internal.output.FactRows.jsonl(doc);
    }

    /** The flat rows as CSV (RFC 4180, UTF-8), with a header row when {@code header}. */
    public static String toCsv(IrxDocument doc, boolean header) {
        return dev.irx.internal.output.FactRows.csv(doc, header);
    }

    /** The flat rows' columns, in order (schemas/facts-row.schema.json describes each). */
    public static List<String> factColumns() {
        return dev.irx.internal.output.FactRows.COLUMNS;
    }

    /** The canonical JSON for a document. */
    public static String toJson(IrxDocument doc, boolean pretty) {
        return new JsonWriter(pretty).toJson(doc);
    }

    private IrxDocument process(SourceDocument src) {
        Extractor.Extraction ex = extractor.extract(src);
        SourceInfo source = new SourceInfo(src.fileName(), src.sha256(), src.mediaType(), src.pageCount(),
                src.producer(), src.pagesRead());
        List<String> warnings = new ArrayList<>();
        if (src.pagesRead() != null && pages.asksBeyond(src.pageCount())) {
            warnings.add("pages " + pages + " asked for, but the document has " + src.pageCount()
                    + (src.pageCount() == 1 ? " page" : " pages") + "; pages read: " + src.pagesRead());
        }
        src = null; // the pages' words and glyphs are not needed past extraction: a long document's heap is freed
        warnings.addAll(ex.warnings());
        if (!validate) return new IrxDocument(source, ex.info(), ex.facts(), List.of(), warnings);
        Validator.Result v = new Validator().validate(ex.facts(), ex.info(), ex.bridges());
        warnings.addAll(v.warnings());
        return new IrxDocument(source, ex.info(), v.facts(), v.checks(), warnings);
    }

    /** Options for an {@link IrxExtractor}. */
    public static final class Builder {
        private LabelDictionary labels = LabelDictionary.standard();
        private IssuerTable issuers = IssuerTable.standard();
        private boolean validate = true;
        private Duration timeout = DEFAULT_TIMEOUT;
        private ReadLimits limits = ReadLimits.DEFAULT;
        private String password;
        private PageSelection pages = PageSelection.ALL;

        private Builder() {}

        /**
         * The password of encrypted PDFs (user or owner password). A PDF it does not open is still tried with the
         * empty user password, so one password serves a batch of mixed files; one neither opens is {@code encrypted}.
         */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * Reads only these pages, written as on a command line: {@code "1-3,7"}, {@code "5-"}; null for all. Pages
         * left out are not parsed; facts keep their pages' true numbers and {@code source.pagesRead} lists the pages
         * read. The document's kind, company and date are told from the pages read only (they are usually on
         * page 1, so keep it in the selection).
         *
         * @throws IllegalArgumentException for a list that does not parse
         */
        public Builder pages(String pages) {
            this.pages = pages == null ? PageSelection.ALL : PageSelection.parse(pages);
            return this;
        }

        /**
         * The time one file may take, reading to checked facts (default 120 s); {@link Duration#ZERO} for no
         * limit, which also runs the work in the calling thread. A file over it fails with reason {@code timeout}.
         */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative()) throw new IllegalArgumentException("negative timeout");
            this.timeout = timeout;
            return this;
        }

        /** The reader's size limits (default {@link ReadLimits#DEFAULT}); a file over one fails as {@code too_large}. */
        public Builder limits(ReadLimits limits) {
            this.limits = Objects.requireNonNull(limits);
            return this;
        }

        /**
         * A label dictionary of your own, instead of the shipped one: UTF-8 text in the format of the shipped
         * {@code labels.tsv} (LABEL, a tab, the metric). The stream is read now and not closed.
         *
         * @throws IOException if it cannot be read; {@link IllegalArgumentException} for a line that does not parse
         */
        public Builder labels(InputStream tsv) throws IOException {
            this.labels = LabelDictionary.parse(Objects.requireNonNull(tsv));
            return this;
        }

        /**
         * Issuers to add to the shipped table that names a deck's company from its © line: UTF-8 text, one issuer a
         * line (ENGLISH NAME, code, name, market, tab-separated). The stream is read now and not closed.
         *
         * @throws IOException if it cannot be read; {@link IllegalArgumentException} for a line that does not parse
         */
        public Builder issuers(InputStream tsv) throws IOException {
            this.issuers = IssuerTable.standard().with(IssuerTable.parse(Objects.requireNonNull(tsv)));
            return this;
        }

        /** Whether to run the reconciliation checks (default true). Without them every fact is unchecked. */
        public Builder validate(boolean validate) {
            this.validate = validate;
            return this;
        }

        public IrxExtractor build() { return new IrxExtractor(this); }
    }
}
