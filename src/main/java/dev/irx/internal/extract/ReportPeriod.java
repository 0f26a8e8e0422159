package dev.irx.internal.extract;

import dev.irx.model.DocumentKind;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.PeriodParser;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The period a 決算短信 reports on, which its body calls 当期, 当連結会計年度 or 当第2四半期連結累計期間. The form states
 * it in full beside its first results grid (「1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）」); the
 * title alone (「2023年3月期 第2四半期決算短信」) gives it where that line was not read. A 短信 reports the year to
 * date, so a quarterly title names the months from the year's start.
 */
public final class ReportPeriod {

    private ReportPeriod() {}

    /** The period the form's own heading states, from its first day to its last. */
    public static Optional<Period> stated(LocalDate from, LocalDate to, Period named) {
        if (named == null || named.fiscalYearEnd() == null || from.isAfter(to)) return Optional.empty();
        int months = (int) ChronoUnit.MONTHS.between(from, to.plusDays(1));
        Span span = switch (months) {
            case 3 -> Span.Q1;
            case 6 -> named.span() == Span.FY ? Span.FY : Span.H1; // a REIT's whole period is six months
            case 9 -> Span.Q1_Q3;
            case 12 -> Span.FY;
            default -> null;
        };
        if (span == null || !to.equals(named.end())) return Optional.empty();
        return Optional.of(new Period(span, from, to, named.fiscalYearEnd()));
    }

    /** The period a 短信's title names, as the year to date; empty for other documents or a title without one. */
    static Optional<Period> fromTitle(DocumentKind kind, String title, PeriodParser periods) {
        if (kind != DocumentKind.KESSAN_TANSHIN || title == null) return Optional.empty();
        if (title.contains("REIT")) return Optional.empty(); // a REIT's period is not a year; only its heading says
        var found = periods.findAll(title);
        if (found.size() != 1) return Optional.empty();
        Period p = found.get(0).period();
        if (p.fiscalYearEnd() == null) return Optional.empty();
        return Optional.of(switch (p.span()) {
            case Q2 -> YearParts.part(periods.calendar(), Span.H1, p.fiscalYearEnd());
            case Q3 -> YearParts.part(periods.calendar(), Span.Q1_Q3, p.fiscalYearEnd());
            default -> p;
        });
    }
}
