package dev.irx.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Period;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A printed change against the prior year agrees with the two values it compares:
 * 増減率 ≈ current / prior − 1, 増減額 ≈ current − prior and a data book's 前期比 (ratio to prior) ≈ current / prior,
 * each within what the printed digits allow.
 */
final class YoyRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() { return "yoy"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact change : facts) {
            if (change.measure() != Measure.YOY_PCT && change.measure() != Measure.YOY_AMOUNT
                    && change.measure() != Measure.RATIO_TO_PRIOR_PCT) continue;
            Period prior = FactIndex.priorYear(change.period());
            Optional<Fact> cur = index.value(change, change.period(), change.basis());
            Optional<Fact> prev = index.value(change, prior, Basis.ACTUAL);
            if (cur.isEmpty() || prev.isEmpty()) continue;
            Precision.Interval c = ctx.interval(cur.get()), p = ctx.interval(prev.get());
            Precision.Interval printed = ctx.interval(change);
            Precision.Interval implied;
            if (change.measure() == Measure.YOY_PCT) {
                // A ratio of values of mixed or zero sign says nothing sensible as a percentage.
                if (!p.isPositive() || !c.isPositive()) continue;
                implied = c.dividedBy(p).plus(BigDecimal.ONE.negate()).times(HUNDRED);
            } else if (change.measure() == Measure.RATIO_TO_PRIOR_PCT) {
                if (!p.isPositive() || !c.isPositive()) continue;
                implied = c.dividedBy(p).times(HUNDRED);
            } else {
                implied = c.minus(p);
            }
            boolean ok = implied.overlaps(printed);
            out.add(new Finding(name(), ok, List.of(change, cur.get(), prev.get()),
                    change.key() + ": printed " + change.display().text() + " (p." + change.page() + ")"
                            + (ok ? " agrees with " : " disagrees with ") + "the values "
                            + cur.get().display().text() + " (p." + cur.get().page() + ") and "
                            + prev.get().display().text() + " (p." + prev.get().page() + "), which imply "
                            + implied));
        }
        return out;
    }
}
