package dev.irx.extract;

import dev.irx.model.Basis;
import dev.irx.model.Period;
import dev.irx.normalize.PeriodParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rebuilds a table's columns from its header lines, as Japanese IR tables print them: a top row of
 * groups (periods, 前期比, 前回予想, 予想比) over a second row of sub-headers (実績 売上比 | 増減額 増減率 |
 * 達成額 達成率). Each group takes the sub-headers it can hold, in order; a group with none is one column.
 * A header that cannot be explained completely yields no model: better no table than wrong columns.
 */
final class ColumnModel {

    private static final Set<String> VALUE_SUBS = Set.of("実績", "予想", "計画", "見通し", "予算", "会社予想");
    private static final Set<String> RATIO_SUBS = Set.of("売上比", "売上高比", "構成比", "売上構成比", "利益率");
    private static final Set<String> CHANGE_TOPS = Set.of("前期比", "前年同期比", "前年比", "前期差", "前年同期差",
            "増減", "YoY", "対前期", "対前年", "前期比増減");
    private static final Set<String> CHANGE_SUBS = Set.of("増減額", "増減率", "増減", "増減率(%)", "差額", "率");
    private static final Set<String> PRIOR_TOPS = Set.of("前回予想", "前回発表予想", "期初予想", "修正前予想",
            "前回計画", "期初計画");
    private static final Set<String> VS_FORECAST_TOPS = Set.of("予想比", "計画比", "前回予想比", "期初予想比");
    private static final Set<String> VS_FORECAST_SUBS = Set.of("達成額", "達成率", "増減額", "増減率", "差額");
    private static final List<String> BASIS_SUFFIXES = List.of("期初予想", "会社予想", "実績", "予想", "計画",
            "見通し", "予算");

    private enum GroupKind { PERIOD, CHANGE, PRIOR, VS_FORECAST }

    private static final class Group {
        final GroupKind kind;
        final String header;
        final Period period;
        Basis basis;
        final List<String> subs = new ArrayList<>();
        /** A ratio column printed in the top header row beside the period (「24/3期 構成比」). */
        String topRatio;

        Group(GroupKind kind, String header, Period period, Basis basis) {
            this.kind = kind;
            this.header = header;
            this.period = period;
            this.basis = basis;
        }

        boolean accepts(String sub) {
            switch (kind) {
                case PERIOD:
                    if (VALUE_SUBS.contains(sub)) return subs.stream().noneMatch(VALUE_SUBS::contains);
                    if (RATIO_SUBS.contains(sub)) return subs.stream().noneMatch(RATIO_SUBS::contains);
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
            List<String> t = tokens(headerLines.get(i));
            boolean last = i == headerLines.size() - 1;
            if (last && t.size() >= 2 && t.stream().allMatch(ColumnModel::isSub)) subLine = t;
            else tokens.addAll(t);
        }
        tokens = mergeSplitHeaders(tokens);

        List<Group> groups = new ArrayList<>();
        for (String tok : tokens) {
            Group prev = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (RATIO_SUBS.contains(tok) && prev != null && prev.kind == GroupKind.PERIOD && prev.topRatio == null) {
                prev.topRatio = tok;
                continue;
            }
            Group g = group(tok, periods, groups, titleSaysForecast, titlePeriod);
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
                g = group(joined, periods, groups, titleSaysForecast, titlePeriod);
                groups.set(gi, g);
            }
            while (s < subLine.size() && g.accepts(subLine.get(s))) g.subs.add(subLine.get(s++));
        }
        if (s < subLine.size()) {
            why.append("sub-header '").append(subLine.get(s)).append("' fits no column group");
            return Optional.empty();
        }
        return Optional.of(columns(groups));
    }

    private static List<Column> columns(List<Group> groups) {
        List<Column> cols = new ArrayList<>();
        Group lastPeriod = null;
        Group lastActual = null;
        for (Group g : groups) {
            switch (g.kind) {
                case PERIOD -> {
                    for (String sub : g.subs) if (VALUE_SUBS.contains(sub) && !"実績".equals(sub)) g.basis = Basis.FORECAST;
                    if (g.subs.isEmpty()) {
                        cols.add(new Column(Column.Kind.VALUE, g.period, g.basis, g.header));
                    }
                    for (String sub : g.subs) {
                        cols.add(new Column(VALUE_SUBS.contains(sub) ? Column.Kind.VALUE : ratioKind(sub), g.period,
                                g.basis, g.header + " " + sub));
                    }
                    if (g.topRatio != null) {
                        if (!g.subs.isEmpty()) return List.of();
                        cols.add(new Column(ratioKind(g.topRatio), g.period, g.basis, g.header + " " + g.topRatio));
                    }
                    lastPeriod = g;
                    if (g.basis == Basis.ACTUAL) lastActual = g;
                }
                case CHANGE -> {
                    // 前期比 compares the latest period column with the one before it.
                    if (lastPeriod == null) return List.of();
                    if (g.subs.isEmpty()) {
                        cols.add(new Column(Column.Kind.YOY_CHANGE, lastPeriod.period, lastPeriod.basis, g.header));
                    }
                    for (String sub : g.subs) {
                        Column.Kind k = sub.contains("率") ? Column.Kind.YOY_PCT
                                : sub.equals("増減") ? Column.Kind.YOY_CHANGE : Column.Kind.YOY_AMOUNT;
                        cols.add(new Column(k, lastPeriod.period, lastPeriod.basis, g.header + " " + sub));
                    }
                }
                case PRIOR -> {
                    Group target = lastActual != null ? lastActual : lastPeriod;
                    if (target == null) return List.of();
                    cols.add(new Column(Column.Kind.VALUE, target.period, Basis.PRIOR_FORECAST, g.header));
                }
                case VS_FORECAST -> {
                    Group target = lastActual != null ? lastActual : lastPeriod;
                    if (target == null) return List.of();
                    if (g.subs.isEmpty()) {
                        cols.add(new Column(Column.Kind.ACHIEVEMENT_PCT, target.period, Basis.ACTUAL, g.header));
                    }
                    for (String sub : g.subs) {
                        Column.Kind k = sub.contains("率") ? Column.Kind.ACHIEVEMENT_PCT : Column.Kind.ACHIEVEMENT_AMOUNT;
                        cols.add(new Column(k, target.period, Basis.ACTUAL, g.header + " " + sub));
                    }
                }
            }
        }
        return cols;
    }

    private static Column.Kind ratioKind(String word) {
        return word.contains("構成") ? Column.Kind.COMPOSITION : Column.Kind.RATIO_TO_REVENUE;
    }

    private static Group group(String tok, PeriodParser periods, List<Group> before, boolean titleSaysForecast,
                               Period titlePeriod) {
        if (CHANGE_TOPS.contains(tok)) return new Group(GroupKind.CHANGE, tok, null, null);
        if (PRIOR_TOPS.contains(tok)) return new Group(GroupKind.PRIOR, tok, null, null);
        if (VS_FORECAST_TOPS.contains(tok)) return new Group(GroupKind.VS_FORECAST, tok, null, null);
        String core = tok;
        Basis basis = null;
        for (String suffix : BASIS_SUFFIXES) {
            if (core.endsWith(suffix) && core.length() > suffix.length()) {
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

    private static boolean sameYear(Period a, Period b) {
        return a.fiscalYearEnd() != null && a.fiscalYearEnd().equals(b.fiscalYearEnd());
    }

    private static boolean isSub(String tok) {
        return VALUE_SUBS.contains(tok) || RATIO_SUBS.contains(tok) || CHANGE_SUBS.contains(tok)
                || VS_FORECAST_SUBS.contains(tok);
    }

    private static List<String> tokens(String line) {
        return Arrays.stream(line.trim().split(" +")).filter(t -> !t.isEmpty()).toList();
    }

    /** Joins a header cell that wrapped onto two lines, such as 「前回」「予想」 → 「前回予想」. */
    private static List<String> mergeSplitHeaders(List<String> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i + 1 < tokens.size() && !isKnownTop(t) && !isKnownTop(tokens.get(i + 1))) {
                String joined = t + tokens.get(i + 1);
                if (isKnownTop(joined)) {
                    out.add(joined);
                    i++;
                    continue;
                }
            }
            out.add(t);
        }
        return out;
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
