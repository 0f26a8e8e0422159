package dev.irx.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

    record Entry(String file, boolean ok, String output, String reason, String message, long facts,
                 long failedChecks, long conflicts, long warnings, long ms, long checks, long reconciled) {

        static Entry ok(Path file, String output, IrxDocument doc, long ms) {
            long reconciled = doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
            return new Entry(file.toString(), true, output, null, null, doc.facts().size(), doc.failedChecks(),
                    doc.conflicts(), doc.warnings().size(), ms, doc.checks().size(), reconciled);
        }

        static Entry error(Path file, String reason, String message, long ms) {
            return new Entry(file.toString(), false, null, reason, message, 0, 0, 0, 0, ms, 0, 0);
        }
    }

    private final BufferedWriter writer;
    private boolean failed;

    BatchSummary(Path path) throws IOException {
        writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    synchronized void append(Entry e) {
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
        n.put("finishedAt", Instant.now().toString());
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
