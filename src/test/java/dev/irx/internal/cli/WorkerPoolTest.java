package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code batch} with its files read in worker JVMs: a worker stuck where no interrupt reaches is killed and its
 * file recorded {@code timeout}, a worker killed from outside costs its own file only, and no other output is lost
 * or changed. The hang is the worker's test hook (WorkerMain): it writes half an output, then spins.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS) // a hang of the pool itself must fail, not stall the build
class WorkerPoolTest extends ConsoleCapture {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final Path TANSHIN = Path.of("samples/iij-1q25-tanshin-summary.pdf");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @AfterEach
    void clearProperties() {
        System.clearProperty(WorkerPool.PROPERTY);
        System.clearProperty("irx.worker.stallOn");
    }

    @Test
    void aFileStuckWhereNoInterruptReachesIsATimeoutAndTheOthersFinishIntact(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Files.delete(in.resolve("t.pdf")); // a cold worker on a busy machine may take long for it: text only here
        Path ref = dir.resolve("ref");
        System.setProperty(WorkerPool.PROPERTY, "false");
        assertEquals(1, Main.run("batch", in.toString(), "--out", ref.toString(), "--jobs", "2"), err.toString());

        System.setProperty(WorkerPool.PROPERTY, "true");
        System.setProperty("irx.worker.stallOn", "s.txt");
        Path out = dir.resolve("out");
        long t0 = System.nanoTime();
        assertEquals(1, Main.run("batch", in.toString(), "--out", out.toString(), "--jobs", "2", "--timeout", "10"),
                err.toString());
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0);
        assertTrue(seconds < 200, "the stuck worker was stopped, after " + seconds + " s");

        Map<String, JsonNode> lines = summary(out);
        assertEquals(5, lines.size(), lines.toString());
        JsonNode stuck = lines.get("s.txt");
        assertEquals("timeout", stuck.get("reason").asText(), stuck.toString());
        assertTrue(stuck.get("message").asText().startsWith("s.txt: timed out (over 10 s; its worker JVM was stopped)"),
                stuck.toString());
        assertEquals(64, stuck.get("sha256").asText().length());
        assertEquals(summary(ref).get("junk.pdf").get("reason").asText(), lines.get("junk.pdf").get("reason").asText());
        assertFalse(Files.exists(out.resolve("s.json")), "no output for the stuck file");
        assertSameOutputs(ref, out, List.of("a.json", "b.json", "c.json"));
        assertNoTemporaryFiles(out);
        assertNoWorkerLeft();
    }

    @Test
    void aWorkerKilledFromOutsideCostsOnlyItsOwnFile(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Path ref = dir.resolve("ref");
        System.setProperty(WorkerPool.PROPERTY, "false");
        assertEquals(1, Main.run("batch", in.toString(), "--out", ref.toString(), "--jobs", "1"), err.toString());

        System.setProperty(WorkerPool.PROPERTY, "true");
        System.setProperty("irx.worker.stallOn", "s.txt");
        Path out = dir.resolve("out");
        int[] code = {-1};
        // no time limit: the worker on s.txt spins until something outside kills it
        Thread batch = new Thread(() -> code[0] = Main.run("batch", in.toString(), "--out", out.toString(),
                "--jobs", "1", "--timeout", "0"));
        batch.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(200);
        while (halfWritten(out).isEmpty() && batch.isAlive() && System.nanoTime() < deadline) Thread.sleep(20);
        assertEquals(1, halfWritten(out).size(), "the worker on s.txt is half-way through its output");
        List<ProcessHandle> workers = workers();
        assertEquals(1, workers.size(), "one job, one worker");
        workers.get(0).destroyForcibly();
        batch.join(TimeUnit.SECONDS.toMillis(200));
        assertFalse(batch.isAlive(), err.toString());
        assertEquals(1, code[0], err.toString());

        Map<String, JsonNode> lines = summary(out);
        assertEquals(6, lines.size(), lines.toString());
        JsonNode killed = lines.get("s.txt");
        assertEquals("internal", killed.get("reason").asText(), killed.toString());
        assertEquals("s.txt: internal error: the worker JVM reading it ended (killed by signal 9)",
                killed.get("message").asText());
        assertFalse(Files.exists(out.resolve("s.json")));
        assertSameOutputs(ref, out, List.of("a.json", "b.json", "c.json", "t.json"));
        assertNoTemporaryFiles(out);
        assertNoWorkerLeft();
    }

    @Test
    void flatFormatsThroughThePoolAreTheSameFiles(@TempDir Path dir) throws Exception {
        Path in = inputs(dir);
        Files.delete(in.resolve("s.txt"));
        Path ref = dir.resolve("ref"), out = dir.resolve("out");
        System.setProperty(WorkerPool.PROPERTY, "false");
        assertEquals(1, Main.run("batch", in.toString(), "--out", ref.toString(), "--format", "csv"), err.toString());
        System.setProperty(WorkerPool.PROPERTY, "true");
        assertEquals(1, Main.run("batch", in.toString(), "--out", out.toString(), "--format", "csv"), err.toString());
        assertSameOutputs(ref, out, List.of("a.csv", "b.csv", "c.csv", "t.csv", "batch-facts.csv"));
        Map<String, JsonNode> a = summary(ref), b = summary(out);
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) {
            for (String field : List.of("status", "output", "reason", "message", "facts", "checks", "warnings", "sha256")) {
                assertEquals(a.get(k).get(field), b.get(k).get(field), k + " " + field);
            }
        }
        assertNoWorkerLeft();
    }

    @Test
    void aWorkerGetsThisJvmsOptionsABoundedHeapUnlessOneIsGivenAndTheBatchsArguments() {
        String[] args = {"batch", "in", "--out", "o"};
        List<String> cmd = WorkerPool.command("/jdk/bin/java",
                List.of("-Dx=1", "-XX:ArchiveClassesAtExit=a.jsa", "-agentlib:jdwp=transport=dt_socket,address=5005",
                        "-D" + BoundedHeap.CHILD_PROPERTY + "=true"),
                Map.of("irx.log.level", "DEBUG"), "irx.jar", args, 10);
        List<String> expected = new ArrayList<>(List.of("/jdk/bin/java", "-Dx=1"));
        expected.addAll(List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"));
        expected.addAll(List.of("-Xmx" + WorkerPool.WORKER_HEAP_MIB + "m", "-Dirx.log.level=DEBUG", "-cp", "irx.jar",
                WorkerMain.class.getName(), "batch", "in", "--out", "o"));
        assertEquals(expected, cmd);
        List<String> users = WorkerPool.command("java", List.of("-Xmx2g", "-XX:+UseG1GC", "-XX:TieredStopAtLevel=4"),
                Map.of(), "cp", args, 10);
        // a worker with many files to read earns back the optimising JIT's compile time
        assertFalse(WorkerPool.command("java", List.of(), Map.of(), "cp", args, WorkerPool.LONG_RUN)
                .contains("-XX:TieredStopAtLevel=1"));
        assertTrue(users.contains("-Xmx2g"));
        assertFalse(users.contains("-XX:TieredStopAtLevel=1"), "a JIT option of the user's is kept: " + users);
        assertFalse(users.stream().anyMatch(a -> a.startsWith("-Xmx" + WorkerPool.WORKER_HEAP_MIB)), users.toString());
        assertFalse(users.contains("-XX:+UseSerialGC"), "a collector of the user's is kept: " + users);
    }

    /** a, b, c and s: text; t: a 短信; junk.pdf: random bytes. */
    private static Path inputs(Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (String n : List.of("a", "b", "c", "s")) Files.copy(AUTHORED, in.resolve(n + ".txt"));
        Files.copy(TANSHIN, in.resolve("t.pdf"));
        byte[] junk = new byte[3000];
        new Random(7).nextBytes(junk);
        Files.write(in.resolve("junk.pdf"), junk);
        return in;
    }

    private static void assertSameOutputs(Path ref, Path out, List<String> names) throws Exception {
        for (String n : names) {
            assertTrue(Files.isRegularFile(out.resolve(n)), n);
            assertArrayEquals(Files.readAllBytes(ref.resolve(n)), Files.readAllBytes(out.resolve(n)), n);
        }
    }

    private static List<Path> temporaryFiles(Path out) throws Exception {
        if (!Files.isDirectory(out)) return List.of();
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    /** The temporary output of s.txt, which the stalled worker never finishes. */
    private static List<Path> halfWritten(Path out) throws Exception {
        return temporaryFiles(out).stream().filter(p -> p.getFileName().toString().startsWith(".s.json.")).toList();
    }

    private static void assertNoTemporaryFiles(Path out) throws Exception {
        assertEquals(List.of(), temporaryFiles(out), "no partial output is left");
    }

    private static List<ProcessHandle> workers() {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().arguments().map(a -> List.of(a).contains(WorkerMain.class.getName())).orElse(false))
                .toList();
    }

    private static void assertNoWorkerLeft() throws Exception {
        for (ProcessHandle p : workers()) p.onExit().get(30, TimeUnit.SECONDS);
        assertEquals(List.of(), workers(), "every worker ended with its batch");
    }

    private static Map<String, JsonNode> summary(Path out) throws Exception {
        Map<String, JsonNode> m = new HashMap<>();
        for (String l : Files.readAllLines(out.resolve("batch-summary.jsonl"))) {
            JsonNode n = MAPPER.readTree(l);
            String name = Path.of(n.get("file").asText()).getFileName().toString();
            assertEquals(null, m.put(name, n), "two lines for " + name);
        }
        return m;
    }
}
