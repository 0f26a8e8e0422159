package dev.irx.internal.extract.summary;

import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Lays out a plain-text page of a 決算短信 summary so that {@link SummaryGridExtractor} reads its grids as it
 * reads a PDF's. Where the text keeps one row to a line, the k-th figure of a row stands in the grid's k-th
 * column, the one its unit row (「百万円 ％ 百万円 ％」) names k-th; a heading line names either every column or
 * every amount (its ％ then being the change of the amount). A heading or row that does not fit its grid's
 * columns is not placed, with a warning: a figure is never given a column by guess.
 * <p>
 * The positions are a layout, not the page's: facts read from text carry no boxes (see {@link FactSink}).
 */
final class TextGridLayout {

    private static final Set<String> UNIT_WORDS = Set.of("百万円", "千円", "円", "銭", "%", "百万米ドル", "千米ドル", "倍", "億円");
    private static final Pattern SECTION = Pattern.compile("^(?:[0-9]+\\.|\\([0-9]\\)|\\(注\\)|注|※|\\(参考\\))");
    /** The form's title over its dividend columns (「年間配当金」 over 「第1四半期末 … 合計」): names no column itself. */
    private static final Set<String> SPANNING = Set.of("年間配当金");
    private static final float SLOT = 100f, LINE = 20f, FONT = 10f;

    private TextGridLayout() {}

    /** The page with every grid placed; lines stay index for index with the page's (and its folded text). */
    static Page place(Page page, List<String> folded, Consumer<String> warn) {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < page.lines().size(); i++) lines.add(flow(page.lines().get(i), i));
        for (int u = 0; u < lines.size(); u++) {
            List<String> units = tokens(page.lines().get(u));
            if (units.size() < 2 || !UNIT_WORDS.containsAll(units)) continue;
            List<Integer> amounts = new ArrayList<>();
            int n = columns(units, amounts);
            lines.set(u, unitRow(units, u));
            placeHeadings(page, folded, lines, u, n, amounts, warn);
            int r = u + 1;
            for (; r < lines.size(); r++) {
                String t = folded.get(r);
                if (t.isBlank() || SECTION.matcher(t).find()) break;
                List<String> ts = tokens(page.lines().get(r));
                if (ts.size() >= 2 && UNIT_WORDS.containsAll(ts)) break;
                int label = 0;
                while (label < ts.size() && !isCell(ts.get(label))) label++;
                if (label == 0 || label == ts.size()) break;
                Set<Integer> bracketed = new java.util.HashSet<>();
                List<String> cells = unbracket(ts.subList(label, ts.size()), bracketed);
                if (cells.stream().anyMatch(c -> !isCell(c))) break;
                if (cells.size() != n) {
                    warn.accept("p." + page.number() + ": text row '" + t + "' has " + cells.size() + " figures for "
                            + n + " columns; not read");
                    continue;
                }
                if (bracketed.stream().anyMatch(amounts::contains)) {
                    // brackets round an amount may mean a loss: never guessed
                    warn.accept("p." + page.number() + ": text row '" + t + "' has an amount in brackets; not read");
                    continue;
                }
                lines.set(r, row(String.join("", ts.subList(0, label)), cells, r));
            }
            u = r - 1;
        }
        return new Page(page.number(), page.width(), page.height(), lines, page.fills());
    }

    /** The grid's columns (「円 銭」 is one); {@code amounts} gets the index of each that is not a ％. */
    private static int columns(List<String> units, List<Integer> amounts) {
        int n = 0;
        for (int k = 0; k < units.size(); k++) {
            if (units.get(k).equals("銭") && k > 0 && units.get(k - 1).equals("円")) continue;
            if (!units.get(k).equals("%")) amounts.add(n);
            n++;
        }
        return n;
    }

    /**
     * The heading lines above a unit row, each placed over the columns it names; when one does not fit, none
     * is placed (a heading wrapped over two lines is read whole or not at all).
     */
    private static void placeHeadings(Page page, List<String> folded, List<Line> lines, int unitRow, int n,
                                      List<Integer> amounts, Consumer<String> warn) {
        List<Integer> heads = new ArrayList<>();
        for (int k = unitRow - 1; k >= 0; k--) {
            String t = folded.get(k);
            if (t.isBlank() || SECTION.matcher(t).find() || t.contains("表示は")) break;
            List<String> ts = tokens(page.lines().get(k));
            if (ts.stream().anyMatch(TextGridLayout::isCell)) break;
            heads.add(k);
        }
        List<Line> placed = new ArrayList<>();
        for (int k : heads) {
            List<String> ts = tokens(page.lines().get(k));
            List<Integer> at = ts.size() == n ? range(n) : ts.size() == amounts.size() ? amounts : null;
            if (at == null && ts.size() == 1 && SPANNING.contains(ts.get(0))) {
                placed.add(new Line(List.of(), null, 0));
                continue;
            }
            if (at == null) {
                warn.accept("p." + page.number() + ": text grid heading '" + folded.get(k) + "' does not name its "
                        + n + " columns one by one; the grid is not read");
                return;
            }
            List<Word> ws = new ArrayList<>();
            for (int j = 0; j < ts.size(); j++) ws.add(word(ts.get(j), slotRight(at.get(j)) - 30, slotRight(at.get(j)) - 10, k));
            placed.add(new Line(ws, box(ws), 0));
        }
        for (int j = 0; j < heads.size(); j++) {
            int k = heads.get(j);
            Line l = placed.get(j);
            // a spanning title keeps its words, away from every column
            lines.set(k, l.words().isEmpty() ? aside(page.lines().get(k), k) : l);
        }
    }

    private static Line unitRow(List<String> units, int y) {
        List<Word> ws = new ArrayList<>();
        int col = -1;
        for (int k = 0; k < units.size(); k++) {
            String u = units.get(k);
            if (u.equals("銭") && k > 0 && units.get(k - 1).equals("円")) {
                ws.add(word(u, slotRight(col) - 14, slotRight(col), y));
                continue;
            }
            col++;
            boolean yen = u.equals("円") && k + 1 < units.size() && units.get(k + 1).equals("銭");
            ws.add(yen ? word(u, slotRight(col) - 30, slotRight(col) - 15, y) : word(u, slotRight(col) - 30, slotRight(col), y));
        }
        return new Line(ws, box(ws), 0);
    }

    private static Line row(String label, List<String> cells, int y) {
        List<Word> ws = new ArrayList<>();
        ws.add(word(label, 0, 40, y));
        for (int j = 0; j < cells.size(); j++) ws.add(word(cells.get(j), slotRight(j) - 25, slotRight(j), y));
        return new Line(ws, box(ws), 0);
    }

    /** A line outside any grid: its words one after another, left of every column's reach. */
    private static Line flow(Line plain, int y) {
        List<Word> ws = new ArrayList<>();
        for (Word w : plain.words()) ws.add(word(w.text(), -1000, -990, y));
        return new Line(ws, ws.isEmpty() ? new BoundingBox(-1000, y * LINE, -990, y * LINE + FONT) : box(ws), 0);
    }

    private static Line aside(Line plain, int y) { return flow(plain, y); }

    private static float slotRight(int col) { return 100 + SLOT * (col + 1); }

    private static Word word(String text, float x0, float x1, int y) {
        return new Word(text, new BoundingBox(x0, y * LINE, x1, y * LINE + FONT), FONT, null);
    }

    private static BoundingBox box(List<Word> ws) {
        BoundingBox b = ws.get(0).box();
        for (Word w : ws) b = b.union(w.box());
        return b;
    }

    private static List<Integer> range(int n) {
        List<Integer> r = new ArrayList<>();
        for (int i = 0; i < n; i++) r.add(i);
        return r;
    }

    private static List<String> tokens(Line line) {
        List<String> out = new ArrayList<>();
        for (Word w : line.words()) {
            String t = TextNormalizer.fold(w.text()).strip();
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    /**
     * A row's cells with a change printed in brackets (「( △12.2 )」「(△12.2)」, as US GAAP forms print the ％
     * beside an amount) made one cell of the figure inside; {@code bracketed} gets the indexes of those cells.
     */
    private static List<String> unbracket(List<String> cells, Set<Integer> bracketed) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < cells.size(); k++) {
            String c = cells.get(k);
            java.util.regex.Matcher whole = BRACKETED.matcher(c);
            if (whole.matches()) {
                bracketed.add(out.size());
                out.add(whole.group(1));
            } else if (c.equals("(") && k + 2 < cells.size() && cells.get(k + 2).equals(")") && isCell(cells.get(k + 1))) {
                bracketed.add(out.size());
                out.add(cells.get(k + 1));
                k += 2;
            } else {
                out.add(c);
            }
        }
        return out;
    }

    private static final Pattern BRACKETED = Pattern.compile("^\\(([△▲-]?[\\d,.]+|-)\\)$");

    /** A figure, a 「－」 for none, or a range's end; a row's cells are only these. */
    private static boolean isCell(String t) {
        return QuantityParser.isNotAvailable(t) || QuantityParser.parse(t).isPresent() || t.contains("~");
    }
}
