package dev.irx.internal.extract.chart;

import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.FilledBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The colour legends of a slide: a small square swatch with a short name printed just to its right, on its
 * line (「■ ネットワークサービス」). A colour that two legend entries of one chart give different names is not a
 * series of either: it tells nothing.
 */
final class ChartLegend {

    /** A swatch is a small square: 3 to 16 pt a side, at most two thirds longer one way than the other. */
    private static final float MIN_SIDE = 3f, MAX_SIDE = 16f, MAX_ASPECT = 1.67f;
    private static final Pattern NUMBER = Pattern.compile("^[△▲+\\-]?[0-9,.]+[%％]?$");

    private final Map<Integer, String> names = new HashMap<>();
    private final Set<Integer> ambiguous = new HashSet<>();
    private final Set<FilledBox> swatches = new HashSet<>();
    /** The entries as met, each swatch with its name. */
    private final List<Map.Entry<FilledBox, String>> entries = new ArrayList<>();

    private ChartLegend() {}

    /** The legend entries whose swatch lies in {@code area}: one chart's, when charts stand side by side. */
    static ChartLegend of(Page page, BoundingBox area) {
        ChartLegend legend = new ChartLegend();
        for (FilledBox f : page.fills()) {
            if (!swatchShaped(f.box()) || !inside(f.box(), area)) continue;
            Optional<String> name = nameBeside(f.box(), page.lines());
            if (name.isEmpty()) continue;
            legend.swatches.add(f);
            legend.entries.add(Map.entry(f, name.get()));
            String known = legend.names.putIfAbsent(f.rgb(), name.get());
            if (known != null && !known.equals(name.get())) legend.ambiguous.add(f.rgb());
        }
        return legend;
    }

    boolean isEmpty() { return names.isEmpty(); }

    /** The series a colour stands for; empty when no legend entry, or two different ones, give it. */
    Optional<String> name(int rgb) {
        return ambiguous.contains(rgb) ? Optional.empty() : Optional.ofNullable(names.get(rgb));
    }

    boolean isSwatch(FilledBox f) { return swatches.contains(f); }

    /** The names of its colours in the order the legend lists them: top to bottom, then left to right. */
    List<String> inOrder() {
        List<String> out = new ArrayList<>();
        entries.stream().filter(e -> name(e.getKey().rgb()).isPresent())
                .sorted(Comparator.comparingDouble((Map.Entry<FilledBox, String> e) -> e.getKey().box().y0())
                        .thenComparingDouble(e -> e.getKey().box().x0()))
                .forEach(e -> { if (!out.contains(e.getValue())) out.add(e.getValue()); });
        return out;
    }

    /** Whether the legend lists its entries one under another, each on a line of its own (else side by side). */
    boolean isColumn() {
        List<BoundingBox> boxes = entries.stream().map(e -> e.getKey().box()).toList();
        for (int i = 0; i < boxes.size(); i++) {
            for (int k = i + 1; k < boxes.size(); k++) {
                BoundingBox a = boxes.get(i), b = boxes.get(k);
                if (a.y0() < b.y1() && b.y0() < a.y1()) return false;
            }
        }
        return boxes.size() > 1;
    }

    private static boolean inside(BoundingBox b, BoundingBox area) {
        return b.x0() >= area.x0() && b.x1() <= area.x1() && b.y0() >= area.y0() && b.y1() <= area.y1();
    }

    private static boolean swatchShaped(BoundingBox b) {
        float w = b.width(), h = b.height();
        return w >= MIN_SIDE && h >= MIN_SIDE && w <= MAX_SIDE && h <= MAX_SIDE
                && Math.max(w, h) <= MAX_ASPECT * Math.min(w, h);
    }

    /**
     * The words that start within a swatch's width of its right edge and whose middle lies level with it, up to
     * the first wide gap: a name, not a figure.
     */
    private static Optional<String> nameBeside(BoundingBox swatch, List<Line> lines) {
        for (Line line : lines) {
            List<Word> words = line.words();
            for (int i = 0; i < words.size(); i++) {
                BoundingBox b = words.get(i).box();
                if (b == null || b.x0() < swatch.x1() || b.x0() > swatch.x1() + Math.max(6f, 1.5f * swatch.width())) continue;
                float cy = (b.y0() + b.y1()) / 2;
                if (cy < swatch.y0() || cy > swatch.y1()) continue;
                StringBuilder sb = new StringBuilder(TextNormalizer.fold(words.get(i).text()));
                for (int k = i + 1; k < words.size() && words.get(k).box() != null
                        && words.get(k).box().x0() - words.get(k - 1).box().x1() < b.height(); k++) {
                    String next = TextNormalizer.fold(words.get(k).text());
                    // 「Adjusted EBITDA」 keeps its space; Japanese words join directly
                    if (latin(sb.charAt(sb.length() - 1)) && !next.isEmpty() && latin(next.charAt(0))) sb.append(' ');
                    sb.append(next);
                }
                String name = sb.toString().strip();
                if (name.isEmpty() || NUMBER.matcher(name).matches() || !hasLetter(name)) return Optional.empty();
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }

    private static boolean latin(char c) { return c < 0x3000 && Character.isLetterOrDigit(c); }
}
