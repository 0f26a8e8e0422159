package dev.irx.spark;

import dev.irx.IrxException;
import dev.irx.IrxVersion;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import org.apache.spark.sql.Row;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * One input, converted on an executor: its {@code files} row and its {@code facts} rows. A file that fails, times out
 * or breaks the parser (any Throwable, a StackOverflowError included) is a {@code files} row with its reason, never a
 * failed task: a task that failed would be retried on the same bytes, and then fail the job.
 */
final class Conversion implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The reasons that say nothing about the bytes: such a file is tried again by --resume (as by batch --resume). */
    static final List<String> RETRIED = List.of("io", "internal", "timeout");

    /** What converts one document: the shared extractor, or a stand-in in tests. */
    interface Extraction {
        IrxDocument extract(InputStream in, String name) throws IrxException;
    }

    /** Reads an input's bytes. */
    interface Bytes {
        byte[] read() throws IOException;
    }

    /** An input done before (--resume): no rows. */
    static final Conversion SKIPPED = new Conversion(null, List.of());

    final Row file;
    final List<Row> facts;

    private Conversion(Row file, List<Row> facts) {
        this.file = file;
        this.facts = facts;
    }

    boolean skipped() { return file == null; }

    /** The key --resume compares: sha256 and irx version. */
    static String doneKey(String sha256, String irxVersion) { return sha256 + " " + irxVersion; }

    /**
     * Converts one input, or returns {@link #SKIPPED} when {@code done} has its bytes (by sha256) under this irx
     * version.
     *
     * @param path the input's full path (the {@code files} row's); its last segment names it in the facts
     */
    static Conversion of(String path, Bytes bytes, Extraction irx, java.util.Set<String> done) {
        long t0 = System.nanoTime();
        String name = path.substring(path.lastIndexOf('/') + 1);
        String version = IrxVersion.current();
        byte[] content;
        try {
            content = bytes.read();
        } catch (IOException | RuntimeException e) {
            String message = new IrxException(name, IrxException.Reason.IO, describe(e)).getMessage();
            return error(path, name, IrxException.Reason.IO.code(), message, t0, null, version);
        }
        String sha = sha256(content);
        if (done.contains(doneKey(sha, version))) return SKIPPED;
        try {
            IrxDocument doc = irx.extract(new ByteArrayInputStream(content), name);
            content = null; // the document is all that is needed now
            List<Row> facts = new ArrayList<>(doc.facts().size());
            for (Map<String, Object> r : dev.irx.IrxExtractor.toRows(doc)) facts.add(Tables.factRow(r));
            long reconciled = doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
            Row file = Tables.fileRow(path, name, "ok", null, null, doc.facts().size(), doc.checks().size(),
                    doc.failedChecks(), doc.conflicts(), reconciled, doc.warnings().size(), ms(t0), sha, version);
            return new Conversion(file, facts);
        } catch (IrxException e) {
            return error(path, name, e.reason().code(), e.getMessage(), t0, sha, version);
        } catch (Throwable e) { // NOPMD: a bug of ours on one file, even a StackOverflowError, must not cost the rest
            String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
            return error(path, name, "internal", name + ": internal error: " + e.getClass().getSimpleName() + m, t0,
                    sha, version);
        }
    }

    private static Conversion error(String path, String name, String reason, String message, long t0, String sha,
                                    String version) {
        return new Conversion(Tables.fileRow(path, name, "error", reason, message, 0, 0, 0, 0, 0, 0, ms(t0), sha,
                version), List.of());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java has SHA-256
        }
    }

    private static String describe(Throwable e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    private static long ms(long t0) { return (System.nanoTime() - t0) / 1_000_000; }
}
