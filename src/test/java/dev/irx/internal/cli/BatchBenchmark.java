package dev.irx.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second of {@code irx batch --jobs 1} and {@code --jobs 2} as a user runs it: a JVM of its own for each
 * run, cold, on the samples and the real 決算短信 in ../shared (tdnet and tanshin, when present: 77 files), each
 * given {@code irx.bench.copies} times (default 2, as links of other names), as a batch of 154 real files would
 * be: a batch is run for many files, and each worker JVM's start and JIT warm-up weigh less in it. Each configuration is run in turn, round after round, so that drift hits all alike; the ratio is of the
 * medians. It runs the pool (the default) and, for comparison, the files in threads of one JVM
 * ({@code -Dirx.pool=false}). The load average before and after is printed: another process on the cores makes
 * the ratio say little. Not a timed test: it prints figures.
 *
 * <pre>mvn -B -q test -Dgroups=benchmark -DexcludedGroups= -Dtest=BatchBenchmark [-Dirx.bench.rounds=3] [-Dirx.bench.copies=2]</pre>
 */
@Tag("benchmark")
class BatchBenchmark {

    @Test
    void jobsOneAgainstJobsTwo(@TempDir Path dir) throws Exception {
        int rounds = Integer.getInteger("irx.bench.rounds", 3);
        int copies = Integer.getInteger("irx.bench.copies", 2);
        List<Path> originals = new ArrayList<>(pdfs(Path.of("samples"), false));
        originals.addAll(pdfs(Path.of("..", "shared", "realdata", "tdnet"), true));
        originals.addAll(pdfs(Path.of("..", "shared", "realdata", "tanshin"), false));
        long pages = 0;
        for (Path f : originals) {
            try (PDDocument doc = Loader.loadPDF(f.toFile())) {
                pages += doc.getNumberOfPages();
            }
        }
        pages *= copies;
        List<Path> files = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
            Path d = Files.createDirectories(dir.resolve("in").resolve("copy" + c));
            for (Path f : originals) {
                Path link = d.resolve(files.size() + "-" + f.getFileName());
                Files.createSymbolicLink(link, f.toAbsolutePath());
                files.add(link);
            }
        }
        Map<String, List<String>> configs = new LinkedHashMap<>();
        configs.put("pool, --jobs 1", List.of("--jobs", "1"));
        configs.put("pool, --jobs 2", List.of("--jobs", "2"));
        configs.put("threads (-Dirx.pool=false), --jobs 1", List.of("-Dirx.pool=false", "--jobs", "1"));
        configs.put("threads (-Dirx.pool=false), --jobs 2", List.of("-Dirx.pool=false", "--jobs", "2"));
        String loadBefore = loadAverage();
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            for (var c : configs.entrySet()) {
                double s = batch(files, c.getValue(), dir.resolve("r" + r + "-" + seconds.size() + c.getKey().hashCode()));
                seconds.computeIfAbsent(c.getKey(), k -> new ArrayList<>()).add(s);
            }
        }
        System.out.printf("BatchBenchmark: %d files, %d pages, %d rounds, %d cores; load average before %s, after %s%n",
                files.size(), pages, rounds, Runtime.getRuntime().availableProcessors(), loadBefore, loadAverage());
        Map<String, Double> pps = new LinkedHashMap<>();
        for (var e : seconds.entrySet()) {
            double med = median(e.getValue());
            pps.put(e.getKey(), pages / med);
            System.out.printf("  %-40s %7.1f pages/s  (median %.1f s of %s)%n", e.getKey(), pages / med, med, e.getValue());
        }
        System.out.printf("  speed-up --jobs 2 / --jobs 1, pool       %7.2f x%n",
                pps.get("pool, --jobs 2") / pps.get("pool, --jobs 1"));
        System.out.printf("  speed-up --jobs 2 / --jobs 1, threads    %7.2f x%n",
                pps.get("threads (-Dirx.pool=false), --jobs 2") / pps.get("threads (-Dirx.pool=false), --jobs 1"));
        System.out.printf("  the machine's own ceiling: two loops of arithmetic do %.2f x the work of one, two walks over%n"
                + "  memory (32 MB each, past the caches) %.2f x%n", ceiling(BatchBenchmark::spin), ceiling(BatchBenchmark::walk));
    }

    /**
     * What two cores give here to work that shares nothing: a loop of arithmetic on one thread, then on two at once.
     * A virtual machine's second core may be worth much less than its first; no batch can beat this.
     */
    private static double ceiling(java.util.function.LongConsumer task) throws Exception {
        long work = 400_000_000L;
        task.accept(work / 4); // warm
        double one = timed(() -> task.accept(work));
        Thread a = new Thread(() -> task.accept(work)), b = new Thread(() -> task.accept(work));
        double two = timed(() -> {
            a.start();
            b.start();
            try {
                a.join();
                b.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        return 2 * one / two;
    }

    private static volatile long sink;

    private static void spin(long n) {
        long x = 0;
        for (long i = 0; i < n; i++) x += i * i ^ (x >>> 3);
        sink = x;
    }

    /** A walk from cell to cell of an array too large for the caches: each step waits on memory. */
    private static void walk(long n) {
        int size = 8 << 20; // 8 M ints, 32 MB
        int[] next = new int[size];
        java.util.Random r = new java.util.Random(n);
        for (int i = 0; i < size; i++) next[i] = r.nextInt(size);
        int at = 0;
        for (long i = 0; i < n / 40; i++) at = next[at];
        sink = at;
    }

    private static double timed(Runnable r) {
        long t0 = System.nanoTime();
        r.run();
        return (System.nanoTime() - t0) / 1e9;
    }

    /** One batch in a JVM of its own, as the irx command; its wall-clock seconds. */
    private static double batch(List<Path> files, List<String> options, Path out) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        options.stream().filter(o -> o.startsWith("-D")).forEach(cmd::add);
        cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "batch", "--out", out.toString()));
        options.stream().filter(o -> !o.startsWith("-D")).forEach(cmd::add);
        for (Path f : files) cmd.add(f.toString());
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.resolveSibling(out.getFileName() + ".log").toFile()).start();
        assertEquals(0, p.waitFor(), "batch failed on a benchmark file: " + out + ".log");
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String loadAverage() {
        try {
            return String.join(" ", List.of(Files.readString(Path.of("/proc/loadavg")).split(" ")).subList(0, 3));
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static double median(List<Double> xs) {
        List<Double> s = xs.stream().sorted().toList();
        return s.size() % 2 == 1 ? s.get(s.size() / 2) : (s.get(s.size() / 2 - 1) + s.get(s.size() / 2)) / 2;
    }

    private static List<Path> pdfs(Path dir, boolean subdirectories) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = subdirectories ? Files.walk(dir, 2) : Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }
}
