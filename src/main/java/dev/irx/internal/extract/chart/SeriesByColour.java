package dev.irx.internal.extract.chart;

import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.FilledBox;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which series each part of a stacked bar is, told by colour: a part's label is printed inside its bar segment,
 * or just right of it when the segment is too thin to hold it; the segment's fill colour is named by the slide's
 * legend. Anything less than one colour per part, each named once, tells nothing, and no part is named.
 */
final class SeriesByColour {

    /** How far right of a thin segment its label may start, and how far above or below its middle may lie. */
    private static final float BESIDE_GAP = 6f, BESIDE_SLACK = 3f;

    private final ChartLegend legend;
    private final List<FilledBox> fills;

    /** @param area where the chart and its legend stand: charts side by side may reuse each other's colours */
    SeriesByColour(Page page, BoundingBox area) {
        this.legend = ChartLegend.of(page, area);
        this.fills = page.fills();
    }

    /** Whether the slide has a colour legend at all. */
    boolean hasLegend() { return !legend.isEmpty(); }

    /**
     * The series of each part label, in order; empty unless every part lies in or beside a segment of exactly
     * one colour inside the category's band, every colour has one legend name, no two parts share a series, and
     * the total lies in no segment.
     *
     * @param total the label standing over the stack
     * @param parts the other labels of the bar
     * @param x0    the category band's left edge
     * @param x1    its right edge
     */
    Optional<List<String>> assign(Word total, List<Word> parts, float x0, float x1) {
        List<FilledBox> segments = segments(x0, x1);
        if (segments.isEmpty() || colourOf(total, segments).isPresent() || holds(total, segments)) return Optional.empty();
        List<String> names = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Word part : parts) {
            Optional<String> name = colourOf(part, segments).flatMap(legend::name);
            if (name.isEmpty() || !seen.add(name.get())) return Optional.empty();
            names.add(name.get());
        }
        return Optional.of(names);
    }

    /**
     * The series of each label of a bar that prints no total, every label being a part: each label's middle lies in
     * exactly one segment (not beside one: with no total to add up, nothing else ties a stray label to the bar),
     * the segments are pieces of one bar (same left and right edges), each is a colour the legend names once, every
     * series of the legend is there exactly once, and the segments stack in the order the legend lists the series
     * (top first, as a column of entries lists them; a row of entries may list them either way). Empty otherwise.
     *
     * @param labels the bar's labels, top first
     * @param x0     the category band's left edge
     * @param x1     its right edge
     */
    Optional<List<String>> stack(List<Word> labels, float x0, float x1) {
        List<FilledBox> segments = segments(x0, x1);
        List<String> names = new ArrayList<>();
        List<FilledBox> pieces = new ArrayList<>();
        for (Word label : labels) {
            BoundingBox b = label.box();
            float cx = (b.x0() + b.x1()) / 2, cy = (b.y0() + b.y1()) / 2;
            List<FilledBox> in = segments.stream().filter(f -> f.contains(cx, cy, 0)).toList();
            if (in.size() != 1) return Optional.empty();
            Optional<String> name = legend.name(in.get(0).rgb());
            if (name.isEmpty() || names.contains(name.get())) return Optional.empty();
            names.add(name.get());
            pieces.add(in.get(0));
        }
        if (pieces.isEmpty()) return Optional.empty();
        BoundingBox first = pieces.get(0).box();
        for (FilledBox p : pieces) {
            if (Math.abs(p.box().x0() - first.x0()) > 1 || Math.abs(p.box().x1() - first.x1()) > 1) return Optional.empty();
        }
        List<String> listed = legend.inOrder();
        if (!Set.copyOf(names).equals(Set.copyOf(listed)) || names.size() != listed.size()) return Optional.empty();
        List<String> topDown = new ArrayList<>(names);
        topDown.sort(java.util.Comparator.comparingDouble(n -> pieces.get(names.indexOf(n)).box().y0()));
        List<String> bottomUp = new ArrayList<>(topDown);
        java.util.Collections.reverse(bottomUp);
        boolean ordered = topDown.equals(listed) || !legend.isColumn() && bottomUp.equals(listed);
        return ordered ? Optional.of(names) : Optional.empty();
    }

    /** The fills inside a category's band that may be a bar's pieces. */
    private List<FilledBox> segments(float x0, float x1) {
        List<FilledBox> segments = new ArrayList<>();
        for (FilledBox f : fills) {
            BoundingBox b = f.box();
            // a segment is a bar's piece: inside the band, never wider than it (that is a plot's background)
            if (legend.isSwatch(f) || b.x0() < x0 - 1 || b.x1() > x1 + 1) continue;
            segments.add(f);
        }
        return segments;
    }

    /**
     * The one colour of the segments a label lies in, else of those it stands just right of and level with (first
     * exactly level, then within a few points: a thin segment's label is taller than the segment); empty for none
     * or several.
     */
    private static Optional<Integer> colourOf(Word label, List<FilledBox> segments) {
        BoundingBox b = label.box();
        float cx = (b.x0() + b.x1()) / 2, cy = (b.y0() + b.y1()) / 2;
        for (float slack : new float[] {-1, 0, BESIDE_SLACK}) {
            Set<Integer> colours = new HashSet<>();
            for (FilledBox s : segments) {
                BoundingBox sb = s.box();
                boolean hit = slack < 0 ? s.contains(cx, cy, 0)
                        : b.x0() >= sb.x1() - 1 && b.x0() <= sb.x1() + BESIDE_GAP
                          && cy >= sb.y0() - slack && cy <= sb.y1() + slack;
                if (hit) colours.add(s.rgb());
            }
            if (!colours.isEmpty()) return colours.size() == 1 ? Optional.of(colours.iterator().next()) : Optional.empty();
        }
        return Optional.empty();
    }

    /** Whether a label's middle lies in any segment, whatever its colour. */
    private static boolean holds(Word label, List<FilledBox> segments) {
        BoundingBox b = label.box();
        float cx = (b.x0() + b.x1()) / 2, cy = (b.y0() + b.y1()) / 2;
        return segments.stream().anyMatch(s -> s.contains(cx, cy, 0));
    }
}
