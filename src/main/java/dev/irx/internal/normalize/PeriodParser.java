package dev.irx.internal.normalize;

import dev.irx.model.Period;
import dev.irx.model.Span;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads period expressions (「2024年3月期」, 「24/3期末」, "FY24", "1Q25", 「第2四半期累計」,
 * 「2025年4月~6月」) into {@link Period}s. Anything ambiguous reads as nothing.
 */
public final class PeriodParser {

    private final FiscalCalendar calendar;
    private final TwoDigitYears years;

    /** A parser for text dated in the western calendar: 「24年3月期」 is 2024. */
    public PeriodParser(FiscalCalendar calendar) {
        this(calendar, TwoDigitYears.western());
    }

    /** A parser for one document, whose eras and own year decide what 「25年12月期」 means. */
    public PeriodParser(FiscalCalendar calendar, TwoDigitYears years) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.years = Objects.requireNonNull(years, "years");
    }

    public FiscalCalendar calendar() { return calendar; }

    /** The document's reading of two-digit years, with those it refused. */
    public TwoDigitYears twoDigitYears() { return years; }

    // ---- patterns (applied to TextNormalizer.fold output; " ?" tolerates a space the PDF left) ----

    private static final String ERA_YEAR = "(?<era>平成|令和|昭和) ?(?<eraYear>元|\\d{1,2})";

    /** A sub-period after 「…期」 or alone: 通期, 第N四半期(累計), 上期, 下期 ... optionally ending in 末. */
    private static final String TAIL = "(?<tail>通期|第 ?(?<q>[1-4]) ?四半期"
            + "(?<cum> ?\\(累計\\)| ?累計期間| ?累計| ?連結累計期間)?(?: ?(?:連結)?会計期間)?"
            + "|上半期|上期|中間期|中間連結会計期間|下半期|下期)(?<tend>末)?";

    /** After 「…期」 a quarter may also be written 「1Q」 (FISCO's 「25/3期1Q」, 「26/3期1Q末」). */
    private static final String TAIL_AFTER_KI = TAIL.replace("(?<tail>通期|",
            "(?<tail>通期|(?<qq>[1-4]) ?Q(?<qcum> ?累計)?(?![A-Za-z0-9])|");

    private static final Pattern JP = Pattern.compile("(?<!\\d)(?:" + ERA_YEAR + "|(?<year>\\d{4}|\\d{1,2})) ?年 ?"
            + "(?<month>\\d{1,2}) ?月 ?(?:(?<ki>期)(?:(?<kimatsu>末)|(?: ?" + TAIL_AFTER_KI + ")?)"
            + "|(?<matsu>末)|(?<day>\\d{1,2}) ?日 ?(?:現在|時点))");

    private static final Pattern SLASH = Pattern.compile("(?<![\\d/])(?<year>\\d{4}|\\d{2})/(?<month>\\d{1,2}) ?"
            + "(?:(?<ki>期)(?:(?<kimatsu>末)|(?: ?" + TAIL_AFTER_KI + ")?)|(?<matsu>末))");

    /**
     * 「2025年度」: the fiscal year that begins in 2025, with the parts a deck prints after it (「2025年度 3Q累計」,
     * 「2025年度上期」). Read only where the calendar makes it certain (see {@link #nendo}).
     */
    private static final Pattern NENDO = Pattern.compile("(?<![\\d/])(?:" + ERA_YEAR + "|(?<year>\\d{4})) ?年度"
            + "(?: ?" + TAIL_AFTER_KI + ")?");

    /** Half-year words; the Latin forms must not run into a longer token ("1H" in "21H3"). */
    private static final String HALF = "上半期|上期|下半期|下期|(?<![A-Za-z\\d])(?:1H|2H|H1|H2)(?![A-Za-z\\d])";

    private static final Pattern FY = Pattern.compile("(?<![A-Za-z])FY ?(?<year>\\d{4}|\\d{2})(?!\\d)"
            + "(?: ?(?<half>" + HALF + "|通期)| ?(?<fq>[1-4]Q|Q[1-4])(?!\\d)(?<fqcum> ?累計)?|(?<fymatsu>末))?");

    private static final Pattern HALF_FY = Pattern.compile("(?<half>" + HALF + ") ?FY ?"
            + "(?<year>\\d{4}|\\d{2})(?!\\d)");

    /** "1Q25"; in run-together chart labels ("1Q254Q24") the next label's digit may follow. */
    private static final Pattern QUARTER = Pattern.compile("(?<![A-Za-z])(?<q>[1-4])Q"
            + "(?:(?<y4>\\d{4})(?![\\dQ])|(?<year>\\d{2})(?!\\d(?!Q)))(?<matsu>末)?");

    private static final String DATE = "(?:(?:平成|令和|昭和) ?(?:元|\\d{1,2})|\\d{4}|\\d{1,2}) ?年 ?\\d{1,2} ?月(?! ?期)(?: ?\\d{1,2} ?日)?";
    private static final String DATE_NO_YEAR = "(?:(?:(?:平成|令和|昭和) ?(?:元|\\d{1,2})|\\d{4}|\\d{1,2}) ?年 ?)?"
            + "\\d{1,2} ?月(?! ?期)(?: ?\\d{1,2} ?日)?";
    private static final Pattern RANGE = Pattern.compile("(?<!\\d)(?:自 ?)?(?<d1>" + DATE + ") ?(?:~|から|-|至) ?"
            + "(?<d2>" + DATE_NO_YEAR + ")(?: ?まで)?");
    private static final Pattern DATE_PART = Pattern.compile("(?:(?:" + ERA_YEAR + "|(?<year>\\d{4}|\\d{1,2})) ?年 ?)?"
            + "(?<month>\\d{1,2}) ?月(?: ?(?<day>\\d{1,2}) ?日)?");

    /** Year-less sub-periods; only read when the caller gives the fiscal year. */
    private static final Pattern ALONE = Pattern.compile(TAIL);

    /** A sub-period word right after a period we did not consume: reading only the year would be wrong. */
    private static final Pattern DANGLING = Pattern.compile("^ ?(?:第 ?\\d|四半期|上半?期|下半?期|中間|累計|\\(累計"
            + "|[1-4]Q(?!\\d)|Q[1-4]|[12]H|H[12]|末|通期)");

    /** Words that may surround a period in a header without changing it. */
    private static final Pattern IGNORABLE = Pattern.compile("実績|計画|見通し|予想|予算|目標|修正|連結|単体|決算"
            + "|会計年度|業績|期初|当初|[()\\[\\]「」『』【】・:、,. ]");

    private enum Kind { OTHER, HALF_SUFFIX, HALF_PREFIX }

    /** A candidate reading; period null means "recognised but invalid": it blocks, never falls back. */
    private record Cand(int start, int end, Period period, Kind kind) {
        int length() { return end - start; }
    }

    // ---- public API ----

    /** Reads ONE period expression; empty when there is none, more than one, or anything unexplained. */
    public Optional<Period> parse(String text) {
        return parse(text, null);
    }

    /** Like {@link #parse(String)}; year-less forms (通期, 第2四半期, 上期) take {@code contextFiscalYearEnd}. */
    public Optional<Period> parse(String text, YearMonth contextFiscalYearEnd) {
        if (text == null) return Optional.empty();
        String t = TextNormalizer.fold(text);
        List<Cand> chosen = select(candidates(t, contextFiscalYearEnd));
        if (chosen.size() != 1 || chosen.get(0).period() == null) return Optional.empty();
        Cand c = chosen.get(0);
        String rest = t.substring(0, c.start()) + " " + t.substring(c.end());
        if (!IGNORABLE.matcher(rest).replaceAll("").isEmpty()) return Optional.empty();
        return Optional.of(c.period());
    }

    /** Every period in a line (a table header), in order, with its place in the folded line. */
    public List<PeriodMatch> findAll(String text) {
        return findAll(text, null);
    }

    /** Like {@link #findAll(String)}; year-less forms take {@code contextFiscalYearEnd} when it is not null. */
    public List<PeriodMatch> findAll(String text, YearMonth contextFiscalYearEnd) {
        List<PeriodMatch> out = new ArrayList<>();
        if (text == null) return out;
        String t = TextNormalizer.fold(text);
        for (Cand c : select(candidates(t, contextFiscalYearEnd))) {
            if (c.period() != null) out.add(new PeriodMatch(c.period(), c.start(), c.end(), t.substring(c.start(), c.end())));
        }
        return out;
    }

    /** The year-month in which the fiscal year containing {@code date} ends. */
    public static YearMonth fiscalYearEnd(LocalDate date, int fyEndMonth) {
        return date.getMonthValue() <= fyEndMonth
                ? YearMonth.of(date.getYear(), fyEndMonth)
                : YearMonth.of(date.getYear() + 1, fyEndMonth);
    }

    // ---- candidates ----

    private List<Cand> candidates(String t, YearMonth ctx) {
        List<Cand> cs = new ArrayList<>();
        for (Matcher m = JP.matcher(t); m.find(); ) cs.add(cand(m, t, jp(m), Kind.OTHER, m.group("ki") != null && m.group("tail") == null && m.group("kimatsu") == null));
        for (Matcher m = SLASH.matcher(t); m.find(); ) cs.add(cand(m, t, slash(m), Kind.OTHER, m.group("ki") != null && m.group("tail") == null && m.group("kimatsu") == null));
        for (Matcher m = FY.matcher(t); m.find(); ) {
            Kind k = m.group("half") != null && !m.group("half").equals("通期") ? Kind.HALF_SUFFIX : Kind.OTHER;
            boolean bare = m.group("half") == null && m.group("fq") == null && m.group("fymatsu") == null;
            cs.add(cand(m, t, fy(m), k, bare));
        }
        for (Matcher m = NENDO.matcher(t); m.find(); ) cs.add(cand(m, t, nendo(m), Kind.OTHER, m.group("tail") == null));
        for (Matcher m = HALF_FY.matcher(t); m.find(); ) cs.add(cand(m, t, halfFy(m), Kind.HALF_PREFIX, false));
        for (Matcher m = QUARTER.matcher(t); m.find(); ) cs.add(cand(m, t, quarter(m), Kind.OTHER, m.group("matsu") == null));
        for (Matcher m = RANGE.matcher(t); m.find(); ) cs.add(cand(m, t, range(m), Kind.OTHER, false));
        if (ctx != null) {
            for (Matcher m = ALONE.matcher(t); m.find(); ) cs.add(cand(m, t, tail(m, ctx), Kind.OTHER, false));
        }
        return cs;
    }

    private static Cand cand(Matcher m, String t, Optional<Period> p, Kind kind, boolean checkDangling) {
        Period period = p.orElse(null);
        if (checkDangling && DANGLING.matcher(t.substring(m.end())).find()) period = null;
        return new Cand(m.start(), m.end(), period, kind);
    }

    /** Leftmost, then longest, non-overlapping candidates; half-year labels read in one style per line. */
    private static List<Cand> select(List<Cand> cs) {
        List<Cand> prefix = cs.stream().filter(c -> c.kind() == Kind.HALF_PREFIX).toList();
        List<Cand> suffix = cs.stream().filter(c -> c.kind() == Kind.HALF_SUFFIX).toList();
        boolean clash = prefix.stream().anyMatch(p -> suffix.stream().anyMatch(s -> overlap(p, s)));
        List<Cand> all = new ArrayList<>(cs);
        if (clash) {
            // "上期FY23下期FY23" vs "FY24下期FY24上期": the style that explains more labels wins; a tie is unreadable
            if (prefix.size() > suffix.size()) all.removeAll(suffix);
            else if (suffix.size() > prefix.size()) all.removeAll(prefix);
            else {
                all.removeAll(prefix);
                all.removeAll(suffix);
                for (Cand c : prefix) all.add(new Cand(c.start(), c.end(), null, c.kind()));
                for (Cand c : suffix) all.add(new Cand(c.start(), c.end(), null, c.kind()));
            }
        }
        all.sort(Comparator.comparingInt(Cand::start).thenComparing(Comparator.comparingInt(Cand::length).reversed()));
        List<Cand> out = new ArrayList<>();
        int lastEnd = -1;
        for (Cand c : all) {
            if (c.start() < lastEnd) continue;
            out.add(c);
            lastEnd = c.end();
        }
        return out;
    }

    private static boolean overlap(Cand a, Cand b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    // ---- readings ----

    private Optional<Period> jp(Matcher m) {
        Integer year = year(m);
        int month = Integer.parseInt(m.group("month"));
        if (year == null || month < 1 || month > 12) return Optional.empty();
        YearMonth ym = YearMonth.of(year, month);
        if (m.group("ki") != null) return yearEnding(ym, m);
        if (m.group("matsu") != null) return Optional.of(instant(ym.atEndOfMonth()));
        try {
            return Optional.of(instant(LocalDate.of(year, month, Integer.parseInt(m.group("day")))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private Optional<Period> slash(Matcher m) {
        Integer year = digits(m.group("year"), false);
        int month = Integer.parseInt(m.group("month"));
        if (year == null || month < 1 || month > 12) return Optional.empty();
        YearMonth ym = YearMonth.of(year, month);
        if (m.group("ki") != null) return yearEnding(ym, m);
        return Optional.of(instant(ym.atEndOfMonth()));
    }

    /** 「…年M月期」: the printed month is the year end, whatever the calendar says. */
    private Optional<Period> yearEnding(YearMonth fyEnd, Matcher m) {
        if (m.group("kimatsu") != null) return Optional.of(calendar.yearEnd(fyEnd));
        if (m.group("tail") == null) return Optional.of(calendar.fiscalYear(fyEnd));
        return tail(m, fyEnd);
    }

    /** The quarter digit of 「第N四半期」 or, after 「…期」, of 「NQ」. */
    private static String quarterGroup(Matcher m) {
        if (m.group("q") != null) return m.group("q");
        return m.pattern().pattern().contains("(?<qq>") ? m.group("qq") : null;
    }

    /** 「3Q累計」 after the year (the NQ form of a quarter, summed from the year's start). */
    private static boolean quarterCumulative(Matcher m) {
        return m.pattern().pattern().contains("(?<qcum>") && m.group("qcum") != null;
    }

    private Optional<Period> tail(Matcher m, YearMonth fyEnd) {
        String tail = m.group("tail");
        boolean end = m.group("tend") != null;
        Period p;
        if (tail.equals("通期")) {
            p = calendar.fiscalYear(fyEnd);
        } else if (quarterGroup(m) != null) {
            int q = Integer.parseInt(quarterGroup(m));
            if (m.group("cum") != null || quarterCumulative(m)) {
                if (end) return Optional.empty();
                p = toDate(fyEnd, q);
            } else {
                p = quarterOf(fyEnd, q);
            }
        } else if (tail.startsWith("上") || tail.startsWith("中間")) {
            p = calendar.part(Span.H1, fyEnd, 1, 6);
        } else {
            p = calendar.part(Span.H2, fyEnd, 7, 12);
        }
        return Optional.of(end ? Period.instant(p.end(), fyEnd) : p);
    }

    private Optional<Period> fy(Matcher m) {
        int label = twoDigit(Integer.parseInt(m.group("year")));
        if (!plausible(label)) return Optional.empty();
        YearMonth fyEnd = calendar.fiscalYearEndOfLabel(label);
        if (m.group("fymatsu") != null) return Optional.of(calendar.yearEnd(fyEnd));
        if (m.group("fq") != null) {
            int q = Integer.parseInt(m.group("fq").replace("Q", ""));
            return Optional.of(m.group("fqcum") != null ? toDate(fyEnd, q) : quarterOf(fyEnd, q));
        }
        if (m.group("half") == null || m.group("half").equals("通期")) return Optional.of(calendar.fiscalYear(fyEnd));
        return Optional.of(half(fyEnd, m.group("half")));
    }

    /**
     * 「N年度」 is the fiscal year that begins in N: it ends in December N, or in January to March of N+1. A year
     * ending in another month has no settled reading of 年度 (its first months fall in N−1 or N), so it is left
     * unread (a blocking candidate) rather than guessed.
     */
    private Optional<Period> nendo(Matcher m) {
        Integer start = year(m);
        if (start == null) return Optional.empty();
        int month = calendar.fiscalYearEndMonth();
        YearMonth fyEnd;
        if (month == 12) fyEnd = YearMonth.of(start, 12);
        else if (month <= 3) fyEnd = YearMonth.of(start + 1, month);
        else return Optional.empty();
        if (m.group("tail") == null) return Optional.of(calendar.fiscalYear(fyEnd));
        return tail(m, fyEnd);
    }

    /** The fiscal year's first {@code q} quarters together: 3Q累計 is the nine months. */
    private Period toDate(YearMonth fyEnd, int q) {
        return switch (q) {
            case 1 -> calendar.part(Span.Q1, fyEnd, 1, 3);
            case 2 -> calendar.part(Span.H1, fyEnd, 1, 6);
            case 3 -> calendar.part(Span.Q1_Q3, fyEnd, 1, 9);
            default -> calendar.fiscalYear(fyEnd);
        };
    }

    private Optional<Period> halfFy(Matcher m) {
        int label = twoDigit(Integer.parseInt(m.group("year")));
        if (!plausible(label)) return Optional.empty();
        return Optional.of(half(calendar.fiscalYearEndOfLabel(label), m.group("half")));
    }

    private Period half(YearMonth fyEnd, String half) {
        boolean first = half.startsWith("上") || half.equals("1H") || half.equals("H1");
        return first ? calendar.part(Span.H1, fyEnd, 1, 6) : calendar.part(Span.H2, fyEnd, 7, 12);
    }

    private Optional<Period> quarter(Matcher m) {
        String y = m.group("y4") != null ? m.group("y4") : m.group("year");
        int label = twoDigit(Integer.parseInt(y));
        if (!plausible(label)) return Optional.empty();
        YearMonth fyEnd = calendar.fiscalYearEndOfLabel(label);
        Period q = quarterOf(fyEnd, Integer.parseInt(m.group("q")));
        return Optional.of(m.group("matsu") != null ? Period.instant(q.end(), fyEnd) : q);
    }

    private Period quarterOf(YearMonth fyEnd, int q) {
        Span s = switch (q) { case 1 -> Span.Q1; case 2 -> Span.Q2; case 3 -> Span.Q3; default -> Span.Q4; };
        return calendar.part(s, fyEnd, 3 * q - 2, 3 * q);
    }

    /**
     * An explicit range: only whole fiscal months that line up with the fiscal calendar become a period. Days,
     * when printed, must be where the calendar's months begin and end (1日/末日, or 21日/20日 for a 20th-day year end).
     */
    private Optional<Period> range(Matcher m) {
        Matcher a = DATE_PART.matcher(m.group("d1"));
        Matcher b = DATE_PART.matcher(m.group("d2"));
        if (!a.matches() || !b.matches()) return Optional.empty();
        Integer y1 = year(a);
        if (y1 == null) return Optional.empty();
        int m1 = Integer.parseInt(a.group("month"));
        int m2 = Integer.parseInt(b.group("month"));
        if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12) return Optional.empty();
        Integer y2 = b.group("year") != null || b.group("era") != null ? year(b) : Integer.valueOf(m2 < m1 ? y1 + 1 : y1);
        if (y2 == null) return Optional.empty();
        YearMonth from = YearMonth.of(y1, m1);
        YearMonth to = YearMonth.of(y2, m2);
        if (a.group("day") != null) {
            // 「12月21日」 opens the fiscal month named after the next calendar month (it ends on 1月20日)
            LocalDate start = day(from, a.group("day"));
            if (start != null && calendar.monthStart(from.plusMonths(1)).equals(start)) from = from.plusMonths(1);
            else if (start == null || !calendar.monthStart(from).equals(start)) return Optional.empty();
        }
        if (b.group("day") != null && !calendar.monthEnd(to).equals(day(to, b.group("day")))) return Optional.empty();
        if (to.isBefore(from)) return Optional.empty();
        long months = from.until(to, java.time.temporal.ChronoUnit.MONTHS) + 1;
        if (months == 12) return Optional.of(calendar.fiscalYear(to));
        YearMonth fyEnd = calendar.fiscalYearEndOf(calendar.monthEnd(to));
        long index = fyEnd.minusMonths(11).until(from, java.time.temporal.ChronoUnit.MONTHS); // 0 = first month
        int f = (int) index + 1;
        int l = (int) (index + months);
        if (index < 0) return Optional.empty();
        if (months == 3 && index % 3 == 0) return Optional.of(quarterOf(fyEnd, f / 3 + 1));
        if (months == 6 && index == 0) return Optional.of(calendar.part(Span.H1, fyEnd, f, l));
        if (months == 6 && index == 6) return Optional.of(calendar.part(Span.H2, fyEnd, f, l));
        if (months == 9 && index == 0) return Optional.of(calendar.part(Span.Q1_Q3, fyEnd, f, l));
        return Optional.empty();
    }

    // ---- small helpers ----

    private static LocalDate day(YearMonth ym, String day) {
        int d = Integer.parseInt(day);
        return ym.isValidDay(d) ? ym.atDay(d) : null;
    }

    private Period instant(LocalDate d) {
        return Period.instant(d, calendar.fiscalYearEndOf(d));
    }

    /** Year from an era ("平成28", "令和元") or digits ("2024", or "24" as the document's years read); null when implausible. */
    private Integer year(Matcher m) {
        int y;
        if (m.group("era") != null) {
            String n = m.group("eraYear");
            int k = n.equals("元") ? 1 : Integer.parseInt(n);
            if (k < 1) return null;
            y = switch (m.group("era")) {
                case "平成" -> 1988 + k;
                case "令和" -> 2018 + k;
                default -> 1925 + k;
            };
        } else if (m.group("year") != null) {
            Integer d = digits(m.group("year"), true);
            if (d == null) return null;
            y = d;
        } else {
            return null;
        }
        return plausible(y) ? y : null;
    }

    /**
     * A year printed in digits: four as they stand, two as the document's {@link TwoDigitYears} read them, one
     * (「4年9月期」) only as a year of an era the document states.
     */
    private Integer digits(String printed, boolean kanjiForm) {
        int y = Integer.parseInt(printed);
        if (printed.length() > 2) return plausible(y) ? y : null;
        if (printed.length() == 1) {
            java.util.OptionalInt r = years.resolveEraYear(y);
            return r.isPresent() && plausible(r.getAsInt()) ? r.getAsInt() : null;
        }
        java.util.OptionalInt r = years.resolve(y, kanjiForm);
        return r.isPresent() && plausible(r.getAsInt()) ? r.getAsInt() : null;
    }

    /** Latin labels' two-digit years ("FY24", "1Q25") are 20xx. */
    private static int twoDigit(int y) {
        return y < 100 ? 2000 + y : y;
    }

    private static boolean plausible(int y) {
        return y >= 1926 && y <= 2199;
    }
}
