package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.RatioOrChange;
import dev.irx.internal.extract.table.CellMeasures;
import dev.irx.internal.extract.table.Column;
import dev.irx.internal.extract.table.Row;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.PeriodMatch;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A deck's headline box: a row of metric names over a row of figures that carry their own units, and under it the
 * change rows (「前年差」「前年比」), one cell per name:
 * <pre>
 *   営業収益     営業利益   当期純利益   EPS
 *   金 額  80,509億円  3,250億円  1,984億円  79.28円
 *   前年差 ▲2,210億円  ▲162億円   +105億円  +3.10円
 * </pre>
 * The box states no period of its own: it is the one period the slide names above it (「2025年度 3Q累計」). A box on a
 * slide that names none, or several, is reported and not read. A figure without its unit is not read either: the box
 * has no caption to give it one.
 */
public final class HeadlineFigures {

    /** The stub of the figures row: a word or two, or none. */
    private static final Pattern VALUE_STUB = Pattern.compile("^(|金額|実績|当期|今期|結果)$");
    private static final Pattern AMOUNT_CHANGE = Pattern.compile("^(前年差|前期差|前年同期差|増減額|前年比増減|前年同期比増減)$");
    private static final Pattern RATIO_OR_CHANGE = Pattern.compile("^(前年比|前期比|前年同期比)$");
    private static final Pattern PCT_CHANGE = Pattern.compile("^(増減率|前年比増減率|前期比増減率|YoY)$");
    private static final Pattern FORECAST_WORD = Pattern.compile("予想|計画|見通し|予算|目標");

    private final ExtractionContext ctx;

    public HeadlineFigures(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    public void extract(Page page) {
        List<Line> lines = page.lines();
        List<String> folded = ctx.folded().lines(page);
        for (int i = 0; i + 1 < folded.size(); i++) {
            List<Metric> metrics = metricNames(folded.get(i));
            if (metrics == null) continue;
            int v = nextContent(folded, i + 1);
            if (v < 0) continue;
            Row values = Row.parse(folded.get(v));
            if (values.cells().size() != metrics.size() || !VALUE_STUB.matcher(compact(values.label())).matches())
                continue;
            read(page, lines, folded, i, v, metrics, List.of(folded.get(i).trim().split(" +")), values);
            i = v;
        }
    }

    /** The metrics a line names, one per word, all different; null when any word is not a metric. */
    private List<Metric> metricNames(String line) {
        String[] words = line.trim().split(" +");
        if (words.length < 2 || Row.parse(line).hasCells()) return null;
        List<Metric> out = new ArrayList<>();
        for (String w : words) {
            Optional<Metric> m = ctx.labels().lookup(w);
            if (m.isEmpty() || m.get().isPercentage() || out.contains(m.get())) return null;
            out.add(m.get());
        }
        return out;
    }

    private void read(Page page, List<Line> lines, List<String> folded, int namesAt, int valuesAt,
                      List<Metric> metrics, List<String> names, Row values) {
        String where = "p." + page.number() + ": headline '" + folded.get(namesAt) + "'";
        List<Quantity> amounts = new ArrayList<>();
        for (String cell : values.cells()) {
            Optional<Quantity> q = QuantityParser.parse(cell);
            if (q.isEmpty() || q.get().unit() == Unit.NONE) {
                ctx.sink().warn(where + ": figure '" + cell + "' states no unit; the box not read");
                return;
            }
            amounts.add(q.get());
        }
        Optional<PeriodMatch> stated = periodAbove(folded, namesAt);
        if (stated.isEmpty()) {
            ctx.sink().warn(where + ": the slide names no one period above it; not read");
            return;
        }
        Period period = stated.get().period();
        Basis basis = FORECAST_WORD.matcher(folded.get(lineOf(folded, namesAt, stated.get()))).find()
                || ctx.unfinished(period) ? Basis.FORECAST : Basis.ACTUAL;
        Boolean scope = ctx.scope(ExtractionContext.consolidation(folded.get(lineOf(folded, namesAt, stated.get()))));
        Column valueColumn = new Column(Column.Kind.VALUE, period, basis, stated.get().text());
        List<BigDecimal> current = new ArrayList<>();
        for (int c = 0; c < metrics.size(); c++) {
            current.add(emit(page, lines.get(valuesAt), folded.get(valuesAt), metrics.get(c), names.get(c), valueColumn,
                    amounts.get(c), scope, where));
        }
        // the change rows under the figures: their amounts first, so that a 前年比 can be told from them
        List<BigDecimal> prior = new ArrayList<>(java.util.Collections.nCopies(metrics.size(), (BigDecimal) null));
        List<Integer> changeRows = new ArrayList<>();
        for (int k = valuesAt + 1; k < folded.size() && k <= valuesAt + 3; k++) {
            Row r = Row.parse(folded.get(k));
            if (r.cells().size() != metrics.size()) break;
            changeRows.add(k);
            if (!AMOUNT_CHANGE.matcher(compact(r.label())).matches()) continue;
            for (int c = 0; c < metrics.size(); c++) {
                Optional<Quantity> d = QuantityParser.parse(r.cells().get(c));
                if (d.isPresent() && current.get(c) != null && d.get().unit() == amounts.get(c).unit())
                    prior.set(c, current.get(c).subtract(d.get().value()));
            }
        }
        for (int k : changeRows) {
            Row r = Row.parse(folded.get(k));
            String stub = compact(r.label());
            for (int c = 0; c < metrics.size(); c++) {
                Optional<Quantity> q = QuantityParser.parse(r.cells().get(c));
                if (q.isEmpty()) continue;
                Column.Kind kind;
                if (AMOUNT_CHANGE.matcher(stub).matches()) kind = Column.Kind.YOY_AMOUNT;
                else if (PCT_CHANGE.matcher(stub).matches()) kind = Column.Kind.YOY_PCT;
                else if (RATIO_OR_CHANGE.matcher(stub).matches() && q.get().unit() == Unit.PERCENT) {
                    Measure m = RatioOrChange.of(q.get().number(), q.get().text(), current.get(c), prior.get(c));
                    if (m == null) {
                        ctx.sink().warn(where + ": '" + r.cells().get(c) + "' under '" + stub + "' may be the ratio to"
                                + " the year before or the change; not read");
                        continue;
                    }
                    kind = m == Measure.RATIO_TO_PRIOR_PCT ? Column.Kind.RATIO_TO_PRIOR : Column.Kind.YOY_PCT;
                } else {
                    break; // a row irx does not know (計画比 …): left alone
                }
                emit(page, lines.get(k), folded.get(k), metrics.get(c), names.get(c), new Column(kind, period, basis, stub),
                        q.get(), scope, where);
            }
        }
    }

    /** Emits one figure; its value in base units, or null when it does not fit its metric. */
    private BigDecimal emit(Page page, Line line, String text, Metric metric, String label, Column col, Quantity q,
                            Boolean scope, String where) {
        CellMeasures.Resolved r = CellMeasures.resolve(metric, col, q, new dev.irx.internal.normalize.UnitCaption(
                dev.irx.internal.normalize.Scale.ONE, Unit.NONE));
        if (r == null) {
            ctx.sink().warn(where + ": '" + q.text() + "' does not fit " + metric.json() + "; not read");
            return null;
        }
        Period period = YearParts.forMetric(metric, col.period());
        ctx.sink().add(metric, r.measure(), label, null, scope, period, col.basis(), r.quantity(), r.unit(),
                FactSource.TABLE, page.number(), line.box(), text);
        return col.kind() == Column.Kind.VALUE ? r.quantity().value() : null;
    }

    /** The one period named by the nearest line above that names any, on the same slide. */
    private Optional<PeriodMatch> periodAbove(List<String> folded, int from) {
        for (int k = from - 1; k >= 0; k--) {
            if (Row.parse(folded.get(k)).hasCells()) return Optional.empty(); // another box or table stands between
            List<PeriodMatch> ps = ctx.periods().findAll(folded.get(k));
            if (ps.size() == 1) return Optional.of(ps.get(0));
            if (ps.size() > 1) return Optional.empty();
        }
        return Optional.empty();
    }

    private int lineOf(List<String> folded, int from, PeriodMatch p) {
        for (int k = from - 1; k >= 0; k--) if (folded.get(k).contains(p.text())) return k;
        return from;
    }

    private static int nextContent(List<String> folded, int from) {
        for (int k = from; k < folded.size() && k <= from + 1; k++) if (!folded.get(k).isBlank()) return k;
        return -1;
    }

    private static String compact(String s) {
        return s == null ? "" : s.replaceAll("\\s+", "");
    }
}
