package dev.irx.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each shrunk mutant in src/test/resources/fuzz ends as expected.tsv says, never as an error of ours. */
class FuzzRegressionTest {

    private static final Path DIR = Path.of("src/test/resources/fuzz");

    @Test
    void eachRegressionEndsAsRecorded() throws Exception {
        List<String> rows = Files.readAllLines(DIR.resolve("expected.tsv")).stream().filter(l -> !l.isBlank()).toList();
        assertFalse(rows.isEmpty());
        FuzzHarness harness = new FuzzHarness(Duration.ofSeconds(60), Duration.ofSeconds(15));
        for (String row : rows) {
            String[] cols = row.split("\t");
            FuzzHarness.Outcome o = harness.run(cols[0], Files.readAllBytes(DIR.resolve(cols[0])));
            assertEquals(cols[1], o.result(), o.toString());
        }
        try (var files = Files.list(DIR)) {
            long pdfs = files.filter(p -> p.toString().endsWith(".pdf")).count();
            assertEquals(pdfs, rows.size(), "every regression file has its expected outcome");
        }
        assertTrue(rows.stream().allMatch(r -> r.split("\t").length == 2), rows.toString());
    }
}
