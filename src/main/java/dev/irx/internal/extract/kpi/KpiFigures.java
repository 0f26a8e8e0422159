package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.BoundingBox;

import java.util.Optional;

/**
 * Turns a KPI item whose metric, segment and period are known into facts. They count as prose figures
 * ({@link FactSource#SENTENCE}): a KPI line is a sentence cut short.
 */
public final class KpiFigures {

    private final ExtractionContext ctx;

    public KpiFigures(ExtractionContext ctx) { this.ctx = ctx; }

    /**
     * The facts of one item of {@code metric}: its figure (in its own unit, else the slide's caption), its YoY
     * as a percentage and as an amount, and the prior year's YoY for the period it names. A planned figure is a
     * forecast.
     */
    public void add(int page, BoundingBox box, String evidence, KpiGrammar.Item item, Metric metric, Measure measure,
             String segment, Period period, boolean planned, Optional<UnitCaption> caption, String where) {
        Period at = YearParts.forMetric(metric, period);
        Basis basis = planned || ctx.unfinished(at) ? Basis.FORECAST : Basis.ACTUAL;
        Boolean scope = ctx.scope(null);
        String label = item.cleanLabel();
        if (measure == Measure.YOY_AMOUNT && (item.yoyOnly() || metric.isPercentage())) {
            // A change stated as a % (「増減:+5%YoY」), or of a ratio, which would be in points: no fact to tell.
            ctx.sink().warn(where + ": change '" + item.value() + "' of " + metric.json() + " not read");
            return;
        }
        if (item.yoyOnly()) {
            pct(metric, Measure.YOY_PCT, label, segment, scope, at, basis, item.value(), page, box, evidence);
        } else {
            Optional<Quantity> q = item.unit() == null
                    ? caption.flatMap(c -> QuantityParser.parse(item.value(), c.scale(), c.unit()))
                    : QuantityParser.parse(item.value() + item.unit());
            if (q.isEmpty()) {
                ctx.sink().warn(where + ": figure '" + item.value() + "' has no unit irx can tell; not read");
                return;
            }
            if (measure == Measure.COMPOSITION_PCT) {
                if (q.get().unit() == Unit.PERCENT) {
                    ctx.sink().add(metric, measure, label, segment, scope, at, basis, q.get(), Unit.PERCENT,
                            FactSource.SENTENCE, page, box, evidence);
                }
                return;
            }
            Unit unit = unitFor(metric, q.get());
            if (unit == null) {
                ctx.sink().warn(where + ": figure '" + item.value() + "' does not fit " + metric.json() + "; not read");
                return;
            }
            // 「純増約440名」: the item states the change itself; it has no YoY of its own.
            ctx.sink().add(metric, measure == Measure.YOY_AMOUNT ? Measure.YOY_AMOUNT : Measure.VALUE, label, segment,
                    scope, at, basis, q.get().withUnit(unit), unit, FactSource.SENTENCE, page, box, evidence);
            if (measure == Measure.YOY_AMOUNT) return;
        }
        if (item.yoyAmount() != null) {
            Optional<Quantity> amount = QuantityParser.parse(item.yoyAmount());
            if (amount.isPresent() && amount.get().unit() == Unit.JPY && !metric.isPercentage()) {
                ctx.sink().add(metric, Measure.YOY_AMOUNT, label, segment, scope, at, basis, amount.get(), Unit.JPY,
                        FactSource.SENTENCE, page, box, evidence);
            }
        }
        if (item.yoy() != null) pct(metric, Measure.YOY_PCT, label, segment, scope, at, basis, item.yoy(), page,
                box, evidence);
        if (item.priorYoy() != null) {
            Optional<Period> prior = ctx.periods().parse(item.priorPeriod());
            if (prior.isPresent() && prior.get().end().isBefore(at.end())) {
                pct(metric, Measure.YOY_PCT, label, segment, scope, YearParts.forMetric(metric, prior.get()),
                        Basis.ACTUAL, item.priorYoy(), page, box, evidence);
            }
        }
    }

    private void pct(Metric metric, Measure measure, String label, String segment, Boolean scope, Period period,
                     Basis basis, String number, int page, BoundingBox box, String evidence) {
        QuantityParser.parse(number + "%").ifPresent(q -> ctx.sink().add(metric, measure, label, segment, scope,
                period, basis, q, Unit.PERCENT, FactSource.SENTENCE, page, box, evidence));
    }

    /** The unit a stated amount of this metric must have, or null when the printed unit does not fit. */
    private static Unit unitFor(Metric metric, Quantity q) {
        if (metric.isPercentage()) return q.unit() == Unit.PERCENT ? Unit.PERCENT : null;
        if (metric == Metric.EMPLOYEES) return q.unit() == Unit.PERSONS ? Unit.PERSONS : null;
        if (metric.isPerShare()) return null;
        return q.unit() == Unit.JPY ? Unit.JPY : null;
    }
}
