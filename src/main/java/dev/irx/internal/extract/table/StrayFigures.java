package dev.irx.internal.extract.table;

import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.util.List;

/**
 * A chart's number label that shares a baseline with a table row beside the chart (「10,075」 left of 「営業利益
 * 5,003 7,077 …」): the reader puts it at the head of the row's line. It stands apart from the row's label by a wide
 * gap, and belongs to the chart, not to the label.
 */
final class StrayFigures {

    /** Wider than this many character heights, a gap parts two things on the slide rather than two words. */
    private static final float GAP_HEIGHTS = 3f;

    private StrayFigures() {}

    /** The row's label without the figures standing far left of it; the row itself when there are none. */
    static Row strip(Row row, Line line) {
        if (!row.hasLabel() || line.box() == null) return row;
        List<Word> words = line.words();
        String[] tokens = row.label().split(" ");
        int k = 0;
        while (k < tokens.length - 1 && k < words.size() - 1 && Row.isCell(tokens[k])
                && TextNormalizer.fold(words.get(k).text()).equals(tokens[k])) k++;
        if (k == 0 || k >= words.size()) return row;
        BoundingBox last = words.get(k - 1).box(), next = words.get(k).box();
        if (last == null || next == null) return row;
        float height = Math.max(last.height(), next.height());
        if (next.x0() - last.x1() <= GAP_HEIGHTS * height) return row;
        return new Row(String.join(" ", List.of(tokens).subList(k, tokens.length)), row.cells());
    }
}
