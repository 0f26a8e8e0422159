package dev.irx.fuzz;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few hundred damaged copies of the test fixtures and the samples, in every build: each file ends ok or with a reason, never
 * with an error of ours, and none runs past its time limit. The long run is {@link FuzzBenchmark}.
 */
class FuzzTest {

    static final int COUNT = 250;

    @Test
    void damagedFixturesEndOkOrWithAReasonWithinTheirLimit() throws Exception {
        List<PdfMutator.Mutant> mutants = FuzzHarness.mutants(FuzzHarness.seeds(true), 1, COUNT);
        FuzzHarness harness = new FuzzHarness(Duration.ofSeconds(30), Duration.ofSeconds(15));
        FuzzHarness.Report report = harness.run(mutants, 2);
        assertEquals(COUNT, report.total(), "every mutant has a result");
        assertTrue(report.internal().isEmpty(), report.toString());
        assertTrue(report.overTime().isEmpty(), report.toString());
        // the mutants are not all trivially rejected (nor all harmless): both kinds occur
        assertTrue(report.counts().getOrDefault("ok", 0) > 0 && report.counts().getOrDefault("damaged", 0) > 0,
                report.toString());
    }
}
