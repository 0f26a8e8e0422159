package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.IrxVersion;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code batch --resume}: what an earlier run into the same --out already did, so that a run cut short (killed,
 * crashed, out of power) is finished without redoing its work or recording an input twice.
 *
 * <p>An input is done when its output exists and was written by this irx version from the same bytes (its
 * {@code source.sha256}), or when its last summary line is an error from the same bytes and version whose reason
 * the bytes decide (not io, output, internal or timeout, which may pass on a rerun). Lines are matched to inputs
 * by the input's absolute path. At the end the summary keeps one line per input of the run: its last.
 */
final class Resume {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Reasons that say nothing about the bytes: such an input is tried again. */
    private static final Set<String> RETRIED = Set.of("io", "output", "internal", "timeout");

    /** What to do with one input: process it, or count it done (with a line to append, or the line it has). */
    record Outcome(JsonNode kept, BatchSummary.Entry rebuilt) {
        static final Outcome REDO = new Outcome(null, null);

        boolean skip() { return kept != null || rebuilt != null; }

        boolean ok() { return rebuilt != null || "ok".equals(kept.path("status").asText()); }

        long failedChecks() { return rebuilt != null ? rebuilt.failedChecks() : kept.path("failedChecks").asLong(); }
    }

    private final Path summaryFile;
    private final Map<Path, JsonNode> lastLine = new HashMap<>();

    private Resume(Path summaryFile) { this.summaryFile = summaryFile; }

    /**
     * Reads the summary of the earlier runs. A last line cut short by a kill is cut off, so that the lines this
     * run appends start on a line of their own.
     */
    static Resume open(Path summaryFile) throws IOException {
        Resume r = new Resume(summaryFile);
        if (!Files.exists(summaryFile)) return r;
        byte[] bytes = Files.readAllBytes(summaryFile);
        int end = bytes.length;
        while (end > 0 && bytes[end - 1] != '\n') end--;
        if (end < bytes.length) {
            try (FileChannel ch = FileChannel.open(summaryFile, StandardOpenOption.WRITE)) {
                ch.truncate(end);
            }
        }
        for (String line : new String(bytes, 0, end, StandardCharsets.UTF_8).split("\n")) {
            JsonNode n = parse(line);
            if (n != null) r.lastLine.put(key(n.path("file").asText()), n);
        }
        return r;
    }

    /** Whether this input is done; reads it (for its hash) and its output. */
    Outcome decide(Path input, String outName, Path outDir) {
        String sha = Hashes.sha256OrNull(input);
        if (sha == null) return Outcome.REDO;
        String version = IrxVersion.current();
        JsonNode last = lastLine.get(key(input.toString()));
        Path output = outDir.resolve(outName);
        JsonNode root = readOutput(output);
        if (root != null && sha.equals(root.path("source").path("sha256").asText())
                && version.equals(root.path("irxVersion").asText())) {
            if (last != null && "ok".equals(last.path("status").asText()) && sameRun(last, sha, version)
                    && outName.equals(last.path("output").asText())) {
                return new Outcome(last, null);
            }
            try {
                // written, then killed before its line: the line is made from the output
                return new Outcome(null, BatchSummary.Entry.fromOutput(input, outName, root,
                        Files.getLastModifiedTime(output).toInstant()));
            } catch (IOException e) {
                return Outcome.REDO;
            }
        }
        if (last != null && "error".equals(last.path("status").asText()) && sameRun(last, sha, version)
                && !RETRIED.contains(last.path("reason").asText())) {
            return new Outcome(last, null);
        }
        return Outcome.REDO;
    }

    /**
     * Rewrites the summary (atomically) with one line per input of this run, its last, and the other files' lines
     * as they were. Lines that do not parse are dropped.
     */
    void compact(List<Path> inputs) throws IOException {
        if (!Files.exists(summaryFile)) return;
        Set<Path> ours = new java.util.HashSet<>();
        for (Path p : inputs) ours.add(key(p.toString()));
        List<String> lines = Files.readAllLines(summaryFile, StandardCharsets.UTF_8);
        Map<Path, Integer> lastIndex = new HashMap<>();
        List<JsonNode> parsed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = parse(lines.get(i));
            parsed.add(n);
            if (n != null) lastIndex.put(key(n.path("file").asText()), i);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = parsed.get(i);
            if (n == null) continue;
            Path k = key(n.path("file").asText());
            if (ours.contains(k) && lastIndex.get(k) != i) continue;
            out.append(lines.get(i)).append('\n');
        }
        AtomicFiles.write(summaryFile, out.toString());
    }

    private static boolean sameRun(JsonNode line, String sha, String version) {
        return sha.equals(line.path("sha256").asText()) && version.equals(line.path("irxVersion").asText());
    }

    private static JsonNode readOutput(Path output) {
        if (!Files.isRegularFile(output)) return null;
        try {
            return MAPPER.readTree(output.toFile());
        } catch (IOException e) {
            return null; // cut short or not ours: redone
        }
    }

    private static JsonNode parse(String line) {
        if (line.isBlank()) return null;
        try {
            JsonNode n = MAPPER.readTree(line);
            return n != null && n.isObject() && n.hasNonNull("file") ? n : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Path key(String file) {
        try {
            return Path.of(file).toAbsolutePath().normalize();
        } catch (RuntimeException e) {
            return Path.of("/").resolve("(unparseable path)").resolve(Integer.toHexString(file.hashCode()));
        }
    }
}
