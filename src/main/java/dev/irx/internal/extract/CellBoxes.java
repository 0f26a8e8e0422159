package dev.irx.internal.extract;

import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Narrows each fact's box from the row (or sentence) it was read from to the printed figure's own text, its cell.
 * The extractors place a figure by its row; which word of the row printed it is found here, once, from the page's
 * positioned words: the words inside the row's box whose folded text is the figure as printed.
 *
 * <p>A row may print the same text twice (「100.0%」 under two columns). The facts of one row with the same printed
 * text were added in the order of their cells, left to right, so the n-th takes the n-th such word, but only when
 * the row has exactly as many of them as there are facts, or just one (which all of them then share); otherwise, and where no word matches (a figure split over
 * two lines, a number the extractor built from parts), the fact keeps its row's box. A figure that is only part of
 * a word (prose printed without spaces) gets the box of its own glyphs in it, from the places the layout kept.
 */
final class CellBoxes {

    /** How far outside the row's box a word may reach and still be in the row (rounding of the union). */
    private static final float SLACK = 0.5f;

    private CellBoxes() {}

    static List<Fact> apply(List<Fact> facts, SourceDocument doc) {
        if (!doc.isPdf()) return facts;
        Map<Integer, Page> pages = new HashMap<>();
        for (Page p : doc.pages()) pages.put(p.number(), p);
        // facts of one row and one printed text, in the order they were added
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            Evidence e = facts.get(i).where();
            if (e.rowBbox() == null || !pages.containsKey(e.page())) continue;
            String key = e.page() + "|" + Arrays.toString(e.rowBbox()) + "|" + e.text() + "|" + e.display().text();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
        }
        List<Fact> out = new ArrayList<>(facts);
        for (List<Integer> group : groups.values()) {
            Evidence e = facts.get(group.get(0)).where();
            List<BoundingBox> cells = cells(pages.get(e.page()), e.rowBbox(), e.display().text(), group.size());
            if (cells == null) continue;
            for (int k = 0; k < group.size(); k++) {
                int i = group.get(k);
                Fact f = facts.get(i);
                out.set(i, f.withWhere(f.where().withBbox(cells.get(k).toArray())));
            }
        }
        return out;
    }

    /**
     * The boxes in the row that print {@code printed}, left to right, when there are exactly {@code wanted} of
     * them (or one, for all): words that are the figure and nothing else first, else the figure's glyphs inside
     * longer words; failing both, the same for the figure's number alone (「2,760,000株」 printed 「2,760,000口」).
     */
    private static List<BoundingBox> cells(Page page, float[] row, String printed, int wanted) {
        List<Word> inRow = new ArrayList<>();
        for (Line l : page.lines()) {
            if (l.box() == null || l.box().y1() < row[1] - SLACK || l.box().y0() > row[3] + SLACK) continue;
            for (Word w : l.words()) if (w.box() != null && inside(w.box(), row)) inRow.add(w);
        }
        inRow.sort((a, b) -> Float.compare(a.box().x0(), b.box().x0()));
        String figure = compact(printed);
        java.util.regex.Matcher number = NUMBER.matcher(figure);
        for (String f : number.find() && !number.group().equals(figure) ? List.of(figure, number.group())
                : List.of(figure)) {
            if (f.isEmpty()) continue;
            List<BoundingBox> whole = new ArrayList<>();
            List<BoundingBox> part = new ArrayList<>();
            for (Word w : inRow) {
                String text = compact(w.text());
                if (text.equals(f)) {
                    whole.add(w.box());
                    part.add(w.box());
                } else {
                    for (int at : positions(text, f)) part.add(within(w, text, at, at + f.length()));
                }
            }
            for (List<BoundingBox> found : List.of(whole, part)) {
                if (found.size() == wanted) return found;
                // one place prints the text: every fact read from it (a figure read twice, by two rules) is there
                if (found.size() == 1) return java.util.Collections.nCopies(wanted, found.get(0));
                if (!found.isEmpty()) return null;
            }
        }
        return null;
    }

    /** A number as printed: digits with their separators and decimals. */
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]+)?");

    /**
     * The box of the folded characters {@code from..to} of a word: the glyphs that print them, with the word's
     * height; the whole word's box when its glyphs are not known or do not fold one by one to its folded text.
     */
    static BoundingBox within(Word w, String folded, int from, int to) {
        dev.irx.internal.read.GlyphEdges g = w.glyphs();
        if (g == null) return w.box();
        float x0 = Float.POSITIVE_INFINITY, x1 = Float.NEGATIVE_INFINITY;
        StringBuilder sb = new StringBuilder();
        int start = 0;
        for (int i = 0; i < g.count(); i++) {
            int before = sb.length();
            sb.append(compact(w.text().substring(start, g.end(i))));
            start = g.end(i);
            if (sb.length() > before && before < to && sb.length() > from) {
                x0 = Math.min(x0, g.x0(i));
                x1 = Math.max(x1, g.x1(i));
            }
        }
        if (!sb.toString().equals(folded) || x0 > x1) return w.box();
        BoundingBox b = w.box();
        return new BoundingBox(Math.max(b.x0(), x0), b.y0(), Math.min(b.x1(), x1), b.y1());
    }

    private static boolean inside(BoundingBox b, float[] row) {
        return b.x0() >= row[0] - SLACK && b.y0() >= row[1] - SLACK && b.x1() <= row[2] + SLACK
                && b.y1() <= row[3] + SLACK;
    }

    /** The text as folded, without spaces: a figure and its word are compared so. */
    private static String compact(String s) {
        return TextNormalizer.fold(s).replace(" ", "");
    }

    /** Where {@code figure} stands in {@code text} as a whole number: not inside a longer one. */
    static List<Integer> positions(String text, String figure) {
        List<Integer> out = new ArrayList<>();
        for (int i = text.indexOf(figure); i >= 0; i = text.indexOf(figure, i + 1)) {
            int end = i + figure.length();
            boolean before = i == 0 || !numberChar(text.charAt(i - 1));
            boolean after = end == text.length() || !(Character.isDigit(text.charAt(end))
                    || (text.charAt(end) == '.' || text.charAt(end) == ',')
                    && end + 1 < text.length() && Character.isDigit(text.charAt(end + 1)));
            if (before && after) out.add(i);
        }
        return out;
    }

    private static boolean numberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == ',';
    }
}
