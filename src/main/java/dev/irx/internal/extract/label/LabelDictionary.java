package dev.irx.internal.extract.label;

import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.normalize.TextNormalizer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Maps printed labels to metrics, from the resource {@code labels.tsv}. Lookup is exact on the folded,
 * space-free label: an unknown label is reported, never guessed into a metric.
 */
public final class LabelDictionary {

    private static final String RESOURCE = "labels.tsv";
    /**
     * Decorations around a label that do not change what it means: ＜参考＞, ※1, (注2), *1, a trailing colon,
     * and the unit in brackets (「1株当たり配当金(円)」「従業員数(名)」), which the cells carry anyway.
     */
    private static final Pattern DECORATION = Pattern.compile(
            "^(<参考>|\\(参考\\)|【参考】|・)|(※\\d*|\\(注\\d*\\)|\\*\\d*|注\\d+|:"
                    + "|\\((円|千円|百万円|億円|%|名|人|社|件|倍)\\))$");

    private final Map<String, Metric> byLabel;
    /** Labels that name a part of the year as well as the metric: 「中間配当」 is the H1 dividend. */
    private final Map<String, Span> parts;

    private LabelDictionary(Map<String, Metric> byLabel, Map<String, Span> parts) {
        this.byLabel = Map.copyOf(byLabel);
        this.parts = Map.copyOf(parts);
    }

    /** The dictionary shipped with irx. */
    public static LabelDictionary standard() {
        return Holder.STANDARD;
    }

    private static final class Holder {
        static final LabelDictionary STANDARD = load();

        private static LabelDictionary load() {
            try (InputStream in = LabelDictionary.class.getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a dictionary in the labels.tsv format (LABEL TAB metric [TAB H1|H2]; # comments). */
    public static LabelDictionary parse(InputStream in) throws IOException {
        Map<String, Metric> map = new HashMap<>();
        Map<String, Span> parts = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] cols = line.split("\t");
            if (cols.length < 2 || cols.length > 3) {
                throw new IOException("labels.tsv line " + n + ": expected LABEL<TAB>metric[<TAB>H1|H2]");
            }
            Metric metric = Metric.fromJson(cols[1].trim());
            Metric old = map.put(key(cols[0]), metric);
            if (old != null && old != metric)
                throw new IOException("labels.tsv line " + n + ": " + cols[0] + " mapped twice");
            if (cols.length == 3) {
                Span part = Span.fromJson(cols[2].trim());
                if (part != Span.H1 && part != Span.H2) throw new IOException("labels.tsv line " + n + ": part must be H1 or H2");
                parts.put(key(cols[0]), part);
            }
        }
        return new LabelDictionary(map, parts);
    }

    /**
     * This dictionary with one label meaning another metric, for a document whose note redefines it
     * (「当期利益は親会社の所有者に帰属する当期利益」).
     */
    public LabelDictionary redefine(String label, Metric metric) {
        Map<String, Metric> map = new HashMap<>(byLabel);
        map.put(key(label), metric);
        return new LabelDictionary(map, parts);
    }

    /** The half of the year a label names (「中間配当」 → H1, 「期末配当」 → H2), if any. */
    public Optional<Span> part(String label) {
        return label == null ? Optional.empty() : Optional.ofNullable(parts.get(key(label)));
    }

    /**
     * The half of the year a bare word names among a metric's parts: a chart's series 「中間」 and 「期末」 stand for
     * 「中間配当」 (H1) and 「期末配当」 (H2) in a dividend chart. Empty unless every part of that metric listed with
     * the word at its head names the same half.
     */
    public Optional<Span> partNamedBy(String word, Metric metric) {
        if (word == null || metric == null) return Optional.empty();
        String w = key(word);
        if (w.isEmpty()) return Optional.empty();
        Set<Span> spans = new HashSet<>();
        parts.forEach((label, span) -> {
            if (label.length() > w.length() && label.startsWith(w) && byLabel.get(label) == metric) spans.add(span);
        });
        return spans.size() == 1 ? Optional.of(spans.iterator().next()) : Optional.empty();
    }

    public Optional<Metric> lookup(String label) {
        if (label == null) return Optional.empty();
        String k = key(label);
        Metric direct = byLabel.get(k);
        if (direct != null) return Optional.of(direct);
        // 「設備投資額(CAPEX)」: a name glossed by another name of the same metric is that metric.
        java.util.regex.Matcher gloss = GLOSSED.matcher(k);
        if (!gloss.matches()) return Optional.empty();
        Metric name = byLabel.get(gloss.group(1));
        return name != null && name == byLabel.get(gloss.group(2)) ? Optional.of(name) : Optional.empty();
    }

    private static final Pattern GLOSSED = Pattern.compile("^([^()]+)\\(([^()]+)\\)$");

    /**
     * A profit's margin: 「営業利益率」 is in the dictionary as the profit it is a ratio of, and its figures are
     * that profit's ratio to revenue.
     */
    public static boolean namesMargin(String label) {
        return label != null && key(label).endsWith("利益率");
    }

    /** The form labels are compared in: folded, without spaces or decorations. */
    static String key(String label) {
        String k = TextNormalizer.compact(label);
        String prev;
        do {
            prev = k;
            k = DECORATION.matcher(k).replaceAll("");
        } while (!k.equals(prev));
        return k.toUpperCase(java.util.Locale.ROOT);
    }
}
