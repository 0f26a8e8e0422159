package dev.irx.internal.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.IrxExtractor;
import dev.irx.model.Check;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The validator on every real document irx has: the samples, and (when ../shared is present) the seeds
 * and the nine real 決算短信. No check may fail unless the document itself is known to be inconsistent
 * (a golden's {@code expectedConflicts}), and no document may reconcile fewer facts than
 * what was measured when the rules were written.
 */
class ReconciliationCorpusTest {

    private static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final IrxExtractor IRX = IrxExtractor.builder().build();

    /**
     * Facts reconciled per document, as measured; raised whenever the validator reaches more facts, never
     * lowered. A count, not a share: extraction that adds correct figures no rule can reach (a deck's chart
     * series) lowers the share without anything getting worse. Seeds 001 and 002 have no reconciled facts
     * yet (an extraction gap, not a validation one), hence 0.
     */
    private static final Map<String, Integer> FLOORS = Map.ofEntries(
            Map.entry("fisco-cybertrust-2024.pdf", 295), Map.entry("fisco-iij-2025.pdf", 175),
            Map.entry("iij-1q25-results.pdf", 292), Map.entry("iij-1q25-tanshin-summary.pdf", 27),
            Map.entry("iij-fy24-results.pdf", 100), Map.entry("databook-3382-3q-fy2025.pdf", 212),
            Map.entry("databook-2874-fy2022-segments.pdf", 65), Map.entry("deck-6273-2q-fy2022.pdf", 48),
            Map.entry("000_5422a2a9e4dd824c.txt", 290), Map.entry("001_fff977273593db68.txt", 0),
            Map.entry("002_9791539c9f8abf8f.txt", 0),
            Map.entry("tse-acedjpsm-44440-20240502581623.pdf", 69),
            Map.entry("tse-acedjpsm-85660-20240502385660.pdf", 74),
            Map.entry("tse-anedjpsm-70640-20240306370640.pdf", 41),
            Map.entry("tse-anrejpsm-89550-20230217389550.pdf", 30),
            Map.entry("tse-qcedifsm-60050-20221104360050.pdf", 34),
            Map.entry("tse-qcedifsm-62690-20240514362690.pdf", 42),
            Map.entry("tse-qcedjpsm-47760-20240514347760.pdf", 31),
            Map.entry("tse-qcedjpsm-76780-20240611526390.pdf", 18),
            Map.entry("tse-qcedussm-63010-20221031363010.pdf", 37));

    /** What one document gave: for the closing table, and for the assertions. */
    private record Outcome(String name, int facts, int reconciled, int checks, int failed, List<String> unexpected) {
        double share() { return facts == 0 ? 0 : 100.0 * reconciled / facts; }
    }

    @Test
    void samplesHaveNoUnexpectedConflictAndKeepTheirReconciledFacts() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                Path golden = SAMPLES.resolve(pdf.getFileName().toString().replace(".pdf", ".expected.json"));
                JsonNode expected = Files.exists(golden) ? MAPPER.readTree(golden.toFile()).path("expectedConflicts")
                        : MAPPER.createArrayNode();
                outcomes.add(run(pdf, expected));
            }
        }
        assertAll(outcomes);
    }

    @Test
    void seedsHaveNoUnexpectedConflictAndKeepTheirReconciledFacts() throws Exception {
        List<Outcome> outcomes = new ArrayList<>();
        for (String seed : List.of("000_5422a2a9e4dd824c.txt", "001_fff977273593db68.txt", "002_9791539c9f8abf8f.txt")) {
            outcomes.add(run(Shared.require("seeds/" + seed), MAPPER.createArrayNode()));
        }
        assertAll(outcomes);
    }

    @Test
    void realTanshinHaveNoUnexpectedConflictAndKeepTheirReconciledFacts() throws Exception {
        Path dir = Shared.ROOT.resolve("realdata/tanshin");
        Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/realdata/tanshin not present; skipped");
        List<Outcome> outcomes = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path pdf : s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList()) {
                outcomes.add(run(Shared.require("realdata/tanshin/" + pdf.getFileName()), MAPPER.createArrayNode()));
            }
        }
        assertAll(outcomes);
    }

    @Test
    void atLeastSixtyPercentOfTheFactsInSamplesAndSeedsAreReconciled() throws Exception {
        int facts = 0, reconciled = 0;
        List<Path> docs = new ArrayList<>();
        try (Stream<Path> s = Files.list(SAMPLES)) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(docs::add);
        }
        Path seed = Shared.ROOT.resolve("seeds/000_5422a2a9e4dd824c.txt");
        if (Files.isRegularFile(seed)) docs.add(seed);
        for (Path p : docs) {
            IrxDocument d = IRX.extract(p);
            facts += d.facts().size();
            reconciled += (int) d.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
        }
        assertTrue(reconciled * 100 >= facts * 60, reconciled + " of " + facts + " facts reconciled");
    }

    /**
     * Extracts a document and sorts its failed checks into expected (an {@code expectedConflicts} entry
     * with the same rule whose {@code detail} is part of the check's) and unexpected.
     */
    private static Outcome run(Path file, JsonNode expectedConflicts) throws Exception {
        IrxDocument doc = IRX.extract(file);
        SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
        List<String> unexpected = new ArrayList<>();
        for (Check c : doc.checks()) {
            if (c.passed()) continue;
            boolean known = false;
            for (JsonNode e : expectedConflicts) {
                known |= e.path("rule").asText().equals(c.rule()) && c.detail().contains(e.path("detail").asText("\u0000"));
            }
            if (!known) unexpected.add(c.rule() + ": " + c.detail());
        }
        int reconciled = (int) doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
        Outcome o = new Outcome(file.getFileName().toString(), doc.facts().size(), reconciled, doc.checks().size(),
                (int) doc.failedChecks(), unexpected);
        System.out.printf("reconcile %-40s facts %4d checks %4d passed %4d failed %3d reconciled %4d (%5.1f%%)%n",
                o.name(), o.facts(), o.checks(), o.checks() - o.failed(), o.failed(), o.reconciled(), o.share());
        return o;
    }

    private static void assertAll(List<Outcome> outcomes) {
        List<String> problems = new ArrayList<>();
        for (Outcome o : outcomes) {
            o.unexpected().forEach(u -> problems.add(o.name() + ": unexpected conflict " + u));
            Integer floor = FLOORS.get(o.name());
            if (floor == null) problems.add(o.name() + ": no reconciled-facts floor recorded (measured "
                    + o.reconciled() + ")");
            else if (o.reconciled() < floor) problems.add(o.name() + ": " + o.reconciled()
                    + " facts reconciled, below its floor of " + floor);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }
}
