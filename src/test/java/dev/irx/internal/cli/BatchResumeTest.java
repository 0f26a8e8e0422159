package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code batch --resume}: a run cut short is finished without redoing its work or recording an input twice. */
class BatchResumeTest {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final Path TANSHIN = Path.of("samples/iij-1q25-tanshin-summary.pdf");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldOut, oldErr;

    @BeforeEach
    void capture() {
        oldOut = System.out;
        oldErr = System.err;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    @Test
    void resumeRedoesOnlyWhatIsMissingOrChangedAndKeepsOneLinePerInput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String n : List.of("a", "b", "c", "d", "f")) Files.copy(AUTHORED, in.resolve(n + ".txt"));
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        Files.write(in.resolve("e.pdf"), junk);
        Path out = dir.resolve("out");
        assertEquals(1, Main.run("batch", in.toString(), "--out", out.toString(), "--jobs", "2"));
        Path summary = out.resolve("batch-summary.jsonl");
        Map<String, String> firstLines = linesByName(summary);
        assertEquals(6, firstLines.size());
        JsonNode e = MAPPER.readTree(firstLines.get("e.pdf"));
        assertEquals(IrxVersion.current(), e.get("irxVersion").asText());
        assertEquals(64, e.get("sha256").asText().length(), "an error's line has the input's hash too");

        // a run killed late: c written but not recorded, d recorded halfway and its output gone, b edited since,
        // f written by another irx version
        for (String n : List.of("a", "b", "c", "d", "f")) Files.setLastModifiedTime(out.resolve(n + ".json"), OLD);
        StringBuilder cut = new StringBuilder();
        for (String n : List.of("a", "b", "e.pdf", "f")) cut.append(firstLines.get(n.contains(".") ? n : n + ".txt")).append('\n');
        String d = firstLines.get("d.txt");
        cut.append(d, 0, d.length() / 2);
        Files.writeString(summary, cut);
        Files.delete(out.resolve("d.json"));
        Files.writeString(in.resolve("b.txt"), "\n", StandardOpenOption.APPEND);
        ObjectNode f = (ObjectNode) MAPPER.readTree(out.resolve("f.json").toFile());
        f.put("irxVersion", "0.0.0-older");
        Files.writeString(out.resolve("f.json"), MAPPER.writeValueAsString(f));
        Files.setLastModifiedTime(out.resolve("f.json"), OLD);

        assertEquals(1, Main.run("batch", in.toString(), "--out", out.toString(), "--resume"), err.toString());
        Map<String, String> lines = linesByName(summary); // fails on a duplicate or a line that does not parse
        assertEquals(6, lines.size(), lines.toString());
        assertEquals(OLD, Files.getLastModifiedTime(out.resolve("a.json")), "done before: not redone");
        assertEquals(OLD, Files.getLastModifiedTime(out.resolve("c.json")), "written before its line: not redone");
        assertNotEquals(OLD, Files.getLastModifiedTime(out.resolve("b.json")), "new bytes: redone");
        assertNotEquals(OLD, Files.getLastModifiedTime(out.resolve("f.json")), "another version's output: redone");
        assertTrue(Files.isRegularFile(out.resolve("d.json")), "lost output: redone");
        assertEquals(firstLines.get("a.txt"), lines.get("a.txt"), "a's line as it was");
        assertEquals(firstLines.get("e.pdf"), lines.get("e.pdf"), "a final error is not redone");
        JsonNode c = MAPPER.readTree(lines.get("c.txt"));
        JsonNode c0 = MAPPER.readTree(firstLines.get("c.txt"));
        assertEquals("ok", c.get("status").asText());
        for (String k : List.of("facts", "checks", "failedChecks", "conflicts", "reconciled", "warnings", "sha256", "output")) {
            assertEquals(c0.get(k), c.get(k), "c's line made from its output: " + k);
        }
        assertTrue(c.get("ms").isNull(), "not timed by this run");
        assertNotEquals(MAPPER.readTree(firstLines.get("b.txt")).get("sha256"), MAPPER.readTree(lines.get("b.txt")).get("sha256"));
        assertTrue(err.toString().contains("6 file(s), 5 ok, 1 failed"), err.toString());
        assertTrue(err.toString().contains("3 done before (--resume)"), err.toString());

        // once finished, a resume does nothing at all
        String finished = Files.readString(summary);
        assertEquals(1, Main.run("batch", in.toString(), "--out", out.toString(), "--resume"));
        assertEquals(finished, Files.readString(summary));
    }

    /**
     * Issue 15: a batch killed with SIGKILL, resumed and killed with SIGTERM, then resumed to the end, has
     * exactly one summary line per input with its final status, and what was done before a kill is not redone.
     */
    @Test
    void afterSigkillAndSigtermAResumeLeavesOneLinePerInput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        int n = 12;
        for (int i = 0; i < n; i++) Files.copy(TANSHIN, in.resolve(String.format("t%02d.pdf", i)));
        Path out = dir.resolve("out");
        Path summary = out.resolve("batch-summary.jsonl");

        int afterKill = runAndKill(dir, in, out, 2, true);
        assertTrue(afterKill < n, "killed mid-run: " + afterKill + " of " + n + " done");
        List<Path> doneBefore = outputs(out);
        for (Path p : doneBefore) Files.setLastModifiedTime(p, OLD);

        runAndKill(dir, in, out, afterKill + 1, false);
        List<Path> doneBeforeTerm = outputs(out);
        for (Path p : doneBeforeTerm) Files.setLastModifiedTime(p, OLD);

        assertEquals(0, Main.run("batch", in.toString(), "--out", out.toString(), "--resume", "--jobs", "1"), err.toString());
        Map<String, String> lines = linesByName(summary);
        assertEquals(n, lines.size(), lines.toString());
        for (String l : lines.values()) assertEquals("ok", MAPPER.readTree(l).get("status").asText(), l);
        assertEquals(n, outputs(out).size());
        for (Path p : doneBeforeTerm) assertEquals(OLD, Files.getLastModifiedTime(p), p + " was redone");
        assertTrue(doneBeforeTerm.size() >= doneBefore.size());
    }

    /** Starts the batch in a JVM of its own, waits for {@code lines} summary lines, kills it; returns the lines. */
    private static int runAndKill(Path dir, Path in, Path out, int lines, boolean sigkill) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                "dev.irx.internal.cli.Main", "batch", in.toString(), "--out", out.toString(), "--jobs", "1", "--resume"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve(sigkill ? "run1.log" : "run2.log").toFile()).start();
        Path summary = out.resolve("batch-summary.jsonl");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (p.isAlive() && System.nanoTime() < deadline && count(summary) < lines) Thread.sleep(5);
        // the batch reads its files in worker JVMs (WorkerPool), which must end with their batch, killed or not
        List<ProcessHandle> children = p.descendants().toList();
        assertTrue(!children.isEmpty() || !p.isAlive(), "batch reads its files in worker JVMs");
        if (sigkill) p.destroyForcibly();
        else p.destroy();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        for (ProcessHandle c : children) c.onExit().get(30, TimeUnit.SECONDS);
        assertTrue(children.stream().noneMatch(ProcessHandle::isAlive), "the worker JVMs ended with the batch");
        assertTrue(leftovers(out).isEmpty(), "a killed batch leaves no partial output: " + leftovers(out));
        return count(summary);
    }

    private static List<Path> leftovers(Path out) throws Exception {
        try (var s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    private static int count(Path summary) throws Exception {
        if (!Files.exists(summary)) return 0;
        byte[] b = Files.readAllBytes(summary);
        int c = 0;
        for (byte x : b) if (x == '\n') c++;
        return c;
    }

    private static List<Path> outputs(Path out) throws Exception {
        try (var s = Files.list(out)) {
            return s.filter(p -> p.getFileName().toString().matches("t\\d\\d\\.json")).sorted().toList();
        }
    }

    /** The summary's lines by input file name; fails on a line that does not parse or a second line for a file. */
    private static Map<String, String> linesByName(Path summary) throws Exception {
        Map<String, String> m = new HashMap<>();
        for (String l : Files.readAllLines(summary)) {
            JsonNode n = MAPPER.readTree(l);
            String name = Path.of(n.get("file").asText()).getFileName().toString();
            assertEquals(null, m.put(name, l), "two lines for " + name);
        }
        return m;
    }
}
