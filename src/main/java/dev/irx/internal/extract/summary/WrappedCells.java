package dev.irx.internal.extract.summary;

import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A grid row whose figures are too wide for their cells: each such figure wraps, its head on a line above the
 * row's label and its last digits on a line below, both right-aligned in the cell.
 * <pre>
 *                 1,974,77  254,95  △26.
 * 2023年3月期第2四半期        10.1            △9.2
 *                        1       3     3
 * </pre>
 * The three lines are one row when every word of the line below stands right-aligned under one word of the line
 * above, and the pair reads as one figure (「1,974,77」 and 「1」: 1,974,771); otherwise they are not joined.
 */
final class WrappedCells {

    /** How far apart two right edges may be and still be the same cell's. */
    private static final float ALIGNED = 1.5f;
    /** The last digits of a wrapped figure: a few digits, no sign, no comma. */
    private static final Pattern TAIL = Pattern.compile("\\d{1,3}");
    /** A wrapped figure's head: a figure cut short, ending in a comma group begun or a decimal point. */
    private static final Pattern HEAD = Pattern.compile("[△▲-]?\\d{1,3}(?:,\\d{3})*(?:,\\d{1,2}|\\.|,)?|[△▲-]?\\d+\\.\\d*");

    private WrappedCells() {}

    /**
     * The row {@code row} with the figures wrapped around it put together, or null when {@code above} and
     * {@code below} are not the heads and tails of its cells.
     */
    static Line join(Line above, Line row, Line below) {
        if (above.box() == null || row.box() == null || below.box() == null) return null;
        if (above.words().isEmpty() || below.words().size() != above.words().size() || row.words().size() < 2) return null;
        // the row's label stands left of every wrapped cell
        Word label = row.words().get(0);
        if (QuantityParser.parse(TextNormalizer.fold(label.text())).isPresent()) return null;
        List<Word> joined = new ArrayList<>();
        for (int k = 0; k < above.words().size(); k++) {
            Word head = above.words().get(k);
            Word tail = below.words().get(k);
            String h = TextNormalizer.fold(head.text()).strip();
            String t = TextNormalizer.fold(tail.text()).strip();
            if (Math.abs(head.box().x1() - tail.box().x1()) > ALIGNED || tail.box().x0() < head.box().x0()
                    || !HEAD.matcher(h).matches() || !TAIL.matcher(t).matches()
                    || head.box().x0() <= label.box().x1()) return null;
            String figure = h + t;
            if (QuantityParser.parse(figure).isEmpty() || !wellGrouped(figure)) return null;
            joined.add(new Word(figure, head.box().union(tail.box()), head.fontSize(), head.fontName()));
        }
        List<Word> words = new ArrayList<>(row.words());
        words.addAll(joined);
        List<Word> cells = new ArrayList<>(words.subList(1, words.size()));
        cells.sort(Comparator.comparingDouble(w -> w.box().x0()));
        List<Word> out = new ArrayList<>();
        out.add(label);
        out.addAll(cells);
        BoundingBox box = row.box().union(above.box()).union(below.box());
        return new Line(out, box, row.column());
    }

    /** 「1,974,771」 or 「△26.3」: a comma in every third place from the right of the integer part, or none. */
    private static boolean wellGrouped(String figure) {
        String digits = figure.replaceAll("^[△▲-]", "");
        String integer = digits.contains(".") ? digits.substring(0, digits.indexOf('.')) : digits;
        if (digits.endsWith(".")) return false;
        return !integer.contains(",") || integer.matches("\\d{1,3}(?:,\\d{3})+");
    }
}
