package dev.irx.model;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A reporting period: a span of a fiscal year, or an instant.
 *
 * @param span          FY, H1, ..., or INSTANT
 * @param start         first day, null for an instant
 * @param end           last day (for an instant: the date itself)
 * @param fiscalYearEnd the year-month in which the fiscal year this period belongs to ends; null when unknown
 */
public record Period(Span span, LocalDate start, LocalDate end, YearMonth fiscalYearEnd) {

    public Period {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(end, "end");
        if (span == Span.INSTANT && start != null) throw new IllegalArgumentException("an instant has no start");
        if (span != Span.INSTANT && (start == null || start.isAfter(end)))
            throw new IllegalArgumentException("bad period " + start + ".." + end);
    }

    /** The fiscal year that ends in {@code fyEnd} (e.g. 2024-03 → 2023-04-01..2024-03-31). */
    public static Period fiscalYear(YearMonth fyEnd) {
        return new Period(Span.FY, fyEnd.minusMonths(11).atDay(1), fyEnd.atEndOfMonth(), fyEnd);
    }

    /** A part of the fiscal year ending {@code fyEnd}: months {@code fromMonth..toMonth} counted from 1. */
    public static Period partOfYear(Span span, YearMonth fyEnd, int fromMonth, int toMonth) {
        YearMonth first = fyEnd.minusMonths(11);
        return new Period(span, first.plusMonths(fromMonth - 1L).atDay(1),
                first.plusMonths(toMonth - 1L).atEndOfMonth(), fyEnd);
    }

    public static Period instant(LocalDate date, YearMonth fiscalYearEnd) {
        return new Period(Span.INSTANT, null, date, fiscalYearEnd);
    }

    public boolean isInstant() { return span == Span.INSTANT; }

    /** A short label for messages: "FY2024-03", "Q1 2025-04-01..2025-06-30", "@2024-03-31". */
    @Override
    public String toString() {
        if (isInstant()) return "@" + end;
        if (span == Span.FY && fiscalYearEnd != null) return "FY" + fiscalYearEnd;
        return span.json() + " " + start + ".." + end;
    }
}
