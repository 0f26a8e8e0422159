package dev.irx.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second of {@code irx batch --jobs 1} and {@code --jobs 2} on the same files (the real 決算短信 in
 * ../shared when present, and the samples), in one warm JVM, and their ratio. Not a timed test: it prints figures.
 * On a machine shared with other work the ratio says little; run it on an idle one.
 *
 * <pre>mvn -B -q test -Dgroups=benchmark -DexcludedGroups= -Dtest=BatchBenchmark</pre>
 */
@Tag("benchmark")
class BatchBenchmark {

    private static final int WARMUP_ROUNDS = 2;
    private static final int ROUNDS = 3;

    @Test
    void jobsOneAgainstJobsTwo(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(pdfs(Path.of("..", "shared", "realdata", "tanshin")));
        files.addAll(pdfs(Path.of("samples")));
        long pages = 0;
        for (Path f : files) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            batch(files, 1, dir.resolve("w1-" + i));
            batch(files, 2, dir.resolve("w2-" + i));
        }
        long t1 = 0, t2 = 0;
        for (int i = 0; i < ROUNDS; i++) { // interleaved, so that drift hits both alike
            t1 += batch(files, 1, dir.resolve("r1-" + i));
            t2 += batch(files, 2, dir.resolve("r2-" + i));
        }
        double pps1 = pages * ROUNDS / (t1 / 1e9), pps2 = pages * ROUNDS / (t2 / 1e9);
        System.out.printf("BatchBenchmark: %d files, %d pages per round, %d rounds after %d warm-up, %d cores%n",
                files.size(), pages, ROUNDS, WARMUP_ROUNDS, Runtime.getRuntime().availableProcessors());
        System.out.printf("  batch --jobs 1                      %8.1f pages/s%n", pps1);
        System.out.printf("  batch --jobs 2                      %8.1f pages/s%n", pps2);
        System.out.printf("  speed-up --jobs 2 / --jobs 1        %8.2f x%n", pps2 / pps1);
    }

    private static long batch(List<Path> files, int jobs, Path out) {
        List<String> args = new ArrayList<>(List.of("batch", "--jobs", String.valueOf(jobs), "--out", out.toString()));
        for (Path f : files) args.add(f.toString());
        long t0 = System.nanoTime();
        int code = Main.run(args.toArray(String[]::new));
        long t = System.nanoTime() - t0;
        assertEquals(0, code, "batch failed on a benchmark file");
        return t;
    }

    private static List<Path> pdfs(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
