package dev.irx.normalize;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A company's fiscal year: the month it ends and how its short labels ("FY24", "1Q25") name the year.
 *
 * @param fiscalYearEndMonth 1..12; 3 for a March year end
 * @param fyLabel            whether "FY24" is the year that starts in 2024 (IIJ) or ends in 2024
 */
public record FiscalCalendar(int fiscalYearEndMonth, FyLabel fyLabel) {

    public enum FyLabel { START_YEAR, END_YEAR }

    public FiscalCalendar {
        if (fiscalYearEndMonth < 1 || fiscalYearEndMonth > 12)
            throw new IllegalArgumentException("fiscal year end month " + fiscalYearEndMonth);
        if (fyLabel == null) throw new NullPointerException("fyLabel");
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
        return PeriodParser.fiscalYearEnd(date, fiscalYearEndMonth);
    }
}
