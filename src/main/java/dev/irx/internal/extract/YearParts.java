package dev.irx.internal.extract;

import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.FiscalCalendar;

import java.time.YearMonth;

/** Period shapes every extraction rule needs: a named part of a fiscal year, and where a balance is struck. */
public final class YearParts {

    private YearParts() {}

    /** The part of the fiscal year ending {@code fyEnd} that {@code span} names: H1 is its first six fiscal months. */
    public static Period part(FiscalCalendar calendar, Span span, YearMonth fyEnd) {
        return switch (span) {
            case Q1 -> calendar.part(Span.Q1, fyEnd, 1, 3);
            case Q2 -> calendar.part(Span.Q2, fyEnd, 4, 6);
            case Q3 -> calendar.part(Span.Q3, fyEnd, 7, 9);
            case Q4 -> calendar.part(Span.Q4, fyEnd, 10, 12);
            case H1 -> calendar.part(Span.H1, fyEnd, 1, 6);
            case H2 -> calendar.part(Span.H2, fyEnd, 7, 12);
            case Q1_Q3 -> calendar.part(Span.Q1_Q3, fyEnd, 1, 9);
            case FY -> calendar.fiscalYear(fyEnd);
            case INSTANT -> calendar.yearEnd(fyEnd);
        };
    }

    /** Balance-sheet metrics are read at the end of the period their column names. */
    public static Period forMetric(Metric metric, Period period) {
        return metric.isStock() && !period.isInstant() ? Period.instant(period.end(), period.fiscalYearEnd()) : period;
    }
}
