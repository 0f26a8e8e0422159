package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 短信's returns on an average base: 自己資本当期純利益率 ≈ profit / the mean of 自己資本 at the start and
 * the end of the year, 総資産経常利益率 likewise on total assets. Checked only where both year-ends are printed.
 * A fiscal period shorter than a year (a REIT's six months) may be printed as is or annualised; either agrees.
 */
final class AverageBaseRule implements Rule {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    @Override
    public String name() { return "average_base"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact ratio : facts) {
            Metric base = ratio.measure() == Measure.RATIO_TO_EQUITY_PCT && ratio.metric() != Metric.TOTAL_DIVIDENDS
                    ? Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS
                    : ratio.measure() == Measure.RATIO_TO_TOTAL_ASSETS_PCT ? Metric.TOTAL_ASSETS : null;
            Period p = ratio.period();
            if (base == null || p.span() != Span.FY || p.start() == null || ratio.currency() != null) continue;
            Optional<Fact> profit = index.sibling(ratio, ratio.metric());
            Optional<Fact> closing = baseAt(index, ratio, base, p.end());
            Optional<Fact> opening = baseAt(index, ratio, base, p.start().minusDays(1));
            if (profit.isEmpty() || closing.isEmpty() || opening.isEmpty()) continue;
            Precision.Interval mean = ctx.interval(opening.get()).plus(ctx.interval(closing.get()))
                    .dividedBy(new Precision.Interval(TWO, TWO));
            if (!mean.isPositive()) continue;
            Precision.Interval implied = ctx.interval(profit.get()).dividedBy(mean).times(HUNDRED);
            long months = ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
            Precision.Interval printed = ctx.interval(ratio);
            boolean ok = implied.overlaps(printed) || months > 0 && months < 12
                    && implied.times(BigDecimal.valueOf(12)).dividedBy(new Precision.Interval(
                    BigDecimal.valueOf(months), BigDecimal.valueOf(months))).overlaps(printed);
            out.add(new Finding(name(), ok, List.of(ratio, profit.get(), opening.get(), closing.get()),
                    ratio.key() + ": printed " + Sums.cite(ratio) + (ok ? " agrees with " : " disagrees with ")
                            + Sums.cite(profit.get()) + " over the mean of " + Sums.cite(opening.get()) + " and "
                            + Sums.cite(closing.get()) + ", which imply " + implied));
        }
        return out;
    }

    /**
     * The base at a year-end. 自己資本 where printed; a non-consolidated filer (a REIT) may print only 純資産,
     * which is its equity.
     */
    private static Optional<Fact> baseAt(FactIndex index, Fact like, Metric base, LocalDate date) {
        Optional<Fact> f = index.at(like, base, Measure.VALUE, Span.INSTANT, null, date, like.basis());
        if (f.isEmpty() && base == Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS && Boolean.FALSE.equals(like.consolidated())) {
            f = index.at(like, Metric.NET_ASSETS, Measure.VALUE, Span.INSTANT, null, date, like.basis());
        }
        return f;
    }
}
