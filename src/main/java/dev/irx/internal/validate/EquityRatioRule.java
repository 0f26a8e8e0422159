package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 自己資本比率 ≈ 自己資本 (equity attributable to owners) / 総資産 where both are printed. Where only 純資産
 * is, the ratio can be bounded, not computed: 自己資本 is 純資産 less 新株予約権 and non-controlling
 * interests, so the ratio is at most 純資産 / 総資産.
 */
final class EquityRatioRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String name() { return "equity_ratio"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact ratio : facts) {
            if (ratio.metric() != Metric.EQUITY_RATIO || ratio.measure() != Measure.VALUE) continue;
            Optional<Fact> assets = index.sibling(ratio, Metric.TOTAL_ASSETS);
            if (assets.isEmpty() || !ctx.interval(assets.get()).isPositive()) continue;
            Precision.Interval printed = ctx.interval(ratio);
            Optional<Fact> owners = index.sibling(ratio, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS);
            if (owners.isPresent()) {
                Precision.Interval implied = ctx.interval(owners.get()).dividedBy(ctx.interval(assets.get()))
                        .times(HUNDRED);
                boolean ok = implied.overlaps(printed);
                out.add(new Finding(name(), ok, List.of(ratio, owners.get(), assets.get()),
                        ratio.key() + ": printed " + Sums.cite(ratio) + (ok ? " agrees with " : " disagrees with ")
                                + Sums.cite(owners.get()) + " / " + Sums.cite(assets.get()) + ", which imply "
                                + implied));
                continue;
            }
            Optional<Fact> net = index.sibling(ratio, Metric.NET_ASSETS);
            if (net.isEmpty()) continue;
            Precision.Interval bound = ctx.interval(net.get()).dividedBy(ctx.interval(assets.get())).times(HUNDRED);
            boolean ok = printed.lo().compareTo(bound.hi()) <= 0;
            out.add(new Finding(name(), ok, List.of(ratio, net.get(), assets.get()),
                    ratio.key() + ": printed " + Sums.cite(ratio) + (ok ? " is within " : " exceeds ")
                            + "net assets / total assets " + Sums.cite(net.get()) + " / " + Sums.cite(assets.get())
                            + " = " + bound + ", its upper bound"));
        }
        return out;
    }
}
