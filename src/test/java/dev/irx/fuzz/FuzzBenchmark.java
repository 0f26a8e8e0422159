package dev.irx.fuzz;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The long fuzz run: 10,000 mutants of the test fixtures and the samples (about an hour on two cores).
 * Prints the counts by result; fails on any internal error or any file past its time limit.
 *
 * <pre>mvn -B -q test -Dgroups=benchmark -DexcludedGroups= -Dtest=FuzzBenchmark [-Dirx.fuzz.count=1000] [-Dirx.fuzz.seed=7]</pre>
 */
@Tag("benchmark")
class FuzzBenchmark {

    @Test
    void tenThousandMutants() throws Exception {
        int count = Integer.getInteger("irx.fuzz.count", 10_000);
        long seed = Long.getLong("irx.fuzz.seed", 7);
        List<PdfMutator.Mutant> mutants = FuzzHarness.mutants(FuzzHarness.seeds(true), seed, count);
        FuzzHarness harness = new FuzzHarness(Duration.ofSeconds(60), Duration.ofSeconds(15));
        long t0 = System.nanoTime();
        FuzzHarness.Report report = harness.run(mutants, 2);
        System.out.printf("fuzz seed %d: %s in %d s%n", seed, report, (System.nanoTime() - t0) / 1_000_000_000);
        assertEquals(count, report.total(), "every mutant has a result");
        assertTrue(report.internal().isEmpty(), report.toString());
        assertTrue(report.overTime().isEmpty(), report.toString());
    }
}
