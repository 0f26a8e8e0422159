package dev.irx;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second of the whole pipeline on a synthetic 100-page deck made of our own slides ({@link SyntheticDeck}),
 * and on one page of 2,000 short lines: what a long PowerPoint deck costs. Not a timed test: it prints figures.
 *
 * <pre>mvn -B -q test -Dgroups=benchmark -DexcludedGroups= -Dtest=DeckCostBenchmark</pre>
 */
@Tag("benchmark")
class DeckCostBenchmark {

    @Test
    void aLongDeck(@TempDir Path dir) throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        Path deck = SyntheticDeck.write(dir, 100);
        Path page = SyntheticDeck.onePage(dir, 2000);
        for (int i = 0; i < 3; i++) { // warm-up
            IrxExtractor.toJson(irx.extract(deck), false);
            IrxExtractor.toJson(irx.extract(page), false);
        }
        int rounds = 5;
        long t0 = System.nanoTime();
        for (int i = 0; i < rounds; i++) IrxExtractor.toJson(irx.extract(deck), false);
        long t1 = System.nanoTime();
        for (int i = 0; i < rounds; i++) IrxExtractor.toJson(irx.extract(page), false);
        long t2 = System.nanoTime();
        System.out.printf("DeckCostBenchmark: 100-page synthetic deck %8.1f pages/s%n", 100.0 * rounds / ((t1 - t0) / 1e9));
        System.out.printf("DeckCostBenchmark: one page of 2,000 lines  %8.1f ms%n", (t2 - t1) / 1e6 / rounds);
    }
}
