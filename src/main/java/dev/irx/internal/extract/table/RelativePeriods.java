package dev.irx.internal.extract.table;

import dev.irx.model.Period;
import dev.irx.internal.normalize.FiscalCalendar;

import java.time.LocalDate;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Periods prose names relative to the one it is about: in a section on 26/3期1Q, 「前期末の受注残」 is the
 * balance at the end of 25/3期 and 「前々期末」 the one a year before. Only whole fiscal years and their
 * ends are read; anything finer (「前年同期」) is left to the caller, which must then not guess.
 */
public final class RelativePeriods {

    private static final Pattern RELATIVE = Pattern.compile("^(当|前|前々)期(末)?(?:時点)?$");
    /** Words that make a phrase relative to some period; a phrase with one that is not read has no period. */
    private static final Pattern RELATIVE_WORD = Pattern.compile("当期|前期|前々期|前年|翌期|来期|次期|同期|今期");

    private RelativePeriods() {}

    /** The period {@code phrase} (「前期末」「前々期」「当期末」) names, seen from {@code about}. */
    public static Optional<Period> resolve(String phrase, Period about, FiscalCalendar calendar) {
        if (about == null) return Optional.empty();
        Matcher m = RELATIVE.matcher(phrase.strip());
        if (!m.matches()) return Optional.empty();
        int back = switch (m.group(1)) {
            case "当" -> 0;
            case "前" -> 1;
            default -> 2;
        };
        YearMonth fyEnd = about.fiscalYearEnd().minusYears(back);
        return Optional.of(m.group(2) != null ? calendar.yearEnd(fyEnd) : calendar.fiscalYear(fyEnd));
    }

    /**
     * 「前年同期」 seen from {@code about}: the same span a year before (26/3期1Q → 25/3期1Q). Only where the caller knows the
     * phrase names a time earlier than a figure of {@code about}, as in 「前年同期の6.2%から7.9%へ」.
     */
    public static Optional<Period> sameTimeYearBefore(String phrase, Period about) {
        if (about == null || !phrase.strip().equals("前年同期") || about.isInstant()) return Optional.empty();
        // a month's last day stays the last (2024-02-29 → 2023-02-28); a 20th stays the 20th
        LocalDate end = about.end().minusYears(1);
        if (about.end().getDayOfMonth() == about.end().lengthOfMonth()) end = end.withDayOfMonth(end.lengthOfMonth());
        return Optional.of(new Period(about.span(), about.start().minusYears(1), end,
                about.fiscalYearEnd().minusYears(1)));
    }

    /** Whether a phrase names a period relative to another one (and so must not be read as the context's). */
    public static boolean isRelative(String phrase) {
        return RELATIVE_WORD.matcher(phrase).find();
    }
}
