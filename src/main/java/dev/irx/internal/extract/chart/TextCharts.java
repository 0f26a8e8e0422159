package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.table.CellMeasures;
import dev.irx.internal.extract.table.Column;
import dev.irx.internal.extract.table.ColumnModel;
import dev.irx.internal.extract.table.Row;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Bar charts of a deck read as plain text, where positions are lost. A chart's number labels come out as loose
 * rows, one figure per bar, above the line of its categories (「75 94」「124 136」「199 230」 over 「FY24実績
 * FY25計画」), and its heading next to them. Nothing says which row is which series, so a chart is read only when
 * the arithmetic confirms it: the last row (or the first) is, in every column, the sum of all the others within
 * their rounding. That row is then each bar's total; the parts, which no legend names in plain text, are not read.
 */
public final class TextCharts {

    private final ExtractionContext ctx;

    public TextCharts(ExtractionContext ctx) { this.ctx = ctx; }

    public void extract(Page page) {
        if (ctx.info().kind() != DocumentKind.KESSAN_DECK) return;
        List<String> folded = ctx.folded().lines(page);
        Optional<UnitCaption> caption = CellMeasures.slideCaption(folded);
        // A heading read for one chart is not the next chart's: text puts each heading beside two charts' figures.
        Set<Integer> usedHeadings = new HashSet<>();
        for (int i = 0; i < folded.size(); i++) {
            List<Column> axis = axis(folded.get(i));
            if (axis == null) continue;
            List<Row> rows = new ArrayList<>();
            int above = i - 1;
            for (; above >= 0; above--) {
                String t = folded.get(above);
                if (t.isBlank() || ctx.isFurniture(t)) continue;
                Row r = Row.parse(t);
                if (r.hasLabel() || r.cells().size() != axis.size()) break;
                rows.add(0, r);
            }
            if (rows.isEmpty()) continue;
            String where = "p." + page.number() + ": chart over '" + folded.get(i) + "'";
            Optional<Integer> heading = heading(folded, i, above, usedHeadings, where);
            if (heading.isEmpty()) continue;
            usedHeadings.add(heading.get());
            String title = folded.get(heading.get()).strip();
            Metric metric = ctx.labels().lookup(title).orElseThrow();
            int total = totalRow(rows);
            if (total < 0) {
                ctx.sink().warn(where + ": its " + rows.size() + " rows of figures do not add up; in plain text a chart"
                        + " is read only when they do");
                continue;
            }
            read(page, metric, title, axis, rows, total, caption, where);
        }
    }

    /** The categories of a line made only of periods, two or more (「FY24実績 FY25計画」); null for any other line. */
    private List<Column> axis(String line) {
        String[] words = line.trim().split(" +");
        if (words.length < 2) return null;
        List<Column> out = new ArrayList<>();
        for (String w : words) {
            Optional<Column> c = ColumnModel.valueColumn(w, ctx.periods());
            if (c.isEmpty()) return null;
            out.add(c.get());
        }
        return out;
    }

    /**
     * The line naming the chart's metric: the one under its categories, or the one above its figures when that is
     * not an earlier chart's heading. Empty, with a warning, when neither or both name a metric.
     */
    private Optional<Integer> heading(List<String> folded, int axis, int above, Set<Integer> used, String where) {
        int below = axis + 1;
        while (below < folded.size() && (folded.get(below).isBlank() || ctx.isFurniture(folded.get(below)))) below++;
        Integer under = below < folded.size() && !used.contains(below) && names(folded.get(below)) ? below : null;
        Integer over = above >= 0 && !used.contains(above) && names(folded.get(above)) ? above : null;
        if (under != null && over != null) {
            ctx.sink().warn(where + ": both '" + folded.get(over) + "' above and '" + folded.get(under)
                    + "' below may head it; not read");
            return Optional.empty();
        }
        if (under == null && over == null) {
            ctx.sink().warn(where + ": no heading naming a metric next to it; not read");
            return Optional.empty();
        }
        return Optional.of(under != null ? under : over);
    }

    private boolean names(String line) {
        return ctx.labels().lookup(line.strip()).isPresent();
    }

    /** The row that sums all the others in every column: the last, else the first; -1 for none. */
    private static int totalRow(List<Row> rows) {
        if (rows.size() < 3) return -1;
        if (sumsUp(rows, rows.size() - 1)) return rows.size() - 1;
        return sumsUp(rows, 0) ? 0 : -1;
    }

    private static boolean sumsUp(List<Row> rows, int total) {
        for (int c = 0; c < rows.get(0).cells().size(); c++) {
            Optional<Quantity> t = QuantityParser.parse(rows.get(total).cells().get(c));
            if (t.isEmpty()) return false;
            List<Quantity> parts = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                if (r == total) continue;
                Optional<Quantity> q = QuantityParser.parse(rows.get(r).cells().get(c));
                if (q.isEmpty()) return false;
                parts.add(q.get());
            }
            if (!ChartExtractor.addsUp(t.get(), parts)) return false;
        }
        return true;
    }

    private void read(Page page, Metric metric, String title, List<Column> axis, List<Row> rows, int total,
                      Optional<UnitCaption> caption, String where) {
        Row totals = rows.get(total);
        for (int c = 0; c < axis.size(); c++) {
            Column col = axis.get(c);
            String cell = totals.cells().get(c);
            Optional<Quantity> q = QuantityParser.parse(cell);
            if (q.isEmpty()) continue;
            if (caption.isEmpty() && q.get().unit() == dev.irx.internal.normalize.Unit.NONE) {
                ctx.sink().warn(where + ": '" + cell + "' has no unit and the page no unit caption; not read");
                continue;
            }
            CellMeasures.Resolved r = CellMeasures.resolve(metric, col, q.get(), caption.orElse(ChartExtractor.NO_CAPTION));
            if (r == null) {
                ctx.sink().warn(where + ": '" + cell + "' does not fit " + metric.json());
                continue;
            }
            Period period = YearParts.forMetric(metric, col.period());
            List<String> parts = new ArrayList<>();
            for (int k = 0; k < rows.size(); k++) if (k != total) parts.add(rows.get(k).cells().get(c));
            ctx.sink().add(metric, r.measure(), title, null, ctx.scope(null), period, col.basis(), r.quantity(),
                    r.unit(), FactSource.CHART, page.number(), null,
                    title + " " + col.header() + ": " + cell + " = " + String.join(" + ", parts));
        }
        ctx.sink().warn(where + ": the parts of its bars are not read: plain text names no series");
    }
}
