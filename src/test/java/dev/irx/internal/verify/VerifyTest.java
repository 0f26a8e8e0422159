package dev.irx.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxExtractor;
import dev.irx.internal.cli.Main;
import dev.irx.model.IrxDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Scoring against goldens, and the baseline that may only rise. */
class VerifyTest {

    private static final Path TEXT = Path.of("src/test/resources/text/authored-results.txt");
    private static final Path GOLDEN = Path.of("src/test/resources/text/authored-results.expected.json");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static Score score(JsonNode golden) throws Exception {
        IrxDocument doc = IrxExtractor.builder().build().extract(TEXT);
        return Scorer.score("authored-results.txt", doc, Golden.parse(golden));
    }

    private static ObjectNode golden() throws Exception {
        return (ObjectNode) MAPPER.readTree(GOLDEN.toFile());
    }

    @Test
    void authoredDocumentScoresFully() throws Exception {
        Score s = score(golden());
        assertEquals(15, s.expected());
        assertEquals(15, s.found());
        assertEquals(0, s.wrong() + s.missing() + s.extra(), s.problems().toString());
        assertTrue(s.documentMismatches().isEmpty(), s.documentMismatches().toString());
        assertEquals(1.0, s.recall());
        assertEquals(1.0, s.precision());
    }

    @Test
    void aFigureListedOncePerPageCountsOnce() throws Exception {
        ObjectNode g = golden();
        ArrayNode facts = (ArrayNode) g.get("facts");
        ObjectNode again = facts.get(2).deepCopy();
        again.putArray("pages").add(99);
        again.remove("page");
        facts.add(again);
        Score s = score(g);
        assertEquals(15, s.expected());
        assertEquals(15, s.found());
        // Found on its page, but not read on page 99, where the golden says it is printed too.
        assertEquals(16, s.sightings());
        assertEquals(15, s.seen());
        assertTrue(s.problems().stream().anyMatch(p -> p.startsWith("unseen") && p.contains("[99]")), s.problems().toString());
        // Listed twice with two values, the golden contradicts itself: said, and the first listing counts.
        again.put("value", "1");
        Score contradicted = score(g);
        assertEquals(15, contradicted.expected());
        assertTrue(contradicted.problems().stream().anyMatch(p -> p.startsWith("golden lists twice, with different values")),
                contradicted.problems().toString());
    }

    @Test
    void aDifferentValueIsWrong() throws Exception {
        ObjectNode g = golden();
        ((ObjectNode) g.get("facts").get(2)).put("value", "9100000000");
        Score s = score(g);
        assertEquals(1, s.wrong());
        assertEquals(14, s.found());
        assertTrue(s.failed(false));
        assertTrue(s.problems().stream().anyMatch(p -> p.startsWith("wrong") && p.contains("9100000000")));
    }

    @Test
    void aWrongPageIsWrong() throws Exception {
        ObjectNode g = golden();
        ArrayNode pages = ((ObjectNode) g.get("facts").get(0)).putArray("pages");
        pages.add(2);
        assertEquals(1, score(g).wrong());
    }

    @Test
    void unlistedFiguresAreExtraAndUnproducedOnesMissing() throws Exception {
        ObjectNode g = golden();
        ArrayNode facts = (ArrayNode) g.get("facts");
        facts.remove(0);
        ObjectNode invented = facts.get(0).deepCopy();
        invented.put("metric", "ordinary_income");
        facts.add(invented);
        Score s = score(g);
        assertEquals(1, s.extra());
        assertEquals(1, s.missing());
        assertTrue(s.failed(false));
    }

    @Test
    void extraFailsOnlyWhenStrict() throws Exception {
        ObjectNode g = golden();
        ((ArrayNode) g.get("facts")).remove(0);
        Score s = score(g);
        assertEquals(1, s.extra());
        assertTrue(!s.failed(false));
        assertTrue(s.failed(true));
    }

    @Test
    void documentFieldsAreCompared() throws Exception {
        ObjectNode g = golden();
        ((ObjectNode) g.get("document").get("company")).put("securitiesCode", "1234");
        assertEquals(List.of("document.company.securitiesCode: expected 1234, got 9999"),
                score(g).documentMismatches());
    }

    @Test
    void baselineOnlyRisesAndCatchesDrops(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("baseline.json");
        Score good = new Score("a.pdf", 10, 9, 0, 1, 0, 9, List.of(), List.of());
        Score worse = new Score("a.pdf", 10, 7, 1, 2, 1, 9, List.of(), List.of());
        Baseline.read(file).raise(List.of(good), file);
        Baseline.read(file).raise(List.of(worse), file);
        Baseline b = Baseline.read(file);
        assertTrue(b.drops(List.of(good)).isEmpty());
        List<String> drops = b.drops(List.of(worse));
        assertEquals(2, drops.size(), drops.toString());
        assertTrue(drops.get(0).contains("recall 0.7000") && drops.get(0).contains("0.9000"), drops.get(0));
    }

    @Test
    void cliVerifyPrintsJsonAndExitsOneOnWrongFigures(@TempDir Path dir) throws Exception {
        Files.copy(TEXT, dir.resolve("doc.txt"));
        ObjectNode g = golden();
        Files.writeString(dir.resolve("doc.expected.json"), MAPPER.writeValueAsString(g));
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        int rc;
        try {
            System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
            rc = Main.run("verify", dir.toString(), "--json");
        } finally {
            System.setOut(old);
        }
        assertEquals(0, rc);
        JsonNode out = MAPPER.readTree(buf.toString(StandardCharsets.UTF_8));
        assertEquals(15, out.get("documents").get(0).get("found").asInt());

        ((ObjectNode) g.get("facts").get(0)).put("value", "1");
        Files.writeString(dir.resolve("doc.expected.json"), MAPPER.writeValueAsString(g));
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            rc = Main.run("verify", dir.toString());
        } finally {
            System.setOut(old);
        }
        assertEquals(1, rc);
    }
}
