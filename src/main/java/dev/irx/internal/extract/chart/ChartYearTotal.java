package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.kpi.KpiFigures;
import dev.irx.internal.extract.kpi.KpiGrammar;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The year's total a quarterly chart prints under its axis (「FY24:248,429 [+17.1%]」): a KPI item naming a fiscal
 * year, of what the chart shows. It is read as the chart's only when the chart's four quarters of that year add up
 * to it, which ties it to the bars whatever the slide's title says (a title may list two metrics, and the chart
 * shows one of them).
 */
final class ChartYearTotal {

    /** How far below the axis, in the axis's line heights, the total may stand. */
    private static final float REACH = 2.5f;

    private final ExtractionContext ctx;

    ChartYearTotal(ExtractionContext ctx) { this.ctx = ctx; }

    /**
     * @param x0     the chart's left edge
     * @param x1     its right edge
     * @param bottom the axis line's bottom
     * @param bars   the chart's totals as read
     */
    void read(Page page, float x0, float x1, float bottom, List<StatedFigures.Read> bars, Metric metric,
              String segment, Optional<UnitCaption> caption, String where) {
        // The nearest line below the axis with words under the chart (a neighbour's axis may share its baseline).
        List<Line> below = page.lines().stream()
                .filter(l -> l.box() != null && l.box().y0() >= bottom - 1
                        && l.box().y0() <= bottom + REACH * l.box().height())
                .sorted(Comparator.comparingDouble(l -> l.box().y0())).toList();
        StringBuilder sb = new StringBuilder();
        BoundingBox box = null;
        for (Line line : below) {
            for (Word w : line.words()) {
                if (w.box() == null) continue;
                float cx = (w.box().x0() + w.box().x1()) / 2;
                if (cx < x0 || cx > x1) continue;
                if (sb.length() > 0) sb.append(' ');
                sb.append(TextNormalizer.fold(w.text()));
                box = box == null ? w.box() : box.union(w.box());
            }
            if (box != null) break;
        }
        String text = sb.toString();
        List<KpiGrammar.Item> items = KpiGrammar.items(text);
        if (items.size() != 1 || !items.get(0).prefix().isEmpty() || items.get(0).yoyOnly()) return;
        KpiGrammar.Item item = items.get(0);
        Optional<Period> year = ctx.periods().parse(item.cleanLabel()).filter(p -> p.span() == Span.FY);
        if (year.isEmpty()) return;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal unit = BigDecimal.ZERO;
        Set<Span> quarters = EnumSet.noneOf(Span.class);
        for (StatedFigures.Read r : bars) {
            Period p = r.period();
            if (!p.fiscalYearEnd().equals(year.get().fiscalYearEnd()) || !isQuarter(p.span())) continue;
            if (!quarters.add(p.span())) return;
            sum = sum.add(r.quantity().value());
            unit = unit.max(r.quantity().resolution());
        }
        if (quarters.size() != 4) return;
        Optional<Quantity> total = item.unit() == null
                ? caption.flatMap(c -> QuantityParser.parse(item.value(), c.scale(), c.unit()))
                : QuantityParser.parse(item.value() + item.unit());
        if (total.isEmpty()) return;
        unit = unit.max(total.get().resolution());
        // Four rounded quarters and a rounded total: together off by at most (4 + 1) / 2 units.
        if (sum.subtract(total.get().value()).abs().compareTo(unit.multiply(BigDecimal.valueOf(25, 1))) > 0) {
            ctx.sink().warn(where + ": the year total '" + text + "' under it is not the sum of its quarters; not read");
            return;
        }
        new KpiFigures(ctx).add(page.number(), box, text, item, metric, Measure.VALUE, segment, year.get(), false,
                caption, where);
    }

    private static boolean isQuarter(Span s) {
        return s == Span.Q1 || s == Span.Q2 || s == Span.Q3 || s == Span.Q4;
    }
}
