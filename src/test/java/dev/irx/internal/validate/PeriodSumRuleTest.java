package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;

import static dev.irx.internal.validate.Figures.basis;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 上期 + 下期 = 通期, four quarters = the year; only flows, only complete sets. */
class PeriodSumRuleTest {

    private static final YearMonth FYE25 = YearMonth.of(2025, 3);
    private static final Period Y = Period.fiscalYear(FYE25);

    private static Period part(Span s, int from, int to) { return Period.partOfYear(s, FYE25, from, to); }

    private static Fact sga(Span s, int from, int to, String printed) { return table(Metric.SGA, part(s, from, to), printed); }

    /** IIJ's FY24 販売管理費等 by quarter (百万円). */
    private static List<Fact> quarters(String q2) {
        return List.of(sga(Span.Q1, 1, 3, "9,651"), sga(Span.Q2, 4, 6, q2), sga(Span.Q3, 7, 9, "9,334"),
                sga(Span.Q4, 10, 12, "10,075"), table(Metric.SGA, Y, "38,298"));
    }

    @Test
    void fourQuartersMakeTheYear() {
        Check c = only(validate(quarters("9,238").toArray(new Fact[0])), "period_sum");
        assertTrue(c.passed(), c.detail());
        assertEquals(5, c.facts().size());
    }

    @Test
    void aValueShiftedIntoTheNeighbouringQuarterIsCaught() {
        // 3Q's 9,334 read into the 2Q column as well.
        Check c = only(validate(quarters("9,334").toArray(new Fact[0])), "period_sum");
        assertFalse(c.passed(), c.detail());
    }

    @Test
    void halvesMakeTheYearAndAForecastYearMayTakeAnActualFirstHalf() {
        Fact h1 = table(Metric.REVENUE, part(Span.H1, 1, 6), "147,000");
        Fact h2 = basis(table(Metric.REVENUE, part(Span.H2, 7, 12), "193,000"), Basis.FORECAST);
        Fact fy = basis(table(Metric.REVENUE, Y, "340,000"), Basis.FORECAST);
        assertTrue(only(validate(h1, h2, fy), "period_sum").passed());
        Fact wrong = basis(table(Metric.REVENUE, Y, "304,000"), Basis.FORECAST);
        assertFalse(only(validate(h1, h2, wrong), "period_sum").passed());
    }

    @Test
    void anIncompleteSetIsNotChecked() {
        Validator.Result r = validate(sga(Span.Q1, 1, 3, "9,651"), sga(Span.Q2, 4, 6, "9,238"),
                sga(Span.Q4, 10, 12, "10,075"), table(Metric.SGA, Y, "38,298"));
        assertTrue(checks(r, "period_sum").isEmpty());
    }

    @Test
    void dividendsPerShareAddUpButEpsAndBalancesDoNot() {
        Fact h1 = fact(Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, part(Span.H1, 1, 6), Basis.ACTUAL, "14.625",
                "円", FactSource.TABLE, 12);
        Fact h2 = fact(Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, part(Span.H2, 7, 12), Basis.ACTUAL, "14.63",
                "円", FactSource.TABLE, 12);
        Fact fy = fact(Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Y, Basis.ACTUAL, "29.255", "円",
                FactSource.TABLE, 12);
        assertTrue(only(validate(h1, h2, fy), "period_sum").passed());
        Fact eps1 = fact(Metric.EPS, Measure.VALUE, null, part(Span.H1, 1, 6), Basis.ACTUAL, "40.00", "円",
                FactSource.TABLE, 1);
        Fact eps2 = fact(Metric.EPS, Measure.VALUE, null, part(Span.H2, 7, 12), Basis.ACTUAL, "40.00", "円",
                FactSource.TABLE, 1);
        Fact epsFy = fact(Metric.EPS, Measure.VALUE, null, Y, Basis.ACTUAL, "81.00", "円", FactSource.TABLE, 1);
        assertTrue(checks(validate(eps1, eps2, epsFy), "period_sum").isEmpty());
    }

    @Test
    void firstHalfIsTwoQuartersAndNineMonthsAreTheFirstHalfAndTheThirdQuarter() {
        Fact q1 = sga(Span.Q1, 1, 3, "9,651"), q2 = sga(Span.Q2, 4, 6, "9,238"), q3 = sga(Span.Q3, 7, 9, "9,334");
        Fact h1 = sga(Span.H1, 1, 6, "18,889"), nine = sga(Span.Q1_Q3, 1, 9, "28,223");
        List<Check> cs = checks(validate(q1, q2, q3, h1, nine), "period_sum");
        assertEquals(3, cs.size(), cs.toString());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
    }
}
