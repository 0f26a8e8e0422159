package dev.irx.internal.cli;

import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One input of a batch read and its output written: the same work whether a thread of the batch's JVM does it or
 * a worker JVM of its pool. Every outcome is a summary entry; nothing is thrown.
 */
final class FileJob {

    private final IrxExtractor irx;
    private final OutputOptions options;

    FileJob(IrxExtractor irx, OutputOptions options) {
        this.irx = irx;
        this.options = options;
    }

    /**
     * Reads {@code file} and writes its output, named {@code outName} in the entry. {@code atomic}: written to
     * {@code target} through a temporary file; else {@code target} is itself a new temporary file, which the
     * batch then puts in place.
     */
    BatchSummary.Entry run(Path file, String outName, Path target, boolean atomic) {
        long t0 = System.nanoTime();
        try {
            IrxDocument doc = irx.extract(file);
            AtomicFiles.Body body = o -> options.format.write(doc, options.pretty, o);
            if (atomic) AtomicFiles.write(target, body);
            else AtomicFiles.writeTemp(target, body);
            return BatchSummary.Entry.ok(file, outName, doc, ms(t0));
        } catch (IrxException e) {
            if (options.verbose) e.printStackTrace();
            return BatchSummary.Entry.error(file, e.reason().code(), e.getMessage(), ms(t0), Hashes.sha256OrNull(file));
        } catch (IOException e) {
            if (options.verbose) e.printStackTrace();
            return outputError(file, e, ms(t0));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug of ours on one file must not cost the user the rest of the batch.
            if (options.verbose) e.printStackTrace();
            return BatchSummary.Entry.error(file, "internal", Errors.internal(file, e), ms(t0), Hashes.sha256OrNull(file));
        }
    }

    static BatchSummary.Entry outputError(Path file, IOException e, long ms) {
        return BatchSummary.Entry.error(file, "output", file.getFileName() + ": cannot write output: "
                + Errors.describe(e), ms, Hashes.sha256OrNull(file));
    }

    static long ms(long t0) { return (System.nanoTime() - t0) / 1_000_000; }
}
