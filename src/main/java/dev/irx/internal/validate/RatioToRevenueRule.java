package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 売上比 ≈ the item / revenue of the same period, basis and scope. A segment's 売上比 of revenue is its
 * share of the company's revenue; a segment's profit ratio is not checked (its margin or its share of
 * the company's profit: tables differ).
 */
final class RatioToRevenueRule implements Rule {

    @Override
    public String name() { return "ratio_to_revenue"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.measure() != Measure.RATIO_TO_REVENUE_PCT) continue;
            if (f.segment() != null && f.metric() != Metric.REVENUE) continue;
            Optional<Fact> item = index.value(f, f.period(), f.basis());
            Optional<Fact> revenue = index.find(Metric.REVENUE, Measure.VALUE, null, f.consolidated(), f.period(),
                    f.basis(), f.currency());
            if (item.isEmpty() || revenue.isEmpty()) continue;
            Precision.Interval rev = ctx.interval(revenue.get());
            if (!rev.isPositive()) continue;
            Precision.Interval implied = ctx.interval(item.get()).dividedBy(rev).times(BigDecimal.valueOf(100));
            boolean ok = implied.overlaps(ctx.interval(f));
            out.add(new Finding(name(), ok, item.get() == revenue.get() ? List.of(f, revenue.get())
                    : List.of(f, item.get(), revenue.get()),
                    f.key() + ": printed " + f.display().text() + (ok ? " agrees with " : " disagrees with ")
                            + item.get().display().text() + " / revenue " + revenue.get().display().text()
                            + " (p." + f.page() + "), which imply " + implied));
        }
        return out;
    }
}
