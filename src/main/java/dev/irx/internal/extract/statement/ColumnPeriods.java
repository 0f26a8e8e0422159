package dev.irx.internal.extract.statement;

import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.model.Statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The periods of a statement's columns, resolved against the period the document reports on (its year to date): a
 * balance sheet's columns are dates, the others' spans of the fiscal year. A column's printed dates win; a column the
 * header only names (前/当) is dated from the document's period, 前 being the same span one year earlier (for a
 * balance sheet, the end of the year before). A header whose current column does not end where the document's period
 * ends is not trusted: its figures would be dated wrongly.
 */
final class ColumnPeriods {

    private final Period report;
    private final int yearMonths;

    /** {@code report}: the period the document reports on, from the first day of its fiscal year. */
    ColumnPeriods(Period report) {
        this.report = report;
        this.yearMonths = report.span() == Span.FY
                ? (int) ChronoUnit.MONTHS.between(report.start(), report.end().plusDays(1)) : 12;
    }

    /** One period per column, left to right; empty when a column cannot be dated surely. */
    Optional<List<Period>> of(ColumnHeader header, Statement statement) {
        return of(header, statement, true);
    }

    /** As {@link #of(ColumnHeader, Statement)}; {@code needCurrent}: whether one column must be the document's period. */
    Optional<List<Period>> of(ColumnHeader header, Statement statement, boolean needCurrent) {
        boolean instants = statement == Statement.BALANCE_SHEET;
        List<Period> out = new ArrayList<>();
        boolean currentSeen = false;
        for (ColumnHeader.Column c : header.columns()) {
            Period p;
            if (c.dated()) {
                if (instants != (c.from() == null)) return Optional.empty();
                p = instants ? instant(c.to()) : span(c.from(), c.to());
            } else if (c.role() == null) {
                return Optional.empty();
            } else if (c.role().equals("当")) {
                p = instants ? instant(report.end()) : report;
            } else {
                p = instants ? instant(report.start().minusDays(1))
                        : span(report.start().minusYears(1), lastDay(report.end().minusYears(1)));
            }
            if (p == null) return Optional.empty();
            if (p.end().equals(report.end())) {
                if (!instants && !p.start().equals(report.start())) return Optional.empty(); // a quarter alone
                currentSeen = true;
            } else if (p.end().isAfter(report.end())) {
                return Optional.empty();
            }
            out.add(p);
        }
        return currentSeen || !needCurrent ? Optional.of(out) : Optional.empty();
    }

    /**
     * The period a block of equity changes that opens on a day covers: the document's own (its year to date) or the
     * same span a year earlier; else a whole fiscal year the document can speak of; null otherwise.
     */
    Period yearFrom(LocalDate start) {
        if (start.equals(report.start())) return report;
        if (start.equals(report.start().minusYears(1))) return span(start, lastDay(report.end().minusYears(1)));
        Period p = span(start, start.plusMonths(yearMonths).minusDays(1));
        return p == null || p.span() != Span.FY || p.end().isAfter(report.end()) ? null : p;
    }

    /** The instant a balance of a flow statement stands at: the day before a column's start, or its end. */
    static Period openingBalance(Period column) {
        // the day before the year began is the last of the year before: the balance is that year's closing one,
        // the same figure its balance sheet prints
        LocalDate day = column.start().minusDays(1);
        return Period.instant(day, java.time.YearMonth.from(day));
    }

    static Period closingBalance(Period column) {
        return Period.instant(column.end(), column.fiscalYearEnd());
    }

    private Period instant(LocalDate d) {
        return Period.instant(d, fiscalYearEnd(d));
    }

    /** A span of the fiscal year, named as the TSE names it: FY, H1, Q1-Q3, Q2 …; null for a span it does not name. */
    private Period span(LocalDate s, LocalDate e) {
        LocalDate fyStart = report.start();
        while (fyStart.isAfter(s)) fyStart = fyStart.minusMonths(yearMonths);
        while (!fyStart.plusMonths(yearMonths).isAfter(s)) fyStart = fyStart.plusMonths(yearMonths);
        long k = ChronoUnit.MONTHS.between(fyStart, s);
        long n = ChronoUnit.MONTHS.between(s, e.plusDays(1));
        if (!e.plusDays(1).equals(s.plusMonths(n))) return null; // not whole months
        Span span;
        if (k == 0 && n == yearMonths) span = Span.FY;
        else span = switch ((int) k * 100 + (int) n) {
            case 3 -> Span.Q1;
            case 6 -> Span.H1;
            case 9 -> Span.Q1_Q3;
            case 303 -> Span.Q2;
            case 603 -> Span.Q3;
            case 606 -> Span.H2;
            case 903 -> Span.Q4;
            default -> null;
        };
        if (span == null) return null;
        return new Period(span, s, e, YearMonth.from(fyStart.plusMonths(yearMonths).minusDays(1)));
    }

    private YearMonth fiscalYearEnd(LocalDate d) {
        LocalDate fyStart = report.start();
        while (fyStart.isAfter(d)) fyStart = fyStart.minusMonths(yearMonths);
        while (!fyStart.plusMonths(yearMonths).isAfter(d)) fyStart = fyStart.plusMonths(yearMonths);
        return YearMonth.from(fyStart.plusMonths(yearMonths).minusDays(1));
    }

    private static LocalDate lastDay(LocalDate d) { return YearMonth.from(d).atEndOfMonth(); }
}
