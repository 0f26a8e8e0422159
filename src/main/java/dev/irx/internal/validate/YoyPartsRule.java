package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.internal.validate.PeriodParts.Part;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A change against the prior year agrees with its parts' changes, where the prior year itself is not printed (the
 * first year of a data book, whose 前期比 compare with a year the book leaves out). A year's 増減額 is the sum of its
 * parts' 増減額. For a 前期比 or 増減率, each part's prior value is its value divided by its ratio, and the year's value
 * over the sum of those is the year's ratio. Flows only: balances and ratios do not add up.
 */
final class YoyPartsRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() { return "yoy_parts"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact whole : facts) {
            Measure m = whole.measure();
            if (m != Measure.YOY_PCT && m != Measure.RATIO_TO_PRIOR_PCT && m != Measure.YOY_AMOUNT) continue;
            if (!isFlow(whole.metric()) || PeriodParts.isBalanceLine(whole) || priorPrinted(whole, index)) continue;
            LocalDate yearStart = PeriodParts.yearStart(whole.period());
            if (yearStart == null) continue;
            for (List<Part> parts : PeriodParts.decompositions(whole.period().span())) {
                List<Fact> changes = PeriodParts.find(index, whole, m, yearStart, parts, whole.basis());
                if (changes.isEmpty()) continue;
                if (m == Measure.YOY_AMOUNT) {
                    if (!changes.stream().allMatch(c -> isMoney(c) && isMoney(whole))) continue;
                    out.add(Sums.check(name(), ctx, whole, changes, "the parts' changes"));
                    continue;
                }
                Optional<Fact> value = index.value(whole, whole.period(), whole.basis());
                List<Fact> values = PeriodParts.find(index, whole, Measure.VALUE, yearStart, parts, whole.basis());
                if (value.isEmpty() || values.isEmpty() || !isMoney(value.get())) continue;
                ratioCheck(whole, value.get(), changes, values, ctx).ifPresent(out::add);
            }
        }
        return out;
    }

    /** The year's ratio against its value over the parts' prior values; empty where a value or ratio is not positive. */
    private Optional<Finding> ratioCheck(Fact whole, Fact value, List<Fact> changes, List<Fact> values, Context ctx) {
        Precision.Interval priorSum = Precision.Interval.zero();
        for (int i = 0; i < changes.size(); i++) {
            Precision.Interval v = ctx.interval(values.get(i));
            Precision.Interval factor = factor(changes.get(i), ctx);
            if (!v.isPositive() || !factor.isPositive()) return Optional.empty();
            priorSum = priorSum.plus(v.dividedBy(factor));
        }
        Precision.Interval v = ctx.interval(value);
        if (!v.isPositive()) return Optional.empty();
        Precision.Interval ratio = v.dividedBy(priorSum);
        Precision.Interval implied = whole.measure() == Measure.RATIO_TO_PRIOR_PCT ? ratio.times(HUNDRED)
                : ratio.plus(BigDecimal.ONE.negate()).times(HUNDRED);
        boolean ok = implied.overlaps(ctx.interval(whole));
        List<Fact> involved = new ArrayList<>(List.of(whole, value));
        StringBuilder parts = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            involved.add(changes.get(i));
            involved.add(values.get(i));
            if (i > 0) parts.append(" + ");
            parts.append(Sums.cite(values.get(i))).append(" at ").append(changes.get(i).display().text());
        }
        return Optional.of(new Finding(name(), ok, involved, whole.key() + ": printed " + whole.display().text()
                + " (p." + whole.page() + ")" + (ok ? " agrees with " : " disagrees with ") + "the value "
                + Sums.cite(value) + " over the prior values of its parts " + parts + ", which imply " + implied));
    }

    /** current ÷ prior as a factor: 前期比 103.0 → 1.030, 増減率 3.0 → 1.030. */
    private static Precision.Interval factor(Fact change, Context ctx) {
        Precision.Interval printed = ctx.interval(change);
        return change.measure() == Measure.RATIO_TO_PRIOR_PCT
                ? printed.times(BigDecimal.ONE.divide(HUNDRED))
                : printed.times(BigDecimal.ONE.divide(HUNDRED)).plus(BigDecimal.ONE);
    }

    /** Whether {@link YoyRule} can check the change against the prior year's own values. */
    private static boolean priorPrinted(Fact change, FactIndex index) {
        dev.irx.model.Period prior = FactIndex.priorYear(change.period());
        return index.value(change, prior, Basis.ACTUAL).isPresent() || !YoyRule.quartersOf(change, prior, index).isEmpty();
    }

    private static boolean isFlow(Metric m) {
        return !m.isStock() && !m.isPercentage() && m != Metric.EPS && m != Metric.DIVIDEND_PER_SHARE;
    }

    private static boolean isMoney(Fact f) { return f.unit().equals("JPY") || f.unit().equals("USD"); }
}
