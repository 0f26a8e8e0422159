package dev.irx.extract;

import dev.irx.read.BoundingBox;
import dev.irx.read.FilledBox;
import dev.irx.read.Page;
import dev.irx.read.Word;

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
        List<FilledBox> segments = new ArrayList<>();
        for (FilledBox f : fills) {
            BoundingBox b = f.box();
            // a segment is a bar's piece: inside the band, never wider than it (that is a plot's background)
            if (legend.isSwatch(f) || b.x0() < x0 - 1 || b.x1() > x1 + 1) continue;
            segments.add(f);
        }
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
