package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.testing.SchemaAssert;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
class CliTest extends ConsoleCapture {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();

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

    @Test
    void anOutThatCannotBeWrittenIsOneLineAndExitTwoBeforeReading(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, Main.run("extract", AUTHORED.toString(), "-o", file.resolve("out.json").toString()));
        assertEquals(2, Main.run("batch", AUTHORED.toString(), "--out", file.resolve("sub").toString()));
        assertEquals(2, Main.run("extract", AUTHORED.toString(), "-o", dir.toString()));
        String e = stderr().strip();
        assertEquals(3, e.lines().count(), e);
        assertTrue(e.lines().allMatch(l -> l.startsWith("irx: cannot write ")), e);
        assertEquals("", stdout());
    }

    @Test
    void aBadPathNamedInABatchIsThatFilesErrorAndTheOthersGoOn(@TempDir Path dir) throws Exception {
        Path dangling = dir.resolve("dangling.pdf");
        Files.createSymbolicLink(dangling, dir.resolve("gone.pdf"));
        Path loop = dir.resolve("loop.pdf");
        Files.createSymbolicLink(loop, loop);
        Path fifo = dir.resolve("pipe.pdf");
        boolean fifoMade = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        List<String> args = new ArrayList<>(List.of("batch", "--out", dir.resolve("out").toString(),
                dangling.toString(), loop.toString(), AUTHORED.toString()));
        if (fifoMade) args.add(fifo.toString());
        assertEquals(1, Main.run(args.toArray(String[]::new)));
        List<JsonNode> lines = summary(dir.resolve("out"));
        assertEquals(fifoMade ? 4 : 3, lines.size(), lines.toString());
        assertEquals("ok", byFile(lines, "authored-results.txt").get("status").asText());
        assertEquals("io", byFile(lines, "dangling.pdf").get("reason").asText());
        assertEquals("io", byFile(lines, "loop.pdf").get("reason").asText());
        if (fifoMade) assertEquals("io", byFile(lines, "pipe.pdf").get("reason").asText());
    }

    @Test
    void outputNamesComeFromEachInputsOwnPathAndNeverCollide(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("in");
        for (String f : List.of("a/x.pdf", "b/x.pdf", "c/x.pdf", "c/x.pdf-2.pdf", "c/x.txt", "c/y.txt")) {
            Files.createDirectories(in.resolve(f).getParent());
            Files.copy(AUTHORED, in.resolve(f)); // text, whatever the name: the bytes tell the type
        }
        Path outDir = dir.resolve("out");
        assertEquals(0, Main.run("batch", in.toString(), "--out", outDir.toString()));
        List<JsonNode> lines = summary(outDir);
        List<String> outputs = lines.stream().map(l -> l.get("output").asText()).sorted().toList();
        // c/x.pdf and c/x.txt share a stem, so both keep their whole names
        assertEquals(List.of("a/x.json", "b/x.json", "c/x.pdf-2.pdf.json", "c/x.pdf.json", "c/x.txt.json", "c/y.json"),
                outputs);
        for (String o : outputs) assertTrue(Files.isRegularFile(outDir.resolve(o)), o);
        // the same file alone, named from its directory, keeps its name
        Path alone = dir.resolve("alone");
        assertEquals(0, Main.run("batch", in.resolve("b/x.pdf").toString(), "--out", alone.toString()));
        assertEquals("x.json", summary(alone).get(0).get("output").asText());
    }

    @Test
    void pdfBoxLogsOnlyWithVerbose() throws Exception {
        // the CLI's logging configuration, loaded as Main loads it (the tests themselves log to a file)
        assertEquals(ch.qos.logback.classic.Level.OFF, cliLogLevel("org.apache.pdfbox.pdfparser.COSParser", null));
        assertEquals(ch.qos.logback.classic.Level.OFF, cliLogLevel("org.apache.fontbox.ttf.TTFParser", null));
        assertEquals(ch.qos.logback.classic.Level.WARN, cliLogLevel("org.apache.pdfbox.pdfparser.COSParser", "WARN"));
        assertEquals(ch.qos.logback.classic.Level.WARN, cliLogLevel("dev.irx.internal.read.DocumentReader", null));
    }

    private static ch.qos.logback.classic.Level cliLogLevel(String logger, String pdfboxLevel) throws Exception {
        ch.qos.logback.classic.LoggerContext ctx = new ch.qos.logback.classic.LoggerContext();
        if (pdfboxLevel != null) ctx.putProperty("irx.pdfbox.level", pdfboxLevel);
        ch.qos.logback.classic.joran.JoranConfigurator c = new ch.qos.logback.classic.joran.JoranConfigurator();
        c.setContext(ctx);
        c.doConfigure(Main.class.getResource("/dev/irx/internal/cli/logback-cli.xml"));
        return ctx.getLogger(logger).getEffectiveLevel();
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
