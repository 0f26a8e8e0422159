package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Per-share figures against the share counts the 短信 prints in its notes: EPS ≈ the owners' profit /
 * 期中平均株式数, and BPS ≈ 自己資本 / (期末発行済株式数 − 期末自己株式数). A count that is not printed (「—株」)
 * leaves the figure unchecked rather than assumed zero.
 *
 * <p>EPS may be worked out on a profit adjusted as the standard requires (Komatsu's US GAAP EPS is 0.1% under its
 * owners' profit ÷ average shares), so a printed figure within {@value #SLACK_PCT}% of the implied one agrees. A
 * wrong column, a scale slip or transposed leading digits is far outside that.
 */
final class PerShareRule implements Rule {

    /** Relative slack, in percent, for the adjustments the standards make to EPS's profit and share count. */
    static final String SLACK_PCT = "0.5";
    private static final BigDecimal SLACK = new BigDecimal(SLACK_PCT).movePointLeft(2);

    @Override
    public String name() { return "per_share"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact f : facts) {
            if (f.measure() != Measure.VALUE || f.basis() != Basis.ACTUAL || f.currency() != null) continue;
            if (f.metric() == Metric.EPS) eps(f, index, ctx).ifPresent(out::add);
            else if (f.metric() == Metric.BPS) bps(f, index, ctx).ifPresent(out::add);
        }
        return out;
    }

    private Optional<Finding> eps(Fact eps, FactIndex index, Context ctx) {
        Optional<Fact> shares = count(index, Metric.AVERAGE_SHARES, eps);
        // A company without subsidiaries (or its 個別 section) earns its net income for its own shareholders.
        Optional<Fact> profit = index.sibling(eps, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS);
        if (profit.isEmpty() && Boolean.FALSE.equals(eps.consolidated())) profit = index.sibling(eps, Metric.NET_INCOME);
        if (shares.isEmpty() || profit.isEmpty() || !ctx.interval(shares.get()).isPositive()) return Optional.empty();
        Precision.Interval implied = ctx.interval(profit.get()).dividedBy(ctx.interval(shares.get()));
        return Optional.of(finding(eps, implied, ctx, profit.get(), shares.get()));
    }

    private Optional<Finding> bps(Fact bps, FactIndex index, Context ctx) {
        Optional<Fact> issued = count(index, Metric.SHARES_ISSUED, bps);
        Optional<Fact> treasury = count(index, Metric.TREASURY_SHARES, bps);
        Optional<Fact> equity = index.sibling(bps, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS);
        if (issued.isEmpty() || treasury.isEmpty() || equity.isEmpty()) return Optional.empty();
        Precision.Interval outstanding = ctx.interval(issued.get()).minus(ctx.interval(treasury.get()));
        if (!outstanding.isPositive()) return Optional.empty();
        Precision.Interval implied = ctx.interval(equity.get()).dividedBy(outstanding);
        return Optional.of(finding(bps, implied, ctx, equity.get(), issued.get(), treasury.get()));
    }

    /** Share counts state no scope: the issuer's shares serve the 連結 and the 個別 figures alike. */
    private static Optional<Fact> count(FactIndex index, Metric metric, Fact like) {
        return index.find(metric, Measure.VALUE, null, null, like.period(), Basis.ACTUAL, null);
    }

    private Finding finding(Fact printed, Precision.Interval implied, Context ctx, Fact... from) {
        Precision.Interval slack = new Precision.Interval(implied.lo().multiply(BigDecimal.ONE.subtract(SLACK)),
                implied.hi().multiply(BigDecimal.ONE.add(SLACK)));
        boolean ok = slack.overlaps(ctx.interval(printed));
        StringBuilder cited = new StringBuilder();
        for (Fact f : from) cited.append(cited.length() == 0 ? "" : ", ").append(Sums.cite(f));
        List<Fact> all = new ArrayList<>(List.of(printed));
        all.addAll(List.of(from));
        return new Finding(name(), ok, all, printed.key() + ": printed " + Sums.cite(printed)
                + (ok ? " agrees with " : " disagrees with ") + cited + ", which imply " + implied);
    }
}
