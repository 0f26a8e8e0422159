package dev.irx.internal.extract.table;

import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.normalize.UnitCaption;

import java.util.List;
import java.util.Optional;

/** The measure and unit of one cell, from its column's kind, its metric and the unit caption over it. */
public final class CellMeasures {

    public record Resolved(Measure measure, Quantity quantity, Unit unit) {}

    private CellMeasures() {}

    /** The one unit caption of a slide; none when the slide has none or several. */
    public static Optional<UnitCaption> slideCaption(List<String> folded) {
        Optional<UnitCaption> found = Optional.empty();
        for (String line : folded) {
            Optional<UnitCaption> c = QuantityParser.parseCaption(line);
            if (c.isEmpty()) continue;
            if (found.isPresent() && !found.get().equals(c.get())) return Optional.empty();
            found = c;
        }
        return found;
    }

    /** Decides the measure and unit of one cell from its column, its metric and the caption. */
    public static Resolved resolve(Metric metric, Column col, Quantity q, UnitCaption caption) {
        Unit own = q.unit();
        switch (col.kind()) {
            case RATIO_TO_REVENUE:
                return own == Unit.PERCENT ? new Resolved(Measure.RATIO_TO_REVENUE_PCT, q, Unit.PERCENT) : null;
            case COMPOSITION:
                return own == Unit.PERCENT ? new Resolved(Measure.COMPOSITION_PCT, q, Unit.PERCENT) : null;
            case RATIO_TO_PRIOR:
                return own == Unit.PERCENT ? new Resolved(Measure.RATIO_TO_PRIOR_PCT, q, Unit.PERCENT) : null;
            case YOY_PCT:
                return own == Unit.PERCENT || own == Unit.NONE
                        ? new Resolved(Measure.YOY_PCT, q.withUnit(Unit.PERCENT), Unit.PERCENT) : null;
            case ACHIEVEMENT_PCT:
                return own == Unit.PERCENT || own == Unit.NONE
                        ? new Resolved(Measure.ACHIEVEMENT_PCT, q.withUnit(Unit.PERCENT), Unit.PERCENT) : null;
            case YOY_CHANGE:
                if (own == Unit.PERCENT && !metric.isPercentage())
                    return new Resolved(Measure.YOY_PCT, q, Unit.PERCENT);
                return amount(Measure.YOY_AMOUNT, metric, q, caption, true);
            case YOY_AMOUNT:
                return amount(Measure.YOY_AMOUNT, metric, q, caption, true);
            case ACHIEVEMENT_AMOUNT:
                return amount(Measure.ACHIEVEMENT_AMOUNT, metric, q, caption, true);
            case REVISION_AMOUNT:
                return amount(Measure.REVISION_AMOUNT, metric, q, caption, true);
            case VALUE:
            default:
                return amount(Measure.VALUE, metric, q, caption, false);
        }
    }

    /** A figure in the metric's own unit: yen under the caption's scale, %, points for a change of a %. */
    private static Resolved amount(Measure measure, Metric metric, Quantity q, UnitCaption caption,
                                   boolean isChange) {
        Unit own = q.unit();
        if (metric.isPercentage()) {
            if (isChange && (own == Unit.POINT || own == Unit.NONE))
                return new Resolved(measure, q.withUnit(Unit.POINT), Unit.POINT);
            if (!isChange && (own == Unit.PERCENT || own == Unit.NONE))
                return new Resolved(measure, q.withUnit(Unit.PERCENT), Unit.PERCENT);
            return null;
        }
        if (own == Unit.PERCENT || own == Unit.POINT || own == Unit.TIMES) return null;
        if (metric.isPerShare()) {
            // Per-share amounts are printed in yen even under a 百万円 caption.
            if (own == Unit.NONE || own == Unit.JPY || own == Unit.JPY_PER_SHARE)
                return new Resolved(measure, q.withUnit(Unit.JPY_PER_SHARE), Unit.JPY_PER_SHARE);
            return null;
        }
        if (metric == Metric.EMPLOYEES) {
            return own == Unit.NONE || own == Unit.PERSONS
                    ? new Resolved(measure, q.withUnit(Unit.PERSONS), Unit.PERSONS) : null;
        }
        if (own != Unit.NONE) return own == Unit.JPY || own == Unit.USD ? new Resolved(measure, q, own) : null;
        if (caption.unit() != Unit.JPY && caption.unit() != Unit.USD) return null;
        Scale scale = q.scale() == Scale.ONE ? caption.scale() : q.scale();
        return new Resolved(measure, q.withScale(scale).withUnit(caption.unit()), caption.unit());
    }
}
