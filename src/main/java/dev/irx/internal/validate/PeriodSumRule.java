package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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

    /** A part of the year as months counted from its first: H1 = months 1–6. */
    private record Part(Span span, int from, int to) {}

    private static final Part Q1 = new Part(Span.Q1, 1, 3), Q2 = new Part(Span.Q2, 4, 6),
            Q3 = new Part(Span.Q3, 7, 9), Q4 = new Part(Span.Q4, 10, 12), H1 = new Part(Span.H1, 1, 6),
            H2 = new Part(Span.H2, 7, 12), Q1_Q3 = new Part(Span.Q1_Q3, 1, 9);

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
            LocalDate yearStart = yearStart(whole);
            if (yearStart == null) continue;
            for (List<Part> parts : decompositions(whole)) {
                List<Fact> found = new ArrayList<>();
                for (Part p : parts) {
                    LocalDate start = yearStart.plusMonths(p.from() - 1L);
                    LocalDate end = yearStart.plusMonths(p.to()).minusDays(1);
                    Optional<Fact> f = index.at(whole, whole.metric(), Measure.VALUE, p.span(), start, end,
                            whole.basis());
                    if (f.isEmpty() && whole.basis() != Basis.ACTUAL) {
                        f = index.at(whole, whole.metric(), Measure.VALUE, p.span(), start, end, Basis.ACTUAL);
                    }
                    if (f.isEmpty()) break;
                    found.add(f.get());
                }
                if (found.size() == parts.size()) {
                    if (whole.metric() == Metric.DIVIDEND_PER_SHARE) {
                        // Dividends at the end of 1Q and 3Q, where the company pays them, belong to the year too.
                        for (Part q : List.of(Q1, Q3)) {
                            index.at(whole, whole.metric(), Measure.VALUE, q.span(), yearStart.plusMonths(q.from() - 1L),
                                    yearStart.plusMonths(q.to()).minusDays(1), whole.basis()).ifPresent(found::add);
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
        if (m.isStock() || m.isPercentage() || m == Metric.EPS) return false;
        if (m == Metric.DIVIDEND_PER_SHARE) return f.unit().equals("JPY/share");
        return f.unit().equals("JPY") || f.unit().equals("USD");
    }

    /** The first day of the fiscal year a whole belongs to; null when the year is not twelve months. */
    private static LocalDate yearStart(Fact whole) {
        LocalDate start = whole.period().start();
        if (start == null) return null;
        LocalDate s;
        switch (whole.period().span()) {
            case FY: case H1: case Q1_Q3: s = start; break;
            case H2: s = start.minusMonths(6); break;
            default: return null;
        }
        if (whole.period().span() == Span.FY
                && ChronoUnit.MONTHS.between(start, whole.period().end().plusDays(1)) != 12) return null;
        return s;
    }

    private static List<List<Part>> decompositions(Fact whole) {
        switch (whole.period().span()) {
            case FY:
                if (whole.metric() == Metric.DIVIDEND_PER_SHARE) return List.of(List.of(H1, H2));
                return List.of(List.of(H1, H2), List.of(Q1, Q2, Q3, Q4), List.of(Q1_Q3, Q4));
            case H1: return whole.metric() == Metric.DIVIDEND_PER_SHARE ? List.of() : List.of(List.of(Q1, Q2));
            case H2: return whole.metric() == Metric.DIVIDEND_PER_SHARE ? List.of() : List.of(List.of(Q3, Q4));
            case Q1_Q3: return List.of(List.of(H1, Q3), List.of(Q1, Q2, Q3));
            default: return List.of();
        }
    }
}
