package dev.irx.internal.cli;

import dev.irx.internal.output.FactRows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The batch's file of all rows in a flat format: the inputs' own files, joined in the order of the inputs once
 * every worker is done, so that one read gives the whole run whatever the number of workers. It is written
 * atomically from the files on disk, never appended to by the workers: a run that stops half-way leaves none.
 */
final class FlatBatch {

    private FlatBatch() {}

    /** Joins {@code names} (relative to {@code dir}) into {@code target}; CSV files' header rows are kept once. */
    static void combine(Path target, Path dir, List<String> names, boolean csv) throws IOException {
        byte[] header = FactRows.csvHeader().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(target, out -> {
            if (csv) out.write(header);
            for (String name : names) {
                try (InputStream in = Files.newInputStream(dir.resolve(name))) {
                    if (csv) {
                        byte[] head = in.readNBytes(header.length);
                        if (!java.util.Arrays.equals(head, header)) {
                            throw new IOException(name + " does not start with irx's CSV header");
                        }
                    }
                    in.transferTo(out);
                }
            }
        });
    }
}
