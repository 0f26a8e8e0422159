package dev.irx.fuzz;

import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * Runs the library on damaged files as a batch would, and tells what became of each: {@code ok} (its JSON valid
 * against the schema), a reason code, or {@code internal} (anything else escaping: a bug of ours).
 */
final class FuzzHarness {

    /** What one file came to. {@code ms} is the wall time of its call. */
    record Outcome(String file, String result, String detail, long ms, List<String> warnings, int facts) {
        boolean internal() { return result.equals("internal"); }

        @Override
        public String toString() { return file + ": " + result + (detail == null ? "" : " (" + detail + ")") + ", " + ms + " ms"; }
    }

    /** The counts of a run, by result, and the outcomes that need a look: internal, or over the time limit. */
    record Report(Map<String, Integer> counts, List<Outcome> internal, List<Outcome> overTime, int total) {
        @Override
        public String toString() {
            return total + " files: " + counts + (internal.isEmpty() ? "" : "; internal: " + internal)
                    + (overTime.isEmpty() ? "" : "; over time: " + overTime);
        }
    }

    private final IrxExtractor irx;
    private final Duration timeout;
    /** Time allowed past the timeout before a call counts as over its limit: a busy machine's scheduling. */
    private final Duration grace;

    FuzzHarness(Duration timeout, Duration grace) {
        this.irx = IrxExtractor.builder().timeout(timeout).build();
        this.timeout = timeout;
        this.grace = grace;
    }

    Outcome run(String name, byte[] bytes) {
        long t0 = System.nanoTime();
        String result, detail = null;
        List<String> warnings = List.of();
        int facts = 0;
        try {
            IrxDocument doc = irx.extract(new ByteArrayInputStream(bytes), name);
            SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
            result = "ok";
            warnings = doc.warnings();
            facts = doc.facts().size();
        } catch (IrxException e) {
            result = e.reason().code();
            detail = e.getMessage();
        } catch (RuntimeException | Error e) {
            result = "internal";
            detail = e.toString() + " at " + (e.getStackTrace().length > 0 ? e.getStackTrace()[0] : "?");
        }
        return new Outcome(name, result, detail, (System.nanoTime() - t0) / 1_000_000, warnings, facts);
    }

    boolean overTime(Outcome o) { return o.ms() > timeout.plus(grace).toMillis(); }

    /** Runs the mutants on {@code threads} threads; every mutant gets exactly one outcome. */
    Report run(List<PdfMutator.Mutant> mutants, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (PdfMutator.Mutant m : mutants) futures.add(pool.submit(() -> run(m.name(), m.bytes())));
            Map<String, Integer> counts = new TreeMap<>();
            List<Outcome> internal = new ArrayList<>(), over = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                Outcome o = f.get();
                counts.merge(o.result(), 1, Integer::sum);
                if (o.internal()) internal.add(o);
                if (overTime(o)) over.add(o);
            }
            return new Report(counts, internal, over, futures.size());
        } finally {
            pool.shutdownNow();
        }
    }

    /** The committed PDFs the mutants are made from: the test fixtures, and the samples when asked. */
    static List<Path> seeds(boolean samples) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("src/test/resources/pdf"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
        }
        if (samples) {
            try (Stream<Path> s = Files.list(Path.of("samples"))) {
                s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(out::add);
            }
        }
        return out;
    }

    /** {@code count} mutants of the seeds, round robin, from one seed of the mutator. */
    static List<PdfMutator.Mutant> mutants(List<Path> seeds, long seed, int count) throws IOException {
        PdfMutator mutator = new PdfMutator(seed);
        List<byte[]> bytes = new ArrayList<>();
        for (Path p : seeds) bytes.add(Files.readAllBytes(p));
        List<PdfMutator.Mutant> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int k = i % seeds.size();
            String stem = seeds.get(k).getFileName().toString().replaceFirst("\\.pdf$", "");
            out.add(mutator.mutate(stem, bytes.get(k), i));
        }
        return out;
    }
}
