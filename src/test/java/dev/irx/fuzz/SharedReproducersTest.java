package dev.irx.fuzz;

import dev.irx.testing.Shared;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reproducers and crafted files of ../shared/fuzz (when present): each ends with the outcome its kind
 * calls for, inside its time limit; none is an error of ours.
 */
class SharedReproducersTest {

    private static final Path DIR = Shared.ROOT.resolve("fuzz");
    private static final Set<String> ANY = Set.of("ok", "damaged", "too_large", "timeout", "no_text_layer",
            "unsupported_type", "encrypted");
    /** By the start of a file's name (the first that fits), what it may end as. */
    private static final List<Map.Entry<String, Set<String>>> EXPECTED = List.of(
            Map.entry("internal-SOE-", Set.of("damaged", "ok")), // nested past the stack: damaged, or read around
            Map.entry("internal-", Set.of("ok")), // our own bugs on a readable file: it reads
            Map.entry("blankpage-", Set.of("ok")),
            Map.entry("silent-ok-", Set.of("ok")), // with a warning, checked below
            Map.entry("hang-predictor-", Set.of("damaged")),
            Map.entry("predictor-", Set.of("damaged")),
            Map.entry("bomb-", Set.of("too_large")),
            Map.entry("pagebomb-", Set.of("too_large")),
            Map.entry("enc-user-", Set.of("encrypted")),
            Map.entry("enc-owner-", Set.of("ok")),
            Map.entry("huge-image-", Set.of("ok", "no_text_layer")),
            Map.entry("slow-", Set.of("ok", "too_large", "damaged")));

    @Test
    void eachReproducerEndsWithItsOutcomeInTime() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(DIR), "../shared/fuzz not present; skipped");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(DIR)) {
            s.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".pdf") || p.toString().endsWith(".txt"))
                    .sorted().forEach(files::add);
        }
        FuzzHarness harness = new FuzzHarness(Duration.ofSeconds(60), Duration.ofSeconds(15));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<String> wrong = new ArrayList<>();
        try {
            List<Future<FuzzHarness.Outcome>> futures = new ArrayList<>();
            for (Path f : files) futures.add(pool.submit(() -> harness.run(f.getFileName().toString(), Files.readAllBytes(f))));
            for (Future<FuzzHarness.Outcome> fu : futures) {
                FuzzHarness.Outcome o = fu.get();
                Set<String> allowed = allowed(o.file());
                if (!allowed.contains(o.result()) || harness.overTime(o)) wrong.add(o.toString());
                // read but not really: it must say so
                if (o.file().startsWith("silent-ok-") && o.warnings().stream()
                        .noneMatch(w -> w.startsWith("unreadable text") || w.startsWith("no figures"))) {
                    wrong.add(o + " without a warning");
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertTrue(files.size() > 0);
        assertTrue(wrong.isEmpty(), wrong.size() + " of " + files.size() + ": " + wrong);
    }

    private static Set<String> allowed(String name) {
        return EXPECTED.stream().filter(e -> name.startsWith(e.getKey())).map(Map.Entry::getValue)
                .findFirst().orElse(ANY);
    }
}
