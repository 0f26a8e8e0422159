package dev.irx.internal.normalize;

import dev.irx.model.Period;
import dev.irx.model.Span;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A company's fiscal year: the month it ends, the day of the month its fiscal months end on, and how its
 * short labels ("FY24", "1Q25") name the year.
 *
 * @param fiscalYearEndMonth 1..12; 3 for a March year end
 * @param fyLabel            whether "FY24" is the year that starts in 2024 (IIJ) or ends in 2024
 * @param yearEndDay         the day the fiscal year (and each of its months) ends on, 1..30; 0 for the last day
 *                           of the month (most companies). A 12月20日 year end runs 12月21日 to 12月20日.
 */
public record FiscalCalendar(int fiscalYearEndMonth, FyLabel fyLabel, int yearEndDay) {

    public enum FyLabel { START_YEAR, END_YEAR }

    public FiscalCalendar {
        if (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12)
            throw new IllegalArgumentException("fiscal year end month " + fiscalYearEndMonth);
        if (fyLabel == null) throw new NullPointerException("fyLabel");
        if (yearEndDay < 0 || yearEndDay > 30) throw new IllegalArgumentException("fiscal year end day " + yearEndDay);
    }

    /** A calendar whose fiscal months end on the last day of the month. */
    public FiscalCalendar(int fiscalYearEndMonth, FyLabel fyLabel) {
        this(fiscalYearEndMonth, fyLabel, 0);
    }

    /** The common Japanese calendar: year ends in March, "FY24" starts in April 2024. */
    public static FiscalCalendar march() { return new FiscalCalendar(3, FyLabel.START_YEAR); }

    /** The year-month in which the fiscal year labelled {@code labelYear} ("FY24" → 2024) ends. */
    public YearMonth fiscalYearEndOfLabel(int labelYear) {
        // with a December year end the year starts and ends in the same calendar year
        if (fyLabel == FyLabel.END_YEAR || fiscalYearEndMonth == 12) return YearMonth.of(labelYear, fiscalYearEndMonth);
        return YearMonth.of(labelYear + 1, fiscalYearEndMonth);
    }

    /** The year-month in which the fiscal year containing {@code date} ends. */
    public YearMonth fiscalYearEndOf(LocalDate date) {
        // with a 20th-day calendar, 12月25日 already belongs to the fiscal month that ends on 1月20日
        LocalDate d = yearEndDay == 0 || date.getDayOfMonth() <= yearEndDay ? date
                : date.withDayOfMonth(1).plusMonths(1);
        return PeriodParser.fiscalYearEnd(d, fiscalYearEndMonth);
    }

    /** The last day of the fiscal month named by the calendar month {@code ym} (2022-12 → 2022-12-20). */
    public LocalDate monthEnd(YearMonth ym) {
        return yearEndDay == 0 ? ym.atEndOfMonth() : ym.atDay(Math.min(yearEndDay, ym.lengthOfMonth()));
    }

    /** The first day of the fiscal month named by {@code ym} (2022-12 → 2022-11-21). */
    public LocalDate monthStart(YearMonth ym) {
        return yearEndDay == 0 ? ym.atDay(1) : monthEnd(ym.minusMonths(1)).plusDays(1);
    }

    /** The fiscal year that ends in {@code fyEnd}. */
    public Period fiscalYear(YearMonth fyEnd) {
        return part(Span.FY, fyEnd, 1, 12);
    }

    /** A part of the fiscal year ending {@code fyEnd}: its months {@code fromMonth..toMonth}, counted from 1. */
    public Period part(Span span, YearMonth fyEnd, int fromMonth, int toMonth) {
        YearMonth first = fyEnd.minusMonths(11);
        return new Period(span, monthStart(first.plusMonths(fromMonth - 1L)), monthEnd(first.plusMonths(toMonth - 1L)),
                fyEnd);
    }

    /** The balance at the end of the fiscal year ending {@code fyEnd}. */
    public Period yearEnd(YearMonth fyEnd) {
        return Period.instant(monthEnd(fyEnd), fyEnd);
    }
}
