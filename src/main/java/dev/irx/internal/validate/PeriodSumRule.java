package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;

import dev.irx.internal.validate.PeriodParts.Part;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts of a fiscal year add up to it: 上期 + 下期 = 通期, four quarters = the year, 1Q + 2Q = 上期,
 * 3Q + 4Q = 下期, 1-3Q + 4Q = 通期. Only flows (sales, profits, cash flows, dividends per share) add up;
 * balance-sheet figures, ratios and EPS (whose share count moves) do not.
 *
 * <p>A forecast year may be made of an actual first half and a forecast second half, so a forecast
 * whole takes an actual part when the document has no forecast for it.
 */
final class PeriodSumRule implements Rule {

    @Override
    public String name() { return "period_sum"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact whole : facts) {
            if (whole.measure() != Measure.VALUE || !adds(whole)) continue;
            LocalDate yearStart = PeriodParts.yearStart(whole.period());
            if (yearStart == null) continue;
            for (List<Part> parts : decompositions(whole)) {
                List<Fact> found = new ArrayList<>();
                for (Part p : parts) {
                    Optional<Fact> f = PeriodParts.at(index, whole, Measure.VALUE, yearStart, p, whole.basis());
                    if (f.isEmpty() && whole.basis() != Basis.ACTUAL) {
                        f = PeriodParts.at(index, whole, Measure.VALUE, yearStart, p, Basis.ACTUAL);
                    }
                    if (f.isEmpty()) break;
                    found.add(f.get());
                }
                if (found.size() == parts.size()) {
                    if (whole.metric() == Metric.DIVIDEND_PER_SHARE) {
                        // Dividends at the end of 1Q and 3Q, where the company pays them, belong to the year too.
                        for (Part q : List.of(PeriodParts.Q1, PeriodParts.Q3)) {
                            PeriodParts.at(index, whole, Measure.VALUE, yearStart, q, whole.basis()).ifPresent(found::add);
                        }
                    }
                    out.add(Sums.check(name(), ctx, whole, found, "the parts of the period"));
                }
            }
        }
        return out;
    }

    /** Flows in money, and dividends per share (the year's dividend is the sum of its payments). */
    private static boolean adds(Fact f) {
        Metric m = f.metric();
        if (m.isStock() || m.isPercentage() || m == Metric.EPS || PeriodParts.isBalanceLine(f)) return false;
        if (m == Metric.DIVIDEND_PER_SHARE) return f.unit().equals("JPY/share");
        return f.unit().equals("JPY") || f.unit().equals("USD");
    }

    /** A dividend's year is its two halves; its quarters' payments are added apart (above). */
    private static List<List<Part>> decompositions(Fact whole) {
        if (whole.metric() != Metric.DIVIDEND_PER_SHARE) return PeriodParts.decompositions(whole.period().span());
        return whole.period().span() == Span.FY ? List.of(List.of(PeriodParts.H1, PeriodParts.H2)) : List.of();
    }
}
