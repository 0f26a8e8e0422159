package dev.irx.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The recorded per-document recall and precision that extraction must never fall below. It lives
 * in the repository and is only ever raised: {@link #raise} keeps the better of old and new.
 */
public final class Baseline {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** Recorded figures for one document. */
    /** Recorded figures for one document; precision is NaN until irx has produced something for it. */
    public record Entry(double recall, double precision) {}

    private final Map<String, Entry> entries;

    private Baseline(Map<String, Entry> entries) { this.entries = entries; }

    public static Baseline read(Path file) throws IOException {
        Map<String, Entry> map = new TreeMap<>();
        if (Files.exists(file)) {
            JsonNode root = MAPPER.readTree(file.toFile());
            root.fields().forEachRemaining(e -> map.put(e.getKey(),
                    new Entry(e.getValue().get("recall").asDouble(),
                            e.getValue().path("precision").isNumber() ? e.getValue().get("precision").asDouble()
                                    : Double.NaN)));
        }
        return new Baseline(map);
    }

    /** Lines describing every drop below the baseline; empty when none. */
    public List<String> drops(List<Score> scores) {
        List<String> out = new ArrayList<>();
        for (Score s : scores) {
            Entry b = entries.get(s.document());
            if (b == null) continue;
            if (s.recall() + 1e-9 < b.recall()) {
                out.add(String.format(java.util.Locale.ROOT, "%s: recall %.4f fell below the baseline %.4f",
                        s.document(), s.recall(), b.recall()));
            }
            if (!Double.isNaN(s.precision()) && !Double.isNaN(b.precision()) && s.precision() + 1e-9 < b.precision()) {
                out.add(String.format(java.util.Locale.ROOT, "%s: precision %.4f fell below the baseline %.4f",
                        s.document(), s.precision(), b.precision()));
            }
        }
        return out;
    }

    /** Records the scores, keeping for each document the higher of the old and new figures. */
    public void raise(List<Score> scores, Path file) throws IOException {
        for (Score s : scores) {
            Entry old = entries.get(s.document());
            double r = floor4(s.recall()), p = floor4(s.precision());
            if (old == null) {
                entries.put(s.document(), new Entry(r, p));
            } else {
                // A precision recorded when irx produced nothing means nothing; the first real one replaces it.
                double prec = Double.isNaN(p) ? old.precision()
                        : Double.isNaN(old.precision()) ? p : Math.max(old.precision(), p);
                entries.put(s.document(), new Entry(Math.max(old.recall(), r), prec));
            }
        }
        ObjectNode root = MAPPER.createObjectNode();
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            ObjectNode n = root.putObject(e.getKey());
            n.put("recall", e.getValue().recall());
            // No precision is recorded for a document where irx has produced nothing yet.
            if (Double.isNaN(e.getValue().precision())) n.putNull("precision");
            else n.put("precision", e.getValue().precision());
        }
        Files.writeString(file, MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n");
    }

    /** Rounded down, so that a recorded figure is never above what was measured. */
    private static double floor4(double v) { return Math.floor(v * 10000) / 10000; }
}
