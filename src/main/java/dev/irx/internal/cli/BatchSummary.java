package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxVersion;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** batch-summary.jsonl: one JSON line per input, appended as each finishes, flushed at once. */
final class BatchSummary implements AutoCloseable {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * One line. {@code ms} is null for a line rebuilt by --resume from an output it did not time; {@code finishedAt}
     * null means now. {@code sha256} is the input's (null when it could not be read) and {@code irxVersion} this
     * irx's: what --resume compares.
     */
    record Entry(String file, boolean ok, String output, String reason, String message, long facts,
                 long failedChecks, long conflicts, long warnings, Long ms, long checks, long reconciled,
                 Instant finishedAt, String sha256, String irxVersion) {

        static Entry ok(Path file, String output, IrxDocument doc, long ms) {
            long reconciled = doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
            return new Entry(file.toString(), true, output, null, null, doc.facts().size(), doc.failedChecks(),
                    doc.conflicts(), doc.warnings().size(), ms, doc.checks().size(), reconciled, null,
                    doc.source().sha256(), IrxVersion.current());
        }

        static Entry error(Path file, String reason, String message, long ms, String sha256) {
            return new Entry(file.toString(), false, null, reason, message, 0, 0, 0, 0, ms, 0, 0, null, sha256,
                    IrxVersion.current());
        }

        /** The line of an output a killed run wrote but did not record, from the output itself. */
        static Entry fromOutput(Path file, String output, JsonNode root, Instant written) {
            long failed = 0, conflicts = 0, reconciled = 0;
            for (JsonNode c : root.path("checks")) if ("fail".equals(c.path("status").asText())) failed++;
            for (JsonNode f : root.path("facts")) {
                String st = f.path("status").asText();
                if (FactStatus.CONFLICT.json().equals(st)) conflicts++;
                if (FactStatus.RECONCILED.json().equals(st)) reconciled++;
            }
            return new Entry(file.toString(), true, output, null, null, root.path("facts").size(), failed, conflicts,
                    root.path("warnings").size(), null, root.path("checks").size(), reconciled, written,
                    root.path("source").path("sha256").asText(null), root.path("irxVersion").asText(null));
        }
    }

    private final BufferedWriter writer;
    private boolean failed;

    BatchSummary(Path path) throws IOException {
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    synchronized void append(Entry e) {
        ObjectNode n = json(e);
        try {
            writer.write(MAPPER.writeValueAsString(n));
            writer.newLine();
            writer.flush();
        } catch (IOException ex) {
            // the batch goes on (its outputs are still written); the run ends with exit 2 and one line
            if (!failed) System.err.println("irx: cannot write the summary: " + Errors.describe(ex));
            failed = true;
        }
    }

    /** An entry as its summary line's JSON (a worker JVM sends its entries to the batch in this form too). */
    static ObjectNode json(Entry e) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", e.file());
        n.put("status", e.ok() ? "ok" : "error");
        n.put("output", e.output());
        n.put("reason", e.reason());
        n.put("message", e.message());
        n.put("facts", e.facts());
        n.put("checks", e.checks());
        n.put("failedChecks", e.failedChecks());
        n.put("conflicts", e.conflicts());
        n.put("reconciled", e.reconciled());
        n.put("warnings", e.warnings());
        n.put("ms", e.ms());
        n.put("finishedAt", (e.finishedAt() == null ? Instant.now() : e.finishedAt()).toString());
        n.put("sha256", e.sha256());
        n.put("irxVersion", e.irxVersion());
        return n;
    }

    /** The entry of a line of {@link #json}; {@code finishedAt} left null (now, when it is appended). */
    static Entry fromJson(JsonNode n) {
        JsonNode ms = n.path("ms");
        return new Entry(n.path("file").asText(), "ok".equals(n.path("status").asText()), n.path("output").asText(null),
                n.path("reason").asText(null), n.path("message").asText(null), n.path("facts").asLong(),
                n.path("failedChecks").asLong(), n.path("conflicts").asLong(), n.path("warnings").asLong(),
                ms.isNumber() ? ms.asLong() : null, n.path("checks").asLong(), n.path("reconciled").asLong(), null,
                n.path("sha256").asText(null), n.path("irxVersion").asText(null));
    }

    /** Whether a line could not be written. */
    synchronized boolean failed() { return failed; }

    @Override
    public synchronized void close() {
        try {
            writer.close();
        } catch (IOException e) {
            if (!failed) System.err.println("irx: cannot write the summary: " + Errors.describe(e));
            failed = true;
        }
    }
}
