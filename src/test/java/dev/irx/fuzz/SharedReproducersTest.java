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
    /**
     * By the start of a file's name (the first that fits), what it must end as. A file no entry names fails the
     * test, so that a new reproducer gets its expectation.
     */
    private static final List<Map.Entry<String, Set<String>>> EXPECTED = List.of(
            Map.entry("internal-SOE-", Set.of("too_large")), // nested 50,000 deep: over the nesting limit
            Map.entry("internal-", Set.of("ok")), // our own bugs on a readable file: it reads
            Map.entry("blankpage-", Set.of("ok")),
            Map.entry("silent-ok-", Set.of("ok")), // with a warning, checked below
            Map.entry("hang-predictor-", Set.of("damaged")),
            Map.entry("predictor-", Set.of("damaged")),
            Map.entry("bomb-", Set.of("too_large")),
            Map.entry("pagebomb-", Set.of("too_large")),
            Map.entry("nest-", Set.of("too_large")),
            Map.entry("cmap-deep-", Set.of("too_large")),
            Map.entry("cmap-encoding-broken", Set.of("damaged")), // a font's /Differences PDFBox cannot parse
            Map.entry("cmap-", Set.of("ok")), // read, or its garbage warned: checked below
            Map.entry("pagetree-parent-loop", Set.of("damaged")), // PDFBox recurses round the loop
            Map.entry("pagetree-", Set.of("ok")),
            Map.entry("xobject-billion-", Set.of("too_large")),
            Map.entry("xobject-", Set.of("ok")),
            Map.entry("enc-user-", Set.of("encrypted")),
            Map.entry("enc-owner-", Set.of("ok")),
            // PDFBox's inline-image parser takes the rest of the page for the 50,000² image's data: no text is left
            Map.entry("huge-image-", Set.of("ok", "no_text_layer")),
            Map.entry("slow-KpiGrammar-", Set.of("too_large")), // over the glyphs of a page
            Map.entry("slow-contents-array-", Set.of("too_large")),
            Map.entry("slow-decodeparms-", Set.of("damaged")),
            Map.entry("slow-quadratic-", Set.of("ok")));

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
                if (!allowed.contains(o.result()) || harness.overTime(o)) {
                    wrong.add(o + (allowed.isEmpty() ? " (no expected outcome for it)" : " (expected " + allowed + ")"));
                }
                // read but not really: it must say so; a broken CMap reads, or its text is warned of
                boolean warned = o.warnings().stream().anyMatch(w -> w.startsWith("unreadable text")
                        || w.startsWith("glyphs with no Unicode") || w.startsWith("no figures"));
                if (o.file().startsWith("silent-ok-") && !warned) wrong.add(o + " without a warning");
                if (o.file().startsWith("cmap-") && o.result().equals("ok") && !warned && o.facts() == 0) {
                    wrong.add(o + ": no figures and no warning");
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
                .findFirst().orElse(Set.of());
    }
}
