package dev.irx.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.testing.SchemaAssert;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line as a user runs it: exit codes, stdout JSON, stderr messages, batch files. */
class CliTest {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    @Test
    void extractPrintsSchemaValidJsonToStdout() {
        assertEquals(0, Main.run("extract", AUTHORED.toString()));
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertEquals("fisco_report", root.get("document").get("kind").asText());
        assertEquals("9999", root.get("document").get("company").get("securitiesCode").asText());
        assertEquals(2, root.get("source").get("pages").asInt());
        boolean assetsOnPage2 = false;
        for (JsonNode f : root.get("facts")) {
            if (f.get("metric").asText().equals("total_assets")) assetsOnPage2 |= f.get("page").asInt() == 2;
        }
        assertTrue(assetsOnPage2, "form feed starts page 2");
    }

    @Test
    void extractWritesToAFileWhenAsked(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("sub/out.json");
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "-o", target.toString(), "--pretty"));
        String json = Files.readString(target);
        SchemaAssert.assertValid(json);
        assertTrue(json.contains("\n  \"source\""), "pretty-printed");
        assertEquals("", stdout());
        try (var files = Files.list(target.getParent())) {
            assertEquals(1, files.count(), "no temp file left behind");
        }
    }

    @Test
    void extractOfABadFileIsOneLineNamingFileAndReason(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("broken.pdf");
        Files.write(bad, randomBytes(4000));
        assertEquals(1, Main.run("extract", bad.toString()));
        String e = stderr().strip();
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("broken.pdf") && e.contains("not a PDF"), e);
        assertFalse(e.contains("Exception"), "no stack trace without --verbose: " + e);
    }

    @Test
    void strictFailsOnAConflictBetweenTableAndSentence(@TempDir Path dir) throws Exception {
        Path doc = dir.resolve("conflict.txt");
        Files.writeString(doc, String.join("\n",
                "2023年12月期の連結業績は、売上高が前期比12.5%増の9,100百万円となった。",
                "2023年12月期連結業績", "（単位：百万円）", "22/12期 23/12期", "売上高 8,000 9,000", ""));
        assertEquals(0, Main.run("extract", doc.toString()));
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertTrue(root.get("warnings").toString().contains("9100000000"), root.get("warnings").toString());
        assertEquals(1, Main.run("extract", doc.toString(), "--strict"));
        assertTrue(stderr().contains("failed check"), stderr());
        assertTrue(stderr().contains("conflict: ") && stderr().contains("9100000000"), "names the figures: " + stderr());
    }

    @Test
    void batchStrictFailsOnAConflictAndTheSummaryCountsIt(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.writeString(in.resolve("conflict.txt"), String.join("\n",
                "2023年12月期の連結業績は、売上高が前期比12.5%増の9,100百万円となった。",
                "2023年12月期連結業績", "（単位：百万円）", "22/12期 23/12期", "売上高 8,000 9,000", ""));
        Path outDir = dir.resolve("out");
        assertEquals(0, Main.run("batch", in.toString(), "--out", outDir.toString()));
        JsonNode line = byFile(summary(outDir), "conflict.txt");
        assertTrue(line.get("failedChecks").asInt() >= 1, line.toString());
        assertTrue(line.get("conflicts").asInt() >= 2, line.toString());
        assertTrue(line.get("checks").asInt() >= line.get("failedChecks").asInt(), line.toString());
        assertTrue(line.has("reconciled"), line.toString());
        assertTrue(stderr().contains("1 with conflicts"), stderr());
        assertEquals(1, Main.run("batch", in.toString(), "--out", outDir.toString(), "--strict"));
        assertTrue(stderr().contains("conflict.txt") && stderr().contains("failed check"), stderr());
        assertEquals(2, summary(outDir).size(), "the summary is appended to");
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, Main.run("extract"));
        assertEquals(2, Main.run("batch", "x"));
        assertEquals(2, Main.run("frobnicate"));
    }

    @Test
    void batchGoesOnPastBadFilesAndSummarisesEach(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(AUTHORED, in.resolve("good.txt"));
        Files.write(in.resolve("broken.pdf"), randomBytes(5000));
        Files.write(in.resolve("truncated.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog".getBytes(StandardCharsets.US_ASCII));
        Files.writeString(in.resolve("notes.md"), "not an input: wrong extension for a directory scan");
        Path outDir = dir.resolve("out");

        assertEquals(1, Main.run("batch", in.toString(), "--out", outDir.toString(), "--jobs", "2"));

        assertTrue(Files.exists(outDir.resolve("good.json")));
        SchemaAssert.assertValid(Files.readString(outDir.resolve("good.json")));
        assertFalse(Files.exists(outDir.resolve("broken.json")));
        List<JsonNode> lines = summary(outDir);
        assertEquals(3, lines.size(), lines.toString());
        JsonNode broken = byFile(lines, "broken.pdf");
        assertEquals("error", broken.get("status").asText());
        assertEquals("unsupported_type", broken.get("reason").asText());
        assertTrue(broken.get("message").asText().contains("broken.pdf"));
        assertEquals("damaged", byFile(lines, "truncated.pdf").get("reason").asText());
        JsonNode good = byFile(lines, "good.txt");
        assertEquals("ok", good.get("status").asText());
        assertTrue(good.get("facts").asInt() > 10);
        assertTrue(good.has("ms") && good.has("failedChecks"));
        assertTrue(stderr().contains("broken.pdf"));
    }

    @Test
    void batchOfGoodFilesExitsZeroAndAppendsToTheSummary(@TempDir Path dir) throws Exception {
        Path outDir = dir.resolve("out");
        assertEquals(0, Main.run("batch", AUTHORED.toString(), "--out", outDir.toString()));
        assertEquals(0, Main.run("batch", AUTHORED.toString(), "--out", outDir.toString()));
        assertEquals(2, summary(outDir).size(), "one line per input per run, appended");
    }

    @Test
    void acceptanceOnSeed000AndAGarbagePdf(@TempDir Path dir) throws Exception {
        Path seed = Shared.seed000();
        assertEquals(0, Main.run("extract", seed.toString()));
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertEquals("fisco_report", root.get("document").get("kind").asText());
        assertEquals("4498", root.get("document").get("company").get("securitiesCode").asText());
        boolean revenue = false;
        for (JsonNode f : root.get("facts")) {
            if (f.get("metric").asText().equals("revenue") && f.get("measure").asText().equals("value")
                    && f.get("period").get("end").asText().equals("2024-03-31")
                    && f.get("basis").asText().equals("actual") && f.get("value").asText().equals("6466000000")
                    && f.get("page").asInt() >= 1 && !f.get("evidence").asText().isBlank()) revenue = true;
        }
        assertTrue(revenue, "revenue FY ending 2024-03-31, actual, 6466000000");

        Path in = Files.createDirectory(dir.resolve("in"));
        Files.copy(seed, in.resolve(seed.getFileName()));
        Files.write(in.resolve("broken.pdf"), randomBytes(2048));
        Path outDir = dir.resolve("out");
        assertEquals(1, Main.run("batch", in.toString(), "--out", outDir.toString()));
        try (var files = Files.list(outDir)) {
            assertEquals(1, files.filter(p -> p.toString().endsWith(".json")).count());
        }
        assertEquals("error", byFile(summary(outDir), "broken.pdf").get("status").asText());
    }

    private static List<JsonNode> summary(Path outDir) throws Exception {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(outDir.resolve("batch-summary.jsonl"))) out.add(MAPPER.readTree(l));
        return out;
    }

    private static JsonNode byFile(List<JsonNode> lines, String name) {
        return lines.stream().filter(n -> n.get("file").asText().endsWith(name)).findFirst().orElseThrow();
    }

    private static byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        new Random(42).nextBytes(b);
        return b;
    }
}
