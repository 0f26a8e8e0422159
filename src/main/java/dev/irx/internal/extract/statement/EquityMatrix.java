package dev.irx.internal.extract.statement;

import dev.irx.model.LineItemName;
import dev.irx.model.Period;
import dev.irx.model.Statement;
import dev.irx.model.StatementLine;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement of changes in equity (株主資本等変動計算書, 持分変動計算書): a matrix whose rows are the year's events
 * (当期首残高, 剰余金の配当 …) and whose columns are the components of equity (資本金, 利益剰余金 …, 純資産合計). Each
 * year is a block under its own heading (「前連結会計年度（自 2020年10月1日 至 2021年9月30日）」), often printed as two
 * tables, side by side components split. A figure's line is its row's label under its column's header: the lowest
 * cell of the header over that column (「資本剰余金」 under 「株主資本」), its wrapped words joined. Balances are
 * instants (the opening one the day before the year, the closing one its last day), the changes the year's.
 *
 * <p>Columns are placed by the right edges of the rows that fill them all, header words by their centres; a page
 * without positions is read only where a header line names each column once and rows fill every column.
 */
final class EquityMatrix {

    private static final Pattern DATE = Pattern.compile("([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日");

    private final ColumnPeriods periods;
    private final Consumer<String> warn;
    private final boolean consolidated;
    private final List<StatementFigure> out;

    private Period year;
    /** The header lines of the table being read, and the columns' labels of the last table that had a header. */
    private final List<Line> header = new ArrayList<>();
    private List<String> labels;
    private List<Line> rows = new ArrayList<>();
    /** Words of a row's label wrapped onto lines of their own, above or below its figures. */
    private final java.util.Map<Line, WrappedLabel> wraps = new java.util.IdentityHashMap<>();
    /** Label-only lines since the last row, and the last line read. */
    private final List<Line> loose = new ArrayList<>();
    private Line previous;
    private final Set<String> seen = new HashSet<>();
    private Scale scale;
    private int page;

    EquityMatrix(ColumnPeriods periods, boolean consolidated, List<StatementFigure> out, Consumer<String> warn) {
        this.periods = periods;
        this.consolidated = consolidated;
        this.out = out;
        this.warn = warn;
    }

    void scale(Scale s) { scale = s; }

    /** A line of the statement, in order. */
    void line(Line line, int pageNumber, String compact, FigureRow row) {
        if (pageNumber != page) {
            flush();
            page = pageNumber;
        }
        if (row.figures().isEmpty()) {
            if (ColumnHeader.isHeaderLine(compact) && ColumnHeader.parse(compact).map(h -> h.columns().size() == 1
                    && h.columns().get(0).role() != null).orElse(false)) {
                flush();
                year = periods == null ? null : ColumnHeader.parse(compact).flatMap(h -> periods.of(h,
                        Statement.EQUITY_CHANGES, false)).map(p -> p.get(0)).orElse(null);
                labels = null;
                return;
            }
            if (isHeader(line)) {
                if (!rows.isEmpty()) flush();
                header.add(line);
            } else {
                Line last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
                WrappedLabel w = last == null ? null : wraps.get(last);
                if (last != null && loose.isEmpty() && WrappedLabel.continues(previous, line, last)) {
                    wraps.computeIfAbsent(last, k -> new WrappedLabel()).after.add(compact);
                } else {
                    if (!loose.isEmpty() && !WrappedLabel.continues(loose.get(loose.size() - 1), line, line)) loose.clear();
                    loose.add(line);
                }
            }
            previous = line;
            return;
        }
        if (!loose.isEmpty() && WrappedLabel.continues(loose.get(loose.size() - 1), line, loose.get(0))) {
            WrappedLabel w = new WrappedLabel();
            for (Line l : loose) w.before.add(l.text().replaceAll("\\s+", ""));
            wraps.put(line, w);
        }
        loose.clear();
        rows.add(line);
        previous = line;
    }

    /** A label's words on the lines above and below its figures' line. */
    private static final class WrappedLabel {
        final List<String> before = new ArrayList<>();
        final List<String> after = new ArrayList<>();

        String around(String label) {
            return String.join("", before) + label + String.join("", after);
        }

        /**
         * Whether {@code next} goes on from {@code above} as the same cell: no row's spacing between them, and
         * beginning where {@code start}'s label begins.
         */
        static boolean continues(Line above, Line next, Line start) {
            if (above == null || above.box() == null || next.box() == null || start.box() == null) return false;
            float gap = next.box().y0() - above.box().y1();
            return gap > -1 && gap < 3.5f && Math.abs(next.box().x0() - start.box().x0()) < 3;
        }
    }

    /** A header word stands right of the row labels; a row's own words (当期変動額, a wrapped label) at the left. */
    private boolean isHeader(Line line) {
        if (line.words().isEmpty()) return false;
        BoundingBox b = line.words().get(0).box();
        if (b == null) return line.words().size() >= 2; // a row's heading is one word, a header names columns
        // before a table's first row nothing but its header stands right of the page's margin
        return b.x0() > (rows.isEmpty() ? 80 : labelLeft() + 60);
    }

    private float labelLeft() {
        float left = Float.MAX_VALUE;
        for (Line l : rows) if (l.words().get(0).box() != null) left = Math.min(left, l.words().get(0).box().x0());
        return left == Float.MAX_VALUE ? 60 : left;
    }

    /** The table read so far: its columns placed, its figures emitted. */
    void flush() {
        List<Line> table = rows;
        List<Line> head = new ArrayList<>(header);
        java.util.Map<Line, WrappedLabel> wrapped = new java.util.IdentityHashMap<>(wraps);
        rows = new ArrayList<>();
        header.clear();
        wraps.clear();
        loose.clear();
        if (table.isEmpty()) return;
        if (scale == null || periods == null) {
            warn.accept("p." + page + ": equity changes not read: " + (scale == null ? "no unit caption" : "no period"));
            return;
        }
        List<FigureRow> figureRows = table.stream().map(FigureRow::of).toList();
        boolean notes = head.stream().anyMatch(l -> TextNormalizer.compact(l.text()).contains("注記"));
        int n = columns(figureRows, notes);
        ColumnAnchors anchors = ColumnAnchors.of(figureRows);
        float[] edges = edges(figureRows, n);
        if (!head.isEmpty()) labels = edges == null ? plainLabels(head, n) : labels(head, edges);
        if (labels == null || labels.size() != n || labels.stream().anyMatch(String::isEmpty)) {
            warn.accept("p." + page + ": equity changes table not read: its columns' headers are unclear");
            return;
        }
        for (int i = 0; i < table.size(); i++) {
            FigureRow row = figureRows.get(i);
            WrappedLabel w = wrapped.get(table.get(i));
            if (w != null) row = new FigureRow(w.around(row.label().replace(" ", "")), row.figures());
            if (!row.hasLetter()) continue;
            List<FigureRow.Figure> cells = anchors.assign(row, n, notes);
            if (cells == null) {
                warn.accept("p." + page + ": equity changes line '" + row.label() + "' not read: its figures do not"
                        + " stand in the table's columns");
                continue;
            }
            // a year without a heading of its own begins at its opening balance (「2021年9月1日残高」)
            LocalDate opening = balanceDate(row.label());
            if (opening != null && (year == null || opening.equals(year.end().plusDays(1)))) {
                Period y = periods.yearFrom(opening);
                if (y != null) year = y;
            }
            if (year == null) continue;
            Period period = period(row.label());
            if (period == null) continue;
            String evidence = TextNormalizer.fold(table.get(i).text());
            for (int c = 0; c < n; c++) {
                FigureRow.Figure f = cells.get(c);
                if (f == null || f.dash() || f.value().scale() > 0) continue;
                String key = labels.get(c) + "|" + LineItemName.of(row.label()) + "|" + period;
                if (!seen.add(key)) continue;
                Quantity q = new Quantity(f.value(), scale, Unit.JPY, f.text(), Quantity.Qualifier.EXACT);
                out.add(new StatementFigure(new StatementLine(Statement.EQUITY_CHANGES, labels.get(c), null),
                        row.label(), null, consolidated, period, q, Unit.JPY, page, f.box(), evidence));
            }
        }
    }

    /** The number of columns: as many figures as the fullest row has, less a note number before them. */
    private static int columns(List<FigureRow> rows, boolean notes) {
        int n = 0;
        for (FigureRow r : rows) {
            List<FigureRow.Figure> fs = r.figures();
            if (!r.hasLetter() || fs.isEmpty()) continue;
            n = Math.max(n, fs.size() - (notes && fs.size() > 1 && fs.get(0).noteLike() ? 1 : 0));
        }
        return n;
    }

    /** 「2021年9月1日残高」「2021年4月1日時点の残高」「2021年4月1日」: the date of a balance row. */
    private static LocalDate balanceDate(String label) {
        String l = LineItemName.of(label);
        Matcher d = DATE.matcher(l);
        if (!d.find() || !(l.endsWith("残高") || d.end() == l.length() && d.start() == 0)) return null;
        try {
            return LocalDate.of(Integer.parseInt(d.group(1)), Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3)));
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** A balance is an instant (the opening one the day before the year); a change is the year's. */
    private Period period(String label) {
        String l = LineItemName.of(label);
        LocalDate date = balanceDate(label);
        if (date != null) {
            if (date.equals(year.start())) return ColumnPeriods.openingBalance(year);
            if (date.equals(year.end())) return ColumnPeriods.closingBalance(year);
            return null;
        }
        if (l.contains("期首残高") || l.contains("累積的影響額")) return ColumnPeriods.openingBalance(year);
        if (l.contains("期末残高")) return ColumnPeriods.closingBalance(year);
        if (l.contains("残高") || DATE.matcher(l).find()) return null; // a balance at a date irx cannot place
        return year;
    }

    /** The right edge of each column: the medians over the rows that fill every column; null without positions. */
    private static float[] edges(List<FigureRow> rows, int n) {
        List<float[]> full = new ArrayList<>();
        for (FigureRow r : rows) {
            if (r.figures().size() != n || r.figures().stream().anyMatch(f -> f.box() == null)) continue;
            float[] e = new float[n];
            for (int i = 0; i < n; i++) e[i] = r.figures().get(i).box().x1();
            full.add(e);
        }
        if (full.isEmpty() || n == 0) return null;
        float[] m = new float[n];
        for (int i = 0; i < n; i++) {
            float[] col = new float[full.size()];
            for (int k = 0; k < col.length; k++) col[k] = full.get(k)[i];
            Arrays.sort(col);
            m[i] = col[col.length / 2];
        }
        return m;
    }

    private record Placed(Word word, float y0, float y1) {}

    /** Each column's header: the words whose centre is over it, the lowest cell of them (wrapped lines joined). */
    static List<String> labels(List<Line> head, float[] edges) {
        int n = edges.length;
        List<List<Placed>> byColumn = new ArrayList<>();
        for (int i = 0; i < n; i++) byColumn.add(new ArrayList<>());
        float width = n > 1 ? edges[1] - edges[0] : 80;
        for (Line l : head) {
            for (Word w : l.words()) {
                if (w.box() == null) return null;
                if (TextNormalizer.compact(w.text()).equals("注記")) continue; // the note numbers' column
                float c = (w.box().x0() + w.box().x1()) / 2;
                for (int i = 0; i < n; i++) {
                    float left = i == 0 ? edges[0] - width : edges[i - 1];
                    if (c > left && c <= edges[i] + 2) {
                        byColumn.get(i).add(new Placed(w, w.box().y0(), w.box().y1()));
                        break;
                    }
                }
            }
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            List<Placed> words = byColumn.get(i);
            float interval = i == 0 ? width : edges[i] - edges[i - 1];
            words.sort(Comparator.comparing(Placed::y0));
            int start = 0;
            for (int k = 1; k < words.size(); k++) {
                float gap = words.get(k).y0() - words.get(k - 1).y1();
                BoundingBox above = words.get(k - 1).word().box();
                // a cell of its own below: the one above is set apart, or wider than its column (it spans more)
                if (gap > 6f || above.width() > interval * 1.15f) start = k;
            }
            // 「資本剰余金」 over 「その他」 over 「資本剰余金」, the first a group's heading: the longest run of the lowest
            // words that names a component of net assets is the column's, else the lowest cell set apart
            String label = longestComponent(words);
            out.add(label != null ? label : joined(words, start));
        }
        return out;
    }

    /** The longest run of the lowest words that names a component of net assets; null when none does. */
    private static String longestComponent(List<Placed> words) {
        for (int k = 0; k < words.size(); k++) {
            String candidate = joined(words, k);
            // 「合計」 alone is a line of some balance sheet, but names no component
            if (candidate.length() > 2 && LineConcepts.standard().isBalanceSheetLine(candidate)) return candidate;
        }
        return null;
    }

    private static String joined(List<Placed> words, int from) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < words.size(); k++) b.append(TextNormalizer.compact(words.get(k).word().text()));
        return LineItemName.of(b.toString());
    }

    /** Without positions: the lowest header line that names every column once. */
    private static List<String> plainLabels(List<Line> head, int n) {
        for (int i = head.size() - 1; i >= 0; i--) {
            List<Word> w = head.get(i).words();
            if (w.size() == n) return w.stream().map(x -> LineItemName.of(x.text())).toList();
        }
        return null;
    }
}
