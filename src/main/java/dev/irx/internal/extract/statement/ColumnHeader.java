package dev.irx.internal.extract.statement;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The column header of a statement: which period each figure column stands for, as printed over it. The header may
 * stand on one line or on several, a column's words spread over them (「前連結会計年度 当連結会計年度」 over
 * 「(自 2020年10月1日 (自 2021年10月1日」 over 「至 2021年9月30日) 至 2022年9月30日)」); read left to right, the n-th
 * 自 and the n-th 至 are the same column's. A header with dates gives each column its dates; one without names the
 * columns only (前/当), for {@link ColumnPeriods} to date from the document's own period.
 *
 * @param columns the figure columns, left to right
 * @param notes   whether a 注記 column stands before them (its note numbers are no figures)
 * @param changes how many change columns (「増減」) stand after them: their figures are differences, not read
 */
record ColumnHeader(List<Column> columns, boolean notes, int changes) {

    ColumnHeader(List<Column> columns, boolean notes) { this(columns, notes, 0); }

    private static final Pattern CONTINUATION =
            Pattern.compile("^(?:連結)?(?:会計年度|事業年度|会計期間|累計期間|中間期間)末?$");

    /** 「増減」「増減額」 over a column of differences to the right of the periods. */
    private static final Pattern CHANGE = Pattern.compile("増減(?:額|率)?");

    /** A column: 前 or 当 (null when the header does not say), and its dates (from is null for a date alone). */
    record Column(String role, LocalDate from, LocalDate to) {
        boolean dated() { return to != null; }
    }

    /** 「前連結会計年度」「当第2四半期連結累計期間」「前中間会計期間」「前期」「当四半期会計期間末」. */
    private static final Pattern ROLE = Pattern.compile("([前当])(?:(?:第[0-9]四半期|中間|四半期)(?:連結)?"
            + "(?:会計年度|事業年度|会計期間|累計期間|中間期間|期間|期)?"
            + "|(?:連結)?(?:会計年度|事業年度|会計期間|累計期間|中間期間|期間|期(?=$|[(\\[前当末自至0-9])))末?");
    private static final Pattern DATE = Pattern.compile(
            "([自至])?(?:([0-9]{4})|(令和|平成)([0-9]{1,2}|元))年([0-9]{1,2})月([0-9]{1,2})日");

    /** Whether a folded line (spaces removed) holds words of a column header. */
    static boolean isHeaderLine(String compact) {
        String rest = DATE.matcher(ROLE.matcher(compact).replaceAll("")).replaceAll("");
        rest = CHANGE.matcher(rest.replaceAll("注記(番号)?|[()\\[\\]自至~,、.]", "")).replaceAll("");
        // the second half of a column's name wrapped onto its own line (「当第3四半期」 over 「連結会計期間」)
        rest = CONTINUATION.matcher(rest).replaceAll("");
        return rest.isEmpty() && !compact.isEmpty();
    }

    /** The columns a header block (its lines' folded text, spaces removed, joined) names; empty when unclear. */
    static Optional<ColumnHeader> parse(String compact) {
        List<String> roles = new ArrayList<>();
        Matcher r = ROLE.matcher(compact);
        while (r.find()) roles.add(r.group(1));
        List<LocalDate> froms = new ArrayList<>(), tos = new ArrayList<>(), plain = new ArrayList<>();
        Matcher d = DATE.matcher(compact);
        while (d.find()) {
            LocalDate date = date(d);
            if (date == null) return Optional.empty();
            String marker = d.group(1);
            (marker == null ? plain : marker.equals("自") ? froms : tos).add(date);
        }
        boolean notes = compact.contains("注記");
        List<Column> columns = new ArrayList<>();
        if (!froms.isEmpty() || !tos.isEmpty()) {
            if (froms.size() != tos.size() || !plain.isEmpty()) return Optional.empty();
            for (int i = 0; i < froms.size(); i++) {
                if (froms.get(i).isAfter(tos.get(i))) return Optional.empty();
                columns.add(new Column(role(roles, i, froms.size()), froms.get(i), tos.get(i)));
            }
        } else if (!plain.isEmpty()) {
            for (int i = 0; i < plain.size(); i++) columns.add(new Column(role(roles, i, plain.size()), null, plain.get(i)));
        } else {
            for (String role : roles) columns.add(new Column(role, null, null));
        }
        if (columns.isEmpty() || columns.size() > 3) return Optional.empty();
        if (!roles.isEmpty() && roles.size() != columns.size()) return Optional.empty();
        // dates that stand in order name the columns; roles read across lines may come in another order
        // (「当第3四半期」 above 「前連結会計年度」 above 「連結会計期間」) and then say nothing of which is which
        if (columns.stream().allMatch(Column::dated) && inOrder(columns) && !rolesInOrder(columns)) {
            columns.replaceAll(c -> new Column(null, c.from(), c.to()));
        }
        // prior columns stand left of the current one
        for (int i = 1; i < columns.size(); i++) {
            Column a = columns.get(i - 1), b = columns.get(i);
            if (a.dated() && b.dated() && !a.to().isBefore(b.to())) return Optional.empty();
            if ("当".equals(a.role()) && "前".equals(b.role())) return Optional.empty();
        }
        Matcher ch = CHANGE.matcher(compact);
        int changes = 0;
        while (ch.find()) changes++;
        if (changes > 1) return Optional.empty();
        return Optional.of(new ColumnHeader(List.copyOf(columns), notes, changes));
    }

    private static boolean inOrder(List<Column> columns) {
        for (int i = 1; i < columns.size(); i++) if (!columns.get(i - 1).to().isBefore(columns.get(i).to())) return false;
        return true;
    }

    private static boolean rolesInOrder(List<Column> columns) {
        for (int i = 1; i < columns.size(); i++) {
            if ("当".equals(columns.get(i - 1).role()) && "前".equals(columns.get(i).role())) return false;
        }
        return true;
    }

    private static String role(List<String> roles, int i, int n) {
        return roles.size() == n ? roles.get(i) : null;
    }

    private static LocalDate date(Matcher d) {
        int year;
        if (d.group(2) != null) {
            year = Integer.parseInt(d.group(2));
        } else {
            int n = d.group(4).equals("元") ? 1 : Integer.parseInt(d.group(4));
            year = (d.group(3).equals("令和") ? 2018 : 1988) + n;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(d.group(5)), Integer.parseInt(d.group(6)));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
