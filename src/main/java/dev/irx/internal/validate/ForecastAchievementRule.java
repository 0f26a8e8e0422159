package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 達成率 ≈ actual / forecast and 達成額 ≈ actual − forecast, against the 前回予想 of the same period; a revision's
 * 前回予想差 ≈ the revised forecast − the earlier one.
 */
final class ForecastAchievementRule implements Rule {

    @Override
    public String name() { return "achievement"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact f : facts) {
            boolean revision = f.measure() == Measure.REVISION_AMOUNT;
            if (f.measure() != Measure.ACHIEVEMENT_PCT && f.measure() != Measure.ACHIEVEMENT_AMOUNT && !revision) continue;
            Optional<Fact> actual = index.value(f, f.period(), revision ? Basis.FORECAST : Basis.ACTUAL);
            Optional<Fact> forecast = index.value(f, f.period(), Basis.PRIOR_FORECAST);
            if (actual.isEmpty() || forecast.isEmpty()) continue;
            Precision.Interval a = ctx.interval(actual.get()), p = ctx.interval(forecast.get());
            Precision.Interval implied;
            if (f.measure() == Measure.ACHIEVEMENT_PCT) {
                if (!p.isPositive()) continue;
                implied = a.dividedBy(p).times(BigDecimal.valueOf(100));
            } else {
                implied = a.minus(p);
            }
            boolean ok = implied.overlaps(ctx.interval(f));
            out.add(new Finding(name(), ok, List.of(f, actual.get(), forecast.get()),
                    f.key() + ": printed " + f.display().text() + (ok ? " agrees with " : " disagrees with ")
                            + (revision ? "forecast " : "actual ") + actual.get().display().text()
                            + (revision ? " and earlier forecast " : " and forecast ")
                            + forecast.get().display().text() + " (p." + f.page() + "), which imply " + implied));
        }
        return out;
    }
}
