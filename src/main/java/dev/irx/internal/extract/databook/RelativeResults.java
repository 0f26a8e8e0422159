package dev.irx.internal.extract.databook;

import dev.irx.model.Period;
import dev.irx.internal.normalize.PeriodParser;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 「前期実績」「当期実績」 printed under the years they restate (「2021年9月期」 over 「前期実績」): the year gives the period, and
 * the relative word must agree with it — every 前期 column's year one before every 当期 column's. A header where they
 * disagree is misprinted, and which word is wrong no rule tells.
 */
public final class RelativeResults {

    /** A result sub-header, bare or relative. */
    static final Pattern RESULT = Pattern.compile("^(?:(前期|当期)|前年同期)?実績$");

    private RelativeResults() {}

    /**
     * Whether the relative result words agree with the years printed over them.
     *
     * @param headers each column's header words, folded
     */
    public static boolean agree(List<List<String>> headers, PeriodParser periods) {
        YearMonth current = null, prior = null;
        for (List<String> words : headers) {
            String relative = null;
            YearMonth year = null;
            for (String w : words) {
                Matcher m = RESULT.matcher(w);
                if (m.matches() && m.group(1) != null) relative = m.group(1);
                Optional<Period> p = periods.parse(w);
                if (p.isPresent() && p.get().fiscalYearEnd() != null && !w.contains("実績")) year = p.get().fiscalYearEnd();
            }
            if (relative == null || year == null) continue;
            if (relative.equals("当期")) {
                if (current != null && !current.equals(year)) return false;
                current = year;
            } else {
                if (prior != null && !prior.equals(year)) return false;
                prior = year;
            }
        }
        return current == null || prior == null || prior.plusYears(1).equals(current);
    }
}
