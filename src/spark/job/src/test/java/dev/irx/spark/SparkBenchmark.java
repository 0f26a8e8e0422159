package dev.irx.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local[1] and in local[2] on the same few hundred files (the samples and, when present, the TDnet PDFs in
 * ../shared, copied {@code -Dbench.copies} times, default 4), in one warm JVM, and the ratio of their times. Not a
 * timed test: it prints figures. On a machine shared with other work the ratio says little; run it on an idle one.
 *
 * <pre>mvn -B -q -f src/spark/pom.xml test -Dgroups=benchmark -DexcludedGroups= -Dtest=SparkBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 */
@Tag("benchmark")
class SparkBenchmark {

    @Test
    void localOneAgainstLocalTwo(@TempDir Path dir) throws Exception {
        List<Path> distinct = new ArrayList<>(pdfs(LocalSpark.root().resolve("samples")));
        Path tdnet = LocalSpark.root().resolve("../shared/realdata/tdnet");
        if (Files.isDirectory(tdnet)) {
            try (Stream<Path> s = Files.list(tdnet)) {
                for (Path d : s.filter(Files::isDirectory).sorted().toList()) distinct.addAll(pdfs(d));
            }
        }
        int copies = Integer.getInteger("bench.copies", 4);
        Path in = Files.createDirectories(dir.resolve("in"));
        long pages = 0;
        for (Path f : distinct) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += (long) doc.getNumberOfPages() * copies;
            }
            for (int c = 0; c < copies; c++) {
                Files.copy(f, in.resolve(c + "-" + f.getParent().getFileName() + "-" + f.getFileName()));
            }
        }
        int files = distinct.size() * copies;
        run(2, distinct.get(0).getParent().toString(), dir.resolve("warm-up")); // the JIT and the extractor warmed
        double t1 = run(1, in.toString(), dir.resolve("local1"));
        double t2 = run(2, in.toString(), dir.resolve("local2"));
        System.out.printf("SparkBenchmark: %d files (%d distinct x %d), %d pages, %d cores, load average %.2f%n",
                files, distinct.size(), copies, pages, Runtime.getRuntime().availableProcessors(),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        System.out.printf("  local[1]                 %7.1f s  %7.1f pages/s%n", t1, pages / t1);
        System.out.printf("  local[2]                 %7.1f s  %7.1f pages/s%n", t2, pages / t2);
        System.out.printf("  speed-up local[2]/[1]    %7.2f x%n", t1 / t2);
    }

    /** The job's time in seconds, the session's start and stop left out. */
    private static double run(int cores, String input, Path out) throws IOException {
        SparkSession spark = LocalSpark.start(cores);
        try {
            long t0 = System.nanoTime();
            IrxJob.Summary s = IrxJob.run(spark, JobOptions.parse(input, out.toString()));
            double t = (System.nanoTime() - t0) / 1e9;
            assertEquals(0, s.skipped());
            System.out.printf("  local[%d]: %s in %.1f s%n", cores, s, t);
            return t;
        } finally {
            spark.stop();
        }
    }

    private static List<Path> pdfs(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
