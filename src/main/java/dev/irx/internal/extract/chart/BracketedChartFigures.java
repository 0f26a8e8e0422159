package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.table.Column;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row of bracketed percentages just under a chart's axis, one under each category (「(13.4%) (12.3%) …」), that
 * the chart's heading explains in its own brackets: 「販売管理費等(売上高比)」 makes them each quarter's 販管費 as a
 * share of revenue. Without such a gloss, bracketed figures say nothing irx can name, and are left alone.
 */
public final class BracketedChartFigures {

    private static final Pattern FIGURE = Pattern.compile("^\\((?<v>[△▲+\\-]?\\d+(?:\\.\\d+)?)%\\)$");
    private static final Pattern RATIO_GLOSS = Pattern.compile("\\((売上高比|売上高比率|売上比|売上収益比)\\)");
    private static final Pattern YOY_GLOSS = Pattern.compile("\\((YoY|前年同期比|前年比|前期比)\\)");
    /** How many of the axis' line heights below it the row may stand. */
    private static final float BELOW = 3f;

    private BracketedChartFigures() {}

    /** The measure a heading's gloss gives its bracketed figures; empty when it names none. */
    public static Optional<Measure> measureOf(String heading) {
        String h = TextNormalizer.compact(heading);
        if (RATIO_GLOSS.matcher(h).find()) return Optional.of(Measure.RATIO_TO_REVENUE_PCT);
        if (YOY_GLOSS.matcher(h).find()) return Optional.of(Measure.YOY_PCT);
        return Optional.empty();
    }

    /**
     * Reads the row under an axis: every word of it a bracketed percentage. Each stands in its category's band; or, as
     * a text box typed under the chart prints them, evenly set but not under each bar: then the row must lie within
     * the axis' width and hold exactly one figure per category, and they go to the categories in order.
     *
     * @param columns  the axis' categories
     * @param centres  their middles
     * @param bottom   the axis' lower edge
     * @param height   the axis line's height
     */
    static void read(ExtractionContext ctx, Page page, Measure measure, Metric metric, String heading, String segment,
                     List<Column> columns, float[] centres, float halfBand, float bottom, float height) {
        for (Line line : page.lines()) {
            BoundingBox box = line.box();
            if (box == null || box.y0() < bottom || box.y0() > bottom + BELOW * height) continue;
            List<Word> words = line.words();
            List<Quantity> figures = new ArrayList<>();
            for (Word w : words) {
                Matcher m = FIGURE.matcher(TextNormalizer.fold(w.text()));
                Optional<Quantity> q = w.box() == null || !m.matches() ? Optional.empty()
                        : QuantityParser.parse(m.group("v") + "%");
                if (q.isEmpty()) break;
                figures.add(q.get());
            }
            if (figures.isEmpty() || figures.size() != words.size()) continue;
            int[] at = inBands(words, centres, halfBand);
            if (at == null && words.size() == centres.length && box.x0() >= centres[0] - 2 * halfBand
                    && box.x1() <= centres[centres.length - 1] + 2 * halfBand) {
                at = new int[centres.length];
                for (int k = 0; k < at.length; k++) at[k] = k;
            }
            if (at == null) {
                ctx.sink().warn("p." + page.number() + ": figures '" + TextNormalizer.fold(line.text())
                        + "' under the chart '" + heading + "' stand under no bar each; not read");
                return;
            }
            for (int i = 0; i < at.length; i++) {
                Column col = columns.get(at[i]);
                Period period = YearParts.forMetric(metric, col.period());
                ctx.sink().add(metric, measure, heading, segment, ctx.scope(null), period, col.basis(), figures.get(i),
                        Unit.PERCENT, FactSource.CHART, page.number(), words.get(i).box(),
                        heading + " " + col.header() + ": " + TextNormalizer.fold(line.text()));
            }
            return;
        }
    }

    /** The category each word stands in the band of, in order and no two in one; null when any stands in none. */
    private static int[] inBands(List<Word> words, float[] centres, float halfBand) {
        int[] at = new int[words.size()];
        int last = -1;
        for (int i = 0; i < at.length; i++) {
            BoundingBox b = words.get(i).box();
            float cx = (b.x0() + b.x1()) / 2;
            at[i] = -1;
            for (int k = last + 1; k < centres.length; k++) if (Math.abs(cx - centres[k]) <= halfBand) at[i] = k;
            if (at[i] < 0) return null;
            last = at[i];
        }
        return at;
    }
}
