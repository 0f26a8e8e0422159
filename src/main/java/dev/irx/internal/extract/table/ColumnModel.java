package dev.irx.internal.extract.table;

import dev.irx.internal.extract.YearParts;
import dev.irx.model.Basis;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.PeriodParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rebuilds a table's columns from its header lines, as Japanese IR tables print them: a top row of
 * groups (periods, 前期比, 前回予想, 予想比) over a second row of sub-headers (実績 売上比 | 増減額 増減率 |
 * 達成額 達成率). Each group takes the sub-headers it can hold, in order; a group with none is one column.
 * A period group may hold its own change column (「25/3期 | 実績 前期比」) and several values of its year
 * (「25/3期 | 上期実績 通期実績」). A header that cannot be explained completely yields no model: better
 * no table than wrong columns.
 */
public final class ColumnModel {

    /** A value sub-header, optionally naming the part of the year: 実績, 予想, 上期実績, 通期予想. */
    private static final Pattern VALUE_SUB = Pattern.compile("^(?=.)(?<part>上期|上半期|中間期|下期|下半期|通期"
            + "|[1-4]Q累計|[1-4]Q|第[1-4]四半期累計|第[1-4]四半期)?"
            + "(?<basis>実績|予想|計画|見通し|予算|会社予想)?$");
    private static final Set<String> RATIO_SUBS = Set.of("売上比", "売上高比", "構成比", "売上構成比", "利益率");
    private static final Set<String> CHANGE_TOPS = Set.of("前期比", "前年同期比", "前年比", "前期差", "前年同期差", "前年差",
            "増減", "YoY", "対前期", "対前年", "前期比増減");
    private static final Set<String> CHANGE_SUBS = Set.of("増減額", "増減率", "増減", "増減率(%)", "差額", "率");
    /** Change sub-headers a period group may hold itself when no 前期比 group stands after it. */
    private static final Set<String> OWN_CHANGE_SUBS = Set.of("前期比", "前年同期比", "前年比", "増減率", "増減額",
            "増減", "YoY", "前年差", "前期差", "前年同期差");
    private static final Set<String> PRIOR_TOPS = Set.of("前回予想", "前回発表予想", "期初予想", "修正前予想",
            "前回計画", "期初計画");
    private static final Set<String> VS_FORECAST_TOPS = Set.of("予想比", "計画比", "前回予想比", "期初予想比",
            "予想差", "計画差", "前回予想差", "前回発表予想比", "前回発表予想差", "期初計画比", "期初計画差");
    /**
     * A value column named relative to the period the table's title names (「2023年3月期 通期業績予想」): 当期実績 and
     * 今回発表予想 are that period, 前期実績 the fiscal year before it, 前年同期実績 the same span a year before.
     */
    private static final Pattern RELATIVE_VALUE = Pattern.compile("^(?:(?<actual>当期|今期|前期|前年同期)実績"
            + "|(?<plan>当期|今期)(?:計画|予想)|今回(?:発表|修正)?予想|修正予想)$");
    private static final Set<String> VS_FORECAST_SUBS = Set.of("達成額", "達成率", "増減額", "増減率", "差額");
    private static final List<String> BASIS_SUFFIXES = List.of("期初予想", "会社予想", "実績", "予想", "計画",
            "見通し", "予算");
    /** 「26/3期(予想)」「(予)」: a basis in brackets after the period. */
    private static final Pattern BRACKETED_BASIS = Pattern.compile("\\((予想|予|計画|見通し|実績|見込み?)\\)$");
    /**
     * The months a column covers, printed under it and often broken over two lines: 「(4月～9月)」, 「(4月～9」
     * over 「月)」. It restates the column's period and is dropped.
     */
    private static final Pattern MONTH_GLOSS = Pattern.compile("^\\(\\d{1,2}月[～~-]\\d{0,2}(月\\))?$|^\\d{0,2}月\\)$");
    /** A part of the year printed as its own word after the period: 「26/3期 上期」. */
    private static final Set<String> YEAR_PARTS = Set.of("上期", "上半期", "中間期", "下期", "下半期", "通期");
    /** A quarter, or the quarters to date, printed as its own word after the year: 「2025年度 3Q累計」. */
    private static final Pattern QUARTER_PART = Pattern.compile("^(?:(?<n>[1-4])Q|第(?<k>[1-4])四半期)(?<cum>累計)?$");

    private enum GroupKind { PERIOD, CHANGE, PRIOR, VS_FORECAST }

    private static final class Group {
        final GroupKind kind;
        final String header;
        final Period period;
        final Basis basis;
        final List<String> subs = new ArrayList<>();
        /** A ratio column printed in the top header row beside the period (「24/3期 構成比」). */
        String topRatio;

        Group(GroupKind kind, String header, Period period, Basis basis) {
            this.kind = kind;
            this.header = header;
            this.period = period;
            this.basis = basis;
        }

        boolean accepts(String sub, boolean changeGroupAhead) {
            switch (kind) {
                case PERIOD:
                    Matcher v = VALUE_SUB.matcher(sub);
                    if (v.matches()) {
                        // One value per part of the year; a plain 「予想」 after 「上期実績 通期実績」 is the next group's.
                        String part = v.group("part") == null ? "" : v.group("part");
                        List<String> parts = subs.stream().map(VALUE_SUB::matcher).filter(Matcher::matches)
                                .map(o -> o.group("part") == null ? "" : o.group("part")).toList();
                        return !parts.contains(part) && (parts.isEmpty() || !part.isEmpty());
                    }
                    if (RATIO_SUBS.contains(sub)) return subs.stream().noneMatch(RATIO_SUBS::contains);
                    if (!changeGroupAhead && OWN_CHANGE_SUBS.contains(sub)) {
                        return subs.stream().noneMatch(sub::equals);
                    }
                    return false;
                case CHANGE:
                    return CHANGE_SUBS.contains(sub) && !subs.contains(sub) && subs.size() < 2;
                case VS_FORECAST:
                    return VS_FORECAST_SUBS.contains(sub) && !subs.contains(sub) && subs.size() < 2;
                default:
                    return false;
            }
        }
    }

    private ColumnModel() {}

    /**
     * @param headerLines folded header lines, top to bottom
     * @param titleSaysForecast whether the table's title calls it a forecast (…業績予想)
     * @param titlePeriod the period named in the title, if any
     * @return the columns, or empty with the reason in {@code why}
     */
    static Optional<List<Column>> build(List<String> headerLines, PeriodParser periods, boolean titleSaysForecast,
                                        Period titlePeriod, StringBuilder why) {
        List<String> tokens = new ArrayList<>();
        List<String> subLine = List.of();
        for (int i = 0; i < headerLines.size(); i++) {
            List<String> t = tokens(headerLines.get(i)).stream().filter(x -> !MONTH_GLOSS.matcher(x).matches()).toList();
            if (t.isEmpty()) continue;
            boolean last = i == lastContentLine(headerLines);
            if (last && t.size() >= 2 && t.stream().allMatch(ColumnModel::isSub)) subLine = t;
            else tokens.addAll(t);
        }
        tokens = mergeSplitHeaders(tokens, periods);
        if (!subLine.isEmpty()) tokens = collapseRepeats(tokens);
        tokens = withoutStub(tokens, periods, titleSaysForecast, titlePeriod);

        List<Group> groups = new ArrayList<>();
        for (String tok : tokens) {
            Group prev = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (RATIO_SUBS.contains(tok) && prev != null && prev.kind == GroupKind.PERIOD && prev.topRatio == null) {
                prev.topRatio = tok;
                continue;
            }
            Group g = group(tok, periods, titleSaysForecast, titlePeriod);
            if (g == null && isPrefixOfKnownTop(tok)) {
                // 「前回」 whose second line 「予想」 was printed in the sub-header row: completed below.
                g = new Group(null, tok, null, null);
            }
            if (g == null) {
                why.append("header word '").append(tok).append("' not understood");
                return Optional.empty();
            }
            groups.add(g);
        }
        if (groups.stream().noneMatch(g -> g.kind == GroupKind.PERIOD)) {
            why.append("no period in the header");
            return Optional.empty();
        }
        int s = 0;
        for (int gi = 0; gi < groups.size(); gi++) {
            Group g = groups.get(gi);
            if (g.kind == null) {
                String joined = s < subLine.size() ? g.header + subLine.get(s) : "";
                if (!isKnownTop(joined)) {
                    why.append("header word '").append(g.header).append("' not understood");
                    return Optional.empty();
                }
                s++;
                g = group(joined, periods, titleSaysForecast, titlePeriod);
                groups.set(gi, g);
            }
            boolean changeAhead = groups.subList(gi + 1, groups.size()).stream()
                    .anyMatch(o -> o.kind == GroupKind.CHANGE);
            while (s < subLine.size() && g.accepts(subLine.get(s), changeAhead)) g.subs.add(subLine.get(s++));
        }
        if (s < subLine.size()) {
            why.append("sub-header '").append(subLine.get(s)).append("' fits no column group");
            return Optional.empty();
        }
        List<Column> cols = columns(groups, periods.calendar());
        if (cols.isEmpty()) why.append("header not understood");
        return cols.isEmpty() ? Optional.empty() : Optional.of(cols);
    }

    private static List<Column> columns(List<Group> groups, dev.irx.internal.normalize.FiscalCalendar calendar) {
        List<Column> cols = new ArrayList<>();
        Period lastPeriod = null, lastActual = null;
        for (Group g : groups) {
            switch (g.kind) {
                case PERIOD -> {
                    Period current = g.period;
                    Basis basis = g.basis;
                    if (g.subs.stream().noneMatch(x -> VALUE_SUB.matcher(x).matches())) {
                        cols.add(new Column(Column.Kind.VALUE, current, basis, g.header));
                    }
                    for (String sub : g.subs) {
                        Matcher v = VALUE_SUB.matcher(sub);
                        if (v.matches()) {
                            current = part(g.period, v.group("part"), calendar);
                            if (current == null) return List.of();
                            // A bare part (「FY25計画」 over 「上期 下期 通期」) takes the group's basis.
                            basis = v.group("basis") == null ? g.basis
                                    : v.group("basis").equals("実績") ? Basis.ACTUAL : Basis.FORECAST;
                            if (basis == Basis.ACTUAL && g.basis == Basis.FORECAST) return List.of();
                            cols.add(new Column(Column.Kind.VALUE, current, basis, g.header + " " + sub));
                        } else if (RATIO_SUBS.contains(sub)) {
                            cols.add(new Column(ratioKind(sub), current, basis, g.header + " " + sub));
                        } else {
                            Column latest = latestValue(cols);
                            cols.add(new Column(changeKind(sub), latest.period(), latest.basis(), g.header + " " + sub));
                        }
                        if (basis == Basis.ACTUAL) lastActual = current;
                    }
                    if (g.topRatio != null) {
                        if (!g.subs.isEmpty()) return List.of();
                        cols.add(new Column(ratioKind(g.topRatio), current, basis, g.header + " " + g.topRatio));
                    }
                    if (g.subs.isEmpty() && basis == Basis.ACTUAL) lastActual = current;
                    lastPeriod = current;
                }
                case CHANGE -> {
                    if (lastPeriod == null) return List.of();
                    Column latest = latestValue(cols);
                    if (g.subs.isEmpty()) {
                        cols.add(new Column(changeKind(g.header), latest.period(), latest.basis(), g.header));
                    }
                    for (String sub : g.subs) {
                        cols.add(new Column(changeKind(sub), latest.period(), latest.basis(), g.header + " " + sub));
                    }
                }
                case PRIOR -> {
                    Period target = lastActual != null ? lastActual : lastPeriod;
                    Period revised = revisedPeriod(groups);
                    if (revised != null) target = revised;
                    if (target == null) return List.of();
                    cols.add(new Column(Column.Kind.VALUE, target, Basis.PRIOR_FORECAST, g.header));
                }
                case VS_FORECAST -> {
                    Period target = lastActual != null ? lastActual : lastPeriod;
                    if (target == null) return List.of();
                    Period revised = revisedPeriod(groups);
                    if (revised != null) {
                        // beside a revised forecast: how far it moved from the earlier one; a ratio has no measure
                        if (!g.subs.isEmpty() || !g.header.endsWith("差")) return List.of();
                        cols.add(new Column(Column.Kind.REVISION_AMOUNT, revised, Basis.FORECAST, g.header));
                        continue;
                    }
                    if (g.subs.isEmpty()) {
                        cols.add(new Column(Column.Kind.ACHIEVEMENT_PCT, target, Basis.ACTUAL, g.header));
                    }
                    for (String sub : g.subs) {
                        Column.Kind k = sub.contains("率") ? Column.Kind.ACHIEVEMENT_PCT : Column.Kind.ACHIEVEMENT_AMOUNT;
                        cols.add(new Column(k, target, Basis.ACTUAL, g.header + " " + sub));
                    }
                }
            }
        }
        return cols;
    }

    /**
     * The period of a revision table (「前期実績 前回発表予想 今回発表予想」): the one period a 今回発表予想 column names
     * beside a 前回予想 and no actual of its own. Its 前回予想 and 前回予想差 are that period's, not the earlier actual's.
     */
    private static Period revisedPeriod(List<Group> groups) {
        if (groups.stream().noneMatch(g -> g.kind == GroupKind.PRIOR)) return null;
        Period revised = null;
        for (Group g : groups) {
            if (g.kind != GroupKind.PERIOD || !RELATIVE_VALUE.matcher(g.header).matches()) continue;
            if (g.basis == Basis.FORECAST) {
                if (revised != null && !revised.equals(g.period)) return null;
                revised = g.period;
            }
        }
        if (revised == null) return null;
        for (Group g : groups) {
            if (g.kind == GroupKind.PERIOD && g.basis == Basis.ACTUAL && revised.equals(g.period)) return null;
        }
        return revised;
    }

    /**
     * The value column a change column compares: the most recent period printed so far. Tables print
     * 「23/3期 24/3期 前期比」 and 「1Q25 1Q24 YoY」 alike; either way the change is the later period's.
     */
    private static Column latestValue(List<Column> cols) {
        Column best = null;
        for (Column c : cols) {
            if (c.kind() != Column.Kind.VALUE || c.basis() == Basis.PRIOR_FORECAST) continue;
            if (best == null || !c.period().end().isBefore(best.period().end())) best = c;
        }
        return best;
    }

    /** The part of a fiscal year a sub-header names: 上期 → the first half of the group's year. */
    private static Period part(Period year, String part, dev.irx.internal.normalize.FiscalCalendar calendar) {
        if (part == null) return year;
        if (year.span() != Span.FY || year.fiscalYearEnd() == null) return null;
        Matcher quarter = QUARTER_PART.matcher(part);
        if (quarter.matches()) {
            int q = Integer.parseInt(quarter.group("n") != null ? quarter.group("n") : quarter.group("k"));
            Span span = quarter.group("cum") != null
                    ? switch (q) { case 1 -> Span.Q1; case 2 -> Span.H1; case 3 -> Span.Q1_Q3; default -> Span.FY; }
                    : switch (q) { case 1 -> Span.Q1; case 2 -> Span.Q2; case 3 -> Span.Q3; default -> Span.Q4; };
            return YearParts.part(calendar, span, year.fiscalYearEnd());
        }
        return switch (part) {
            case "上期", "上半期", "中間期" -> YearParts.part(calendar, Span.H1, year.fiscalYearEnd());
            case "下期", "下半期" -> YearParts.part(calendar, Span.H2, year.fiscalYearEnd());
            default -> year;
        };
    }

    private static Column.Kind changeKind(String word) {
        if (word.equals("増減額") || word.endsWith("差") || word.equals("差額")) return Column.Kind.YOY_AMOUNT;
        if (word.contains("率")) return Column.Kind.YOY_PCT;
        // 「前期比」「増減」: an amount or a percentage; the cells say which.
        return Column.Kind.YOY_CHANGE;
    }

    private static Column.Kind ratioKind(String word) {
        return word.contains("構成") ? Column.Kind.COMPOSITION : Column.Kind.RATIO_TO_REVENUE;
    }

    /**
     * A single header word as a value column (「1Q24」「FY24実績」「FY25(予想)」), as a chart's axis prints its
     * categories; empty when it names no period.
     */
    public static Optional<Column> valueColumn(String word, PeriodParser periods) {
        Group g = group(word, periods, false, null);
        return g == null || g.kind != GroupKind.PERIOD ? Optional.empty()
                : Optional.of(new Column(Column.Kind.VALUE, g.period, g.basis, word));
    }

    /** A part of the year printed on its own header line, under the year it belongs to. */
    private static final Pattern STACKED_PART =
            Pattern.compile("^(第[1-4]四半期(累計期間|累計|会計期間)?|[1-4]Q(累計)?|上期|上半期|中間期|下期|下半期|通期)$");

    /**
     * A header whose years stand on one line and the part of each year on a lower one (「2022年3月期 2023年3月期」,
     * 「対前期増減額 対前期増減率」, 「第2四半期 第2四半期」) names one period per column: the k-th part belongs to the
     * k-th year, read as one word (「2022年3月期第2四半期」, as a 短信 titles the same period). Lines are paired only
     * when the counts agree; otherwise the header is left as printed. Where {@code partsToDate} (a 短信, which
     * reports only the year to date), 「第2四半期」 is joined as 「第2四半期累計」: the six months, not the second
     * quarter alone.
     */
    static List<String> withStackedParts(List<String> headerLines, PeriodParser periods, boolean partsToDate) {
        for (int top = 0; top < headerLines.size(); top++) {
            List<String> topTokens = tokens(headerLines.get(top));
            List<Integer> years = new ArrayList<>();
            for (int k = 0; k < topTokens.size(); k++) {
                Optional<Period> p = periods.parse(topTokens.get(k));
                if (p.isPresent() && p.get().span() == Span.FY) years.add(k);
            }
            if (years.isEmpty()) continue;
            for (int low = top + 1; low < headerLines.size(); low++) {
                List<String> parts = tokens(headerLines.get(low));
                if (parts.size() != years.size() || !parts.stream().allMatch(x -> STACKED_PART.matcher(x).matches()))
                    continue;
                List<String> joined = new ArrayList<>(topTokens);
                for (int k = 0; k < years.size(); k++) {
                    String part = parts.get(k);
                    if (partsToDate && part.matches("第[2-4]四半期")) part += "累計";
                    String word = topTokens.get(years.get(k)) + part;
                    if (periods.parse(word).isEmpty()) return headerLines;
                    joined.set(years.get(k), word);
                }
                // Words printed between the two lines (「対前期増減額 対前期増減率」, centred on both) are the columns
                // to the right of the years.
                List<String> between = headerLines.subList(top + 1, low);
                if (between.stream().anyMatch(l -> !periods.findAll(l).isEmpty())) return headerLines;
                between.forEach(l -> joined.addAll(tokens(l)));
                List<String> out = new ArrayList<>(headerLines.subList(0, top));
                out.add(String.join(" ", joined));
                out.addAll(headerLines.subList(low + 1, headerLines.size()));
                return out;
            }
            return headerLines;
        }
        return headerLines;
    }

    /** Whether every word of the line is a part of a year (「第2四半期 第2四半期」「上期 下期 通期」). */
    static boolean isStackedPartLine(String line) {
        List<String> t = tokens(line);
        return !t.isEmpty() && t.stream().allMatch(x -> STACKED_PART.matcher(x).matches());
    }

    private static int lastContentLine(List<String> headerLines) {
        for (int i = headerLines.size() - 1; i >= 0; i--) {
            if (tokens(headerLines.get(i)).stream().anyMatch(x -> !MONTH_GLOSS.matcher(x).matches())) return i;
        }
        return -1;
    }

    private static Group group(String tok, PeriodParser periods, boolean titleSaysForecast, Period titlePeriod) {
        if (CHANGE_TOPS.contains(tok)) return new Group(GroupKind.CHANGE, tok, null, null);
        String changeSub = compoundChangeSub(tok);
        if (changeSub != null) {
            Group g = new Group(GroupKind.CHANGE, tok, null, null);
            g.subs.add(changeSub);
            return g;
        }
        if (YEAR_PARTS.contains(tok) && titlePeriod != null && titlePeriod.span() == Span.FY) {
            // 「FY25連結業績予想」 over 「上期 通期」: the parts of the title's year.
            Period p = part(titlePeriod, tok.equals("通期") ? null : tok, periods.calendar());
            if (p != null) return new Group(GroupKind.PERIOD, tok, p, titleSaysForecast ? Basis.FORECAST : Basis.ACTUAL);
        }
        Matcher relative = RELATIVE_VALUE.matcher(tok);
        if (relative.matches()) return relativeGroup(tok, relative, titlePeriod, periods);
        if (PRIOR_TOPS.contains(tok)) return new Group(GroupKind.PRIOR, tok, null, null);
        if (VS_FORECAST_TOPS.contains(tok)) return new Group(GroupKind.VS_FORECAST, tok, null, null);
        String core = tok;
        Basis basis = null;
        Matcher bracket = BRACKETED_BASIS.matcher(core);
        if (bracket.find()) {
            basis = bracket.group(1).equals("実績") ? Basis.ACTUAL : Basis.FORECAST;
            core = core.substring(0, bracket.start());
        }
        for (String suffix : BASIS_SUFFIXES) {
            if (basis == null && core.endsWith(suffix) && core.length() > suffix.length()) {
                core = core.substring(0, core.length() - suffix.length());
                basis = suffix.equals("実績") ? Basis.ACTUAL : Basis.FORECAST;
                break;
            }
        }
        Optional<Period> p = periods.parse(core);
        if (p.isEmpty()) return null;
        if (basis == null) {
            basis = titleSaysForecast && titlePeriod != null && sameYear(titlePeriod, p.get())
                    ? Basis.FORECAST : Basis.ACTUAL;
        }
        return new Group(GroupKind.PERIOD, tok, p.get(), basis);
    }

    /** A column named relative to the title's period; null (not understood) where the title names none. */
    private static Group relativeGroup(String tok, Matcher m, Period titlePeriod, PeriodParser periods) {
        if (titlePeriod == null || titlePeriod.isInstant() || titlePeriod.fiscalYearEnd() == null) return null;
        String when = m.group("actual");
        if (when == null) return new Group(GroupKind.PERIOD, tok, titlePeriod, Basis.FORECAST);
        Period p = switch (when) {
            case "前期" -> titlePeriod.span() == Span.FY
                    ? periods.calendar().fiscalYear(titlePeriod.fiscalYearEnd().minusYears(1)) : null;
            case "前年同期" -> RelativePeriods.sameTimeYearBefore("前年同期", titlePeriod).orElse(null);
            default -> titlePeriod;
        };
        return p == null ? null : new Group(GroupKind.PERIOD, tok, p, Basis.ACTUAL);
    }

    private static boolean sameYear(Period a, Period b) {
        return a.fiscalYearEnd() != null && a.fiscalYearEnd().equals(b.fiscalYearEnd());
    }

    /** The sub-header of a change column printed as one word with its group (「対前期増減額」「前年同期比増減率」). */
    private static String compoundChangeSub(String tok) {
        for (String top : CHANGE_TOPS) {
            if (tok.length() > top.length() && tok.startsWith(top) && CHANGE_SUBS.contains(tok.substring(top.length())))
                return tok.substring(top.length());
        }
        return null;
    }

    /** Whether a line looks like a header: it names a period or a column word, not just a row label. */
    static boolean isHeaderText(String line, PeriodParser periods) {
        for (String tok : tokens(line)) {
            String core = BRACKETED_BASIS.matcher(tok).replaceAll("");
            if (isSub(tok) || isKnownTop(tok) || isPrefixOfKnownTop(tok) || YEAR_PARTS.contains(tok)
                    || RELATIVE_VALUE.matcher(tok).matches()
                    || compoundChangeSub(tok) != null
                    || RATIO_SUBS.contains(tok) || periods.parse(core).isPresent()
                    || !periods.findAll(core).isEmpty()) return true;
        }
        return false;
    }

    private static boolean isSub(String tok) {
        return VALUE_SUB.matcher(tok).matches() || RATIO_SUBS.contains(tok) || CHANGE_SUBS.contains(tok)
                || VS_FORECAST_SUBS.contains(tok) || OWN_CHANGE_SUBS.contains(tok);
    }

    private static List<String> tokens(String line) {
        return Arrays.stream(line.trim().split(" +")).filter(t -> !t.isEmpty()).toList();
    }

    /**
     * Joins a header cell that wrapped onto two lines (「前回」「予想」 → 「前回予想」) and a period with the
     * part of the year printed as its own word (「26/3期」「上期」 → 「26/3期上期」).
     */
    private static List<String> mergeSplitHeaders(List<String> tokens, PeriodParser periods) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i + 1 < tokens.size()) {
                String next = tokens.get(i + 1);
                boolean topPair = !isKnownTop(t) && !isKnownTop(next) && isKnownTop(t + next);
                boolean periodPart = (YEAR_PARTS.contains(next) || QUARTER_PART.matcher(next).matches())
                        && periods.parse(t).isPresent()
                        && periods.parse(t + next).isPresent();
                if (topPair || periodPart) {
                    out.add(t + next);
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
    }

    /**
     * A spanning header cell printed once per column it spans (「FY24実績 FY24実績 FY24実績」 over 「上期 下期
     * 通期」) is one group.
     */
    private static List<String> collapseRepeats(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (String t : tokens) {
            if (out.isEmpty() || !out.get(out.size() - 1).equals(t)) out.add(t);
        }
        return out;
    }

    /**
     * Drops the stub header: the words over the label column (「資産」「負債及び資本」「営業CF 1Q25主内訳」). Only
     * leading words that name no column may go, and only words without digits or a 「…内訳」 title, so a
     * period the parser cannot read is never dropped to shift the columns.
     */
    private static List<String> withoutStub(List<String> tokens, PeriodParser periods, boolean titleSaysForecast,
                                            Period titlePeriod) {
        int k = 0;
        while (k < tokens.size() - 1) {
            String t = tokens.get(k);
            if (group(t, periods, titleSaysForecast, titlePeriod) != null || isPrefixOfKnownTop(t)
                    || RATIO_SUBS.contains(t) || isSub(t) || YEAR_PARTS.contains(t)) break;
            if (t.chars().anyMatch(Character::isDigit) && !t.endsWith("内訳")) break;
            k++;
        }
        return k == 0 ? tokens : tokens.subList(k, tokens.size());
    }

    private static boolean isPrefixOfKnownTop(String t) {
        for (Set<String> tops : List.of(CHANGE_TOPS, PRIOR_TOPS, VS_FORECAST_TOPS)) {
            for (String top : tops) if (top.length() > t.length() && top.startsWith(t)) return true;
        }
        return false;
    }

    private static boolean isKnownTop(String t) {
        return CHANGE_TOPS.contains(t) || PRIOR_TOPS.contains(t) || VS_FORECAST_TOPS.contains(t);
    }
}
