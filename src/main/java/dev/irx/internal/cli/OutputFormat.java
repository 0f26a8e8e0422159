package dev.irx.internal.cli;

import dev.irx.model.IrxDocument;
import dev.irx.internal.output.FactRows;
import picocli.CommandLine;

import java.util.Locale;

/** What {@code extract} and {@code batch} write: the canonical JSON, or one flat row per fact. */
enum OutputFormat {
    JSON(".json"), JSONL(".jsonl"), CSV(".csv");

    /** The names the batch itself writes at the top of --out: an input's output never takes one of them. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("batch-summary.jsonl");

    final String extension;

    OutputFormat(String extension) { this.extension = extension; }

    /**
     * Writes the document in this format, ending with a newline (for CSV, after its header row); the JSON streamed,
     * fact by fact.
     */
    void write(IrxDocument doc, boolean pretty, java.io.OutputStream out) throws java.io.IOException {
        if (this == JSON) {
            new dev.irx.internal.output.JsonWriter(pretty).write(doc, out);
            out.write('\n');
            return;
        }
        String rows = this == JSONL ? FactRows.jsonl(doc) : FactRows.csv(doc, true);
        out.write(rows.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * An input's output name in this format, from its JSON name ({@link OutputNames}): the same with this
     * extension for {@code .json}. A stem name at the top of --out that would be the batch's own file
     * (batch-summary.jsonl, batch-facts.csv) takes the whole input name instead, as a clash with a sibling does.
     */
    String outputName(String jsonName, String inputFileName) {
        if (this == JSON) return jsonName;
        String base = jsonName.substring(0, jsonName.length() - ".json".length());
        String name = base + extension;
        if (name.indexOf('/') < 0 && (RESERVED.contains(name) || name.equals(combinedName()))) {
            return inputFileName + extension;
        }
        return name;
    }

    /** The batch's file of every input's rows, at the top of --out; null for JSON. */
    String combinedName() {
        return this == JSON ? null : "batch-facts" + extension;
    }

    /** Reads json, jsonl or csv, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<OutputFormat> {
        @Override
        public OutputFormat convert(String value) {
            try {
                return OutputFormat.valueOf(value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException("expected json, jsonl or csv, not '" + value + "'");
            }
        }
    }
}
