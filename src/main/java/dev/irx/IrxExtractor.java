package dev.irx;

import dev.irx.extract.Extractor;
import dev.irx.extract.IssuerTable;
import dev.irx.extract.LabelDictionary;
import dev.irx.model.IrxDocument;
import dev.irx.model.SourceInfo;
import dev.irx.normalize.FoldMemo;
import dev.irx.output.JsonWriter;
import dev.irx.read.DocumentReader;
import dev.irx.read.SourceDocument;
import dev.irx.validate.Validator;

import java.io.InputStream;
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

    private final DocumentReader reader;
    private final Extractor extractor;
    private final boolean validate;

    private IrxExtractor(Builder b) {
        this.reader = new DocumentReader();
        this.extractor = new Extractor(b.labels, b.issuers);
        this.validate = b.validate;
    }

    public static Builder builder() { return new Builder(); }

    /** Reads, extracts and validates one file. */
    public IrxDocument extract(Path file) throws IrxException {
        try (FoldMemo memo = FoldMemo.open()) {
            return process(reader.read(file));
        }
    }

    /** Reads, extracts and validates one document from a stream; {@code name} names it in errors and output. */
    public IrxDocument extract(InputStream in, String name) throws IrxException {
        try (FoldMemo memo = FoldMemo.open()) {
            return process(reader.read(in, name));
        }
    }

    /** The canonical JSON for a document. */
    public static String toJson(IrxDocument doc, boolean pretty) {
        return new JsonWriter(pretty).toJson(doc);
    }

    private IrxDocument process(SourceDocument src) {
        Extractor.Extraction ex = extractor.extract(src);
        SourceInfo source = new SourceInfo(src.fileName(), src.sha256(), src.mediaType(), src.pageCount(),
                src.producer());
        List<String> warnings = new ArrayList<>(ex.warnings());
        if (!validate) return new IrxDocument(source, ex.info(), ex.facts(), List.of(), warnings);
        Validator.Result v = new Validator().validate(ex.facts(), ex.info());
        warnings.addAll(v.warnings());
        return new IrxDocument(source, ex.info(), v.facts(), v.checks(), warnings);
    }

    /** Options for an {@link IrxExtractor}. */
    public static final class Builder {
        private LabelDictionary labels = LabelDictionary.standard();
        private IssuerTable issuers = IssuerTable.standard();
        private boolean validate = true;

        private Builder() {}

        /** A label dictionary of your own (the labels.tsv format), instead of the shipped one. */
        public Builder labels(LabelDictionary labels) {
            this.labels = Objects.requireNonNull(labels);
            return this;
        }

        /**
         * The issuer table that names a deck's company from its © line, instead of the shipped one; add
         * your own with {@code IssuerTable.standard().with(IssuerTable.parse(in))}.
         */
        public Builder issuers(IssuerTable issuers) {
            this.issuers = Objects.requireNonNull(issuers);
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
