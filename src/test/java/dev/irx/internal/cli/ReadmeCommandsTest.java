package dev.irx.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's commands as a newcomer runs them: the main job on the bundled samples exits 0, and the hostile
 * samples' own command exits 1 with each file's documented outcome. The commands are read from the README itself.
 */
class ReadmeCommandsTest {

    private static final String JAR = "java -jar target/irx.jar ";
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream oldErr;

    @BeforeEach
    void capture() {
        oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(oldErr);
    }

    @Test
    void mainJobOnTheSamplesExits0(@TempDir Path dir) throws Exception {
        List<String> args = command("batch samples/", dir.resolve("out"));
        assertEquals(0, Main.run(args.toArray(String[]::new)), err.toString(StandardCharsets.UTF_8));
        assertEquals(samples("samples", ".pdf").size(), summary(dir.resolve("out")).size());
    }

    @Test
    void hostileSamplesExit1WithTheirReasons(@TempDir Path dir) throws Exception {
        List<String> args = command("batch samples/hostile", dir.resolve("out-hostile"));
        assertEquals(1, Main.run(args.toArray(String[]::new)));
        JsonNode expected = new ObjectMapper().readTree(Path.of("samples/hostile/expected-errors.json").toFile());
        Map<String, JsonNode> lines = summary(dir.resolve("out-hostile"));
        assertEquals(expected.size(), lines.size());
        String readme = Files.readString(Path.of("README.md"));
        for (var e : (Iterable<Map.Entry<String, JsonNode>>) expected::fields) {
            JsonNode line = lines.get(e.getKey());
            String reason = e.getValue().isNull() ? null : e.getValue().asText();
            assertEquals(reason == null ? "ok" : "error", line.get("status").asText(), e.getKey());
            if (reason != null) assertEquals(reason, line.get("reason").asText(), e.getKey());
            // the README's table says the same
            String row = readme.lines().filter(l -> l.startsWith("| `" + e.getKey() + "`")).findFirst().orElseThrow();
            assertTrue(reason == null ? row.contains("read") : row.contains("`" + reason + "`"), row);
        }
    }

    /** The README's {@code java -jar target/irx.jar} line that starts so, its globs expanded and --out moved to {@code out}. */
    private static List<String> command(String start, Path out) throws Exception {
        String line = Files.readAllLines(Path.of("README.md")).stream().map(String::strip)
                .filter(l -> l.startsWith(JAR + start) || l.contains("&& " + JAR + start)).findFirst().orElseThrow();
        String cmd = line.substring(line.indexOf(JAR) + JAR.length()).replaceAll("\\s+#.*$", "");
        List<String> args = new ArrayList<>();
        String[] words = cmd.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.equals("--out")) {
                args.add(w);
                args.add(out.toString());
                i++;
            } else if (w.contains("*")) {
                int slash = w.lastIndexOf('/');
                args.addAll(samples(w.substring(0, slash), w.substring(w.indexOf('*') + 1)));
            } else {
                args.add(w);
            }
        }
        return args;
    }

    private static List<String> samples(String dir, String suffix) throws Exception {
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().map(Path::toString).toList();
        }
    }

    private static Map<String, JsonNode> summary(Path out) throws Exception {
        Map<String, JsonNode> byName = new HashMap<>();
        ObjectMapper m = new ObjectMapper();
        for (String l : Files.readAllLines(out.resolve("batch-summary.jsonl"))) {
            JsonNode n = m.readTree(l);
            byName.put(Path.of(n.get("file").asText()).getFileName().toString(), n);
        }
        return byName;
    }
}
