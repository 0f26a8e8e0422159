package dev.irx.extract;

import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;

import java.time.YearMonth;

/** Period shapes every extraction rule needs: a named part of a fiscal year, and where a balance is struck. */
final class YearParts {

    private YearParts() {}

    /** The part of the fiscal year ending {@code fyEnd} that {@code span} names: H1 is its first six months. */
    static Period part(Span span, YearMonth fyEnd) {
        return switch (span) {
            case Q1 -> Period.partOfYear(Span.Q1, fyEnd, 1, 3);
            case Q2 -> Period.partOfYear(Span.Q2, fyEnd, 4, 6);
            case Q3 -> Period.partOfYear(Span.Q3, fyEnd, 7, 9);
            case Q4 -> Period.partOfYear(Span.Q4, fyEnd, 10, 12);
            case H1 -> Period.partOfYear(Span.H1, fyEnd, 1, 6);
            case H2 -> Period.partOfYear(Span.H2, fyEnd, 7, 12);
            case Q1_Q3 -> Period.partOfYear(Span.Q1_Q3, fyEnd, 1, 9);
            case FY -> Period.fiscalYear(fyEnd);
            case INSTANT -> Period.instant(fyEnd.atEndOfMonth(), fyEnd);
        };
    }

    /** Balance-sheet metrics are read at the end of the period their column names. */
    static Period forMetric(Metric metric, Period period) {
        return metric.isStock() && !period.isInstant() ? Period.instant(period.end(), period.fiscalYearEnd()) : period;
    }
}
