package dev.irx.internal.validate;

import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.model.Check;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A data book's 前期比 of a year to date, when the prior year is printed by quarter only (real 3382 figures). */
class YoyRuleTest {

    private static final YearMonth FY2024 = YearMonth.of(2025, 2), FY2025 = YearMonth.of(2026, 2);

    private static Period part(Span s, YearMonth fyEnd, int from, int to) { return Period.partOfYear(s, fyEnd, from, to); }

    @Test
    void aYearToDatesRatioIsCheckedAgainstThePriorYearsQuartersWhenItsYearToDateIsNotPrinted() {
        List<Check> ok = checks(validate(
                table(Metric.REVENUE, part(Span.Q1, FY2024, 1, 3), "2,734,750"),
                table(Metric.REVENUE, part(Span.Q2, FY2024, 4, 6), "3,300,783"),
                table(Metric.REVENUE, part(Span.Q3, FY2024, 7, 9), "3,034,056"),
                table(Metric.REVENUE, part(Span.Q1_Q3, FY2025, 1, 9), "8,050,937"),
                pct(Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, null, part(Span.Q1_Q3, FY2025, 1, 9), "88.8")), "yoy");
        assertEquals(1, ok.size(), ok.toString());
        assertTrue(ok.get(0).passed(), ok.get(0).detail());
        assertEquals(5, ok.get(0).facts().size(), ok.get(0).detail());
        List<Check> bad = checks(validate(
                table(Metric.REVENUE, part(Span.Q1, FY2024, 1, 3), "2,734,750"),
                table(Metric.REVENUE, part(Span.Q2, FY2024, 4, 6), "3,300,783"),
                table(Metric.REVENUE, part(Span.Q3, FY2024, 7, 9), "3,034,056"),
                table(Metric.REVENUE, part(Span.Q1_Q3, FY2025, 1, 9), "8,050,937"),
                pct(Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, null, part(Span.Q1_Q3, FY2025, 1, 9), "98.8")), "yoy");
        assertFalse(bad.get(0).passed(), bad.get(0).detail());
        // a quarter missing: no check rather than a check on part of the year
        List<Check> none = checks(validate(
                table(Metric.REVENUE, part(Span.Q1, FY2024, 1, 3), "2,734,750"),
                table(Metric.REVENUE, part(Span.Q3, FY2024, 7, 9), "3,034,056"),
                table(Metric.REVENUE, part(Span.Q1_Q3, FY2025, 1, 9), "8,050,937"),
                pct(Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, null, part(Span.Q1_Q3, FY2025, 1, 9), "88.8")), "yoy");
        assertTrue(none.isEmpty(), none.toString());
    }
}
