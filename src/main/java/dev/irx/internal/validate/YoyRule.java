package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Period;

import dev.irx.model.Span;
import java.math.BigDecimal;
import java.time.LocalDate;
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
            // a data book prints the prior year's quarters but not its year to date: their sum is that year to date
            List<Fact> prevQuarters = prev.isPresent() ? List.of() : quartersOf(change, prior, index);
            if (cur.isEmpty() || prev.isEmpty() && prevQuarters.isEmpty()) continue;
            Precision.Interval c = ctx.interval(cur.get());
            Precision.Interval p = Sums.sum(ctx, prev.isPresent() ? List.of(prev.get()) : prevQuarters);
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
            List<Fact> involved = new ArrayList<>(List.of(change, cur.get()));
            String prior0;
            if (prev.isPresent()) {
                involved.add(prev.get());
                prior0 = prev.get().display().text() + " (p." + prev.get().page() + ")";
            } else {
                involved.addAll(prevQuarters);
                prior0 = String.join(" + ", prevQuarters.stream()
                        .map(q -> q.display().text() + " (" + q.period().span().json() + " p." + q.page() + ")").toList());
            }
            out.add(new Finding(name(), ok, involved,
                    change.key() + ": printed " + change.display().text() + " (p." + change.page() + ")"
                            + (ok ? " agrees with " : " disagrees with ") + "the values "
                            + cur.get().display().text() + " (p." + cur.get().page() + ") and "
                            + prior0 + ", which imply " + implied));
        }
        return out;
    }

    /**
     * The quarters of a prior year to date (Q1–Q3: Q1, Q2 and Q3; H1: Q1 and Q2) as printed, all of them; empty when
     * the period is no year to date of calendar quarters or a quarter is not printed.
     */
    static List<Fact> quartersOf(Fact change, Period ytd, FactIndex index) {
        if (ytd.span() != Span.Q1_Q3 && ytd.span() != Span.H1 || change.metric().isStock()
                || PeriodParts.isBalanceLine(change)) return List.of();
        LocalDate yearStart = PeriodParts.yearStart(ytd);
        if (yearStart == null) return List.of();
        return PeriodParts.find(index, change, Measure.VALUE, yearStart, PeriodParts.quarters(ytd.span()), Basis.ACTUAL);
    }
}
