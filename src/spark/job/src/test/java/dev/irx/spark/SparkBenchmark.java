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
 * ../shared, copied {@code -Dbench.copies} times, default 4), in one JVM warmed on each file once, and the ratio of
 * their times, with the CPU time each took (what the machine gave it). Not a timed test: it prints figures. On a
 * machine shared with other work the ratio says little; run it on an idle one.
 *
 * <pre>mvn -B -q -f src/spark/pom.xml verify -Dgroups=benchmark -DexcludedGroups= -Dtest=SparkBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
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
        Path in = Files.createDirectories(dir.resolve("in")), warm = Files.createDirectories(dir.resolve("warm"));
        long pages = 0;
        for (Path f : distinct) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += (long) doc.getNumberOfPages() * copies;
            }
            Files.copy(f, warm.resolve(f.getParent().getFileName() + "-" + f.getFileName()));
            for (int c = 0; c < copies; c++) {
                Files.copy(f, in.resolve(c + "-" + f.getParent().getFileName() + "-" + f.getFileName()));
            }
        }
        int files = distinct.size() * copies;
        run(2, warm.toString(), dir.resolve("warm-up")); // every distinct file once: the JIT and the extractor warm
        double load0 = OS.getSystemLoadAverage();
        double[] t1 = run(1, in.toString(), dir.resolve("local1"));
        double[] t2 = run(2, in.toString(), dir.resolve("local2"));
        System.out.printf("SparkBenchmark: %d files (%d distinct x %d), %d pages, %d cores, load average %.2f before,"
                + " %.2f after%n", files, distinct.size(), copies, pages, Runtime.getRuntime().availableProcessors(),
                load0, OS.getSystemLoadAverage());
        System.out.printf("  local[1]                 %7.1f s  %7.1f pages/s  %6.1f s of CPU (%.2f cores busy)%n",
                t1[0], pages / t1[0], t1[1], t1[1] / t1[0]);
        System.out.printf("  local[2]                 %7.1f s  %7.1f pages/s  %6.1f s of CPU (%.2f cores busy)%n",
                t2[0], pages / t2[0], t2[1], t2[1] / t2[0]);
        System.out.printf("  speed-up local[2]/[1]    %7.2f x%n", t1[0] / t2[0]);
    }

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();

    /**
     * The job's time and this JVM's CPU time in it, in seconds, the session's start and stop left out. CPU time over
     * time is the cores the job kept busy: on a machine shared with other work, what it was given.
     */
    private static double[] run(int cores, String input, Path out) throws IOException {
        SparkSession spark = LocalSpark.start(cores);
        try {
            long t0 = System.nanoTime(), cpu0 = OS.getProcessCpuTime();
            IrxJob.Summary s = IrxJob.run(spark, JobOptions.parse(input, out.toString()));
            double t = (System.nanoTime() - t0) / 1e9, cpu = (OS.getProcessCpuTime() - cpu0) / 1e9;
            assertEquals(0, s.skipped());
            System.out.printf("  local[%d]: %s in %.1f s%n", cores, s, t);
            return new double[] {t, cpu};
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
