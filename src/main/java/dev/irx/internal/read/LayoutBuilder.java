package dev.irx.internal.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the glyphs of one page into lines of words, by geometry alone (no reliance on PDFBox's
 * position sort, which interleaves the lines of wrapped text boxes).
 *
 * <ol>
 *   <li>Rows: glyphs sorted by baseline and swept; a glyph joins the current row when its baseline is within
 *       {@value #SAME_BASELINE} × the smaller font size of the row's first glyph. Small raised/lowered glyphs
 *       (superscript ※1, footnote marks) that sit inside a bigger row's vertical band right next to its glyphs
 *       are then moved into that row.</li>
 *   <li>Words: a row's glyphs sorted by x, double-drawn duplicates (fake bold) dropped, split at space glyphs,
 *       at a gap wider than {@value #WORD_GAP} × font size, or where the size jumps by {@value #SIZE_JUMP}×.</li>
 *   <li>Wrapped labels: a row of values vertically centred between two one-word label rows (a table cell whose
 *       label wraps onto two lines, values middle-aligned) becomes one row: the joined label, then the values.</li>
 *   <li>Side-by-side tables: see {@link #order}.</li>
 * </ol>
 * Not thread-safe by itself; one instance per page.
 */
final class LayoutBuilder {

    static final float SAME_BASELINE = 0.35f;
    static final float WORD_GAP = 0.3f;
    static final float SIZE_JUMP = 1.6f;
    /** Gutter between side-by-side blocks: at least this many ems wide. */
    static final float MIN_GUTTER = 1.0f;
    /** A block of side-by-side rows ends at a vertical gap of more than this many ems. */
    static final float MAX_ROW_GAP = 2.5f;
    static final int MIN_GUTTER_ROWS = 3;
    static final int MIN_SPLIT_ROWS = 2;

    /** A baseline's words (or the part of them in one column), left to right. */
    static final class Row {
        final List<Word> words;
        final float baseline;
        final float size;

        Row(List<Word> words, float baseline, float size) {
            this.words = words;
            this.baseline = baseline;
            this.size = size;
        }

        float x0() { return words.get(0).box().x0(); }

        float x1() {
            float m = Float.NEGATIVE_INFINITY;
            for (Word w : words) m = Math.max(m, w.box().x1());
            return m;
        }

        boolean allNumeric() {
            for (Word w : words) if (!Glyphs.isNumeric(w.text())) return false;
            return true;
        }

        Line toLine(int column) {
            BoundingBox box = words.get(0).box();
            for (Word w : words) box = box.union(w.box());
            return new Line(words, box, column);
        }
    }

    List<Line> build(List<Glyph> glyphs) {
        List<Row> rows = new ArrayList<>();
        for (List<Glyph> cluster : clusterRows(glyphs)) {
            Row r = toRow(cluster);
            if (r != null) rows.add(r);
        }
        rows.sort(Comparator.comparingDouble(r -> r.baseline));
        mergeWrappedLabels(rows);
        List<Line> out = new ArrayList<>(rows.size());
        order(rows, 0, out);
        return out;
    }

    // ---------------------------------------------------------------- rows

    static List<List<Glyph>> clusterRows(List<Glyph> glyphs) {
        Glyph[] sorted = glyphs.toArray(new Glyph[0]);
        Arrays.sort(sorted, Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x0));
        List<List<Glyph>> clusters = new ArrayList<>();
        List<Glyph> cur = null;
        Glyph anchor = null;
        for (Glyph g : sorted) {
            if (cur != null && g.baseline() - anchor.baseline() < SAME_BASELINE * Math.min(g.size(), anchor.size())) {
                cur.add(g);
            } else {
                cur = new ArrayList<>();
                cur.add(g);
                anchor = g;
                clusters.add(cur);
            }
        }
        if (clusters.size() > 1) mergeSuperscripts(clusters);
        return clusters;
    }

    /**
     * Moves glyphs of a row of small glyphs into a neighbouring row of bigger ones when they sit inside its
     * vertical band and touch one of its glyphs horizontally (within one em of the bigger row's size).
     */
    private static void mergeSuperscripts(List<List<Glyph>> clusters) {
        int n = clusters.size();
        float[] size = new float[n];
        float[] base = new float[n];
        for (int i = 0; i < n; i++) {
            size[i] = dominantSize(clusters.get(i));
            base[i] = clusters.get(i).get(0).baseline();
        }
        for (int i = 0; i < n; i++) {
            List<Glyph> small = clusters.get(i);
            if (small.isEmpty()) continue;
            for (int d = -2; d <= 2 && !small.isEmpty(); d++) {
                int j = i + d;
                if (d == 0 || j < 0 || j >= n || clusters.get(j).isEmpty()) continue;
                if (size[i] * 1.1f > size[j]) continue; // only clearly smaller glyphs (HTML <sup> is 0.83 em)
                List<Glyph> big = clusters.get(j);
                float top = base[j] - Glyph.ASCENT * size[j];
                float bottom = base[j] + Glyph.DESCENT * size[j];
                List<Glyph> moved = new ArrayList<>();
                for (Glyph g : small) {
                    float mid = (g.top() + g.bottom()) / 2;
                    if (mid <= top || mid >= bottom) continue;
                    if (touches(big, g, size[j])) moved.add(g);
                }
                if (!moved.isEmpty()) {
                    big.addAll(moved);
                    small.removeAll(moved);
                }
            }
        }
        clusters.removeIf(List::isEmpty);
    }

    private static boolean touches(List<Glyph> row, Glyph g, float em) {
        for (Glyph h : row) {
            if (h.isSpace()) continue;
            if (g.x0() <= h.x1() + em && g.x1() >= h.x0() - em) return true;
        }
        return false;
    }

    private static float dominantSize(List<Glyph> gs) {
        Map<Float, Integer> count = new HashMap<>();
        float best = gs.get(0).size();
        int bestN = 0;
        for (Glyph g : gs) {
            if (g.isSpace()) continue;
            int c = count.merge(g.size(), g.text().length(), Integer::sum);
            if (c > bestN || (c == bestN && g.size() > best)) {
                bestN = c;
                best = g.size();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- words

    static Row toRow(List<Glyph> cluster) {
        Glyph[] gs = cluster.toArray(new Glyph[0]);
        Arrays.sort(gs, Comparator.comparingDouble(Glyph::x0).thenComparingDouble(Glyph::baseline));
        List<Word> words = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        float prevX1 = 0;
        for (Glyph g : gs) {
            if (g.isSpace()) {
                flush(cur, words);
                prev = null;
                continue;
            }
            if (isDuplicate(cur, g)) continue;
            if (prev != null) {
                float em = Math.max(prev.size(), g.size());
                float ratio = Math.max(prev.size(), g.size()) / Math.min(prev.size(), g.size());
                if (g.x0() - prevX1 > WORD_GAP * em || ratio >= SIZE_JUMP) flush(cur, words);
            }
            cur.add(g);
            prev = g;
            prevX1 = cur.size() == 1 ? g.x1() : Math.max(prevX1, g.x1());
        }
        flush(cur, words);
        if (words.isEmpty()) return null;
        float baseline = 0;
        float size = 0;
        int n = 0;
        for (Word w : words) {
            size = Math.max(size, w.fontSize());
        }
        // the row's baseline: that of its biggest glyphs (superscripts do not move it)
        for (Glyph g : gs) {
            if (!g.isSpace() && g.size() == size) {
                baseline += g.baseline();
                n++;
            }
        }
        return new Row(words, n == 0 ? gs[0].baseline() : baseline / n, size);
    }

    /** Fake bold: the same glyph drawn again at (almost) the same place. */
    private static boolean isDuplicate(List<Glyph> cur, Glyph g) {
        for (int k = cur.size() - 1; k >= 0 && k >= cur.size() - 4; k--) {
            Glyph h = cur.get(k);
            float tol = 0.2f * Math.max(h.size(), g.size());
            if (h.text().equals(g.text()) && Math.abs(h.x0() - g.x0()) < tol
                    && Math.abs(h.baseline() - g.baseline()) < tol) {
                return true;
            }
        }
        return false;
    }

    private static void flush(List<Glyph> cur, List<Word> out) {
        if (cur.isEmpty()) return;
        StringBuilder sb = new StringBuilder();
        float x0 = Float.POSITIVE_INFINITY, y0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY, y1 = Float.NEGATIVE_INFINITY;
        Map<Float, Integer> sizes = new HashMap<>(4);
        Map<String, Integer> fonts = new HashMap<>(4);
        int[] ends = new int[cur.size()];
        float[] gx0 = new float[cur.size()], gx1 = new float[cur.size()];
        int k = 0;
        for (Glyph g : cur) {
            sb.append(g.text());
            ends[k] = sb.length();
            gx0[k] = g.x0();
            gx1[k++] = g.x1();
            x0 = Math.min(x0, g.x0());
            x1 = Math.max(x1, g.x1());
            y0 = Math.min(y0, g.top());
            y1 = Math.max(y1, g.bottom());
            sizes.merge(g.size(), g.text().length(), Integer::sum);
            if (g.font() != null) fonts.merge(g.font(), g.text().length(), Integer::sum);
        }
        float size = argMax(sizes, cur.get(0).size());
        String font = argMax(fonts, null);
        out.add(new Word(sb.toString(), new BoundingBox(x0, y0, x1, y1), size, font, new GlyphEdges(ends, gx0, gx1)));
        cur.clear();
    }

    private static <K> K argMax(Map<K, Integer> m, K dflt) {
        K best = dflt;
        int n = -1;
        for (Map.Entry<K, Integer> e : m.entrySet()) {
            if (e.getValue() > n) {
                n = e.getValue();
                best = e.getKey();
            }
        }
        return best;
    }

    // ---------------------------------------------------------------- wrapped labels

    /**
     * A row made only of values whose baseline lies midway between two one-word label rows just above and
     * below it, both ending left of the values, one line-pitch apart: the label cell wrapped onto two lines
     * and the value cells are middle-aligned. The three become one row [label, values...].
     */
    static void mergeWrappedLabels(List<Row> rows) {
        for (int i = 1; i + 1 < rows.size(); i++) {
            Row a = rows.get(i - 1), n = rows.get(i), b = rows.get(i + 1);
            if (a.words.size() != 1 || b.words.size() != 1 || !n.allNumeric()) continue;
            String ta = a.words.get(0).text(), tb = b.words.get(0).text();
            if (!Glyphs.isLabel(ta) || !Glyphs.isLabel(tb)) continue;
            float s = a.size;
            if (Math.max(s, b.size) / Math.min(s, b.size) > 1.2f) continue;
            if (Math.max(s, n.size) / Math.min(s, n.size) > 1.25f) continue; // not a page number beside a title
            if (b.baseline - a.baseline > 2.0f * s) continue;
            if (Math.abs(n.baseline - (a.baseline + b.baseline) / 2) > 0.25f * s) continue;
            if (Math.max(a.x1(), b.x1()) > n.x0()) continue;
            boolean leftAligned = Math.abs(a.x0() - b.x0()) < s;
            boolean centred = Math.abs((a.x0() + a.x1()) - (b.x0() + b.x1())) / 2 < s;
            if (!leftAligned && !centred) continue;
            Word wa = a.words.get(0), wb = b.words.get(0);
            Word label = new Word(Glyphs.joinWrapped(ta, tb), wa.box().union(wb.box()), wa.fontSize(), wa.fontName());
            List<Word> words = new ArrayList<>(n.words.size() + 1);
            words.add(label);
            words.addAll(n.words);
            rows.set(i, new Row(words, n.baseline, Math.max(n.size, s)));
            rows.remove(i + 1);
            rows.remove(i - 1);
        }
    }

    // ---------------------------------------------------------------- side-by-side blocks

    /**
     * Emits rows in reading order, splitting side-by-side blocks.
     *
     * <p>The rule. Two tables set side by side (IIJ's balance sheet: assets left, liabilities and equity right)
     * share baselines, so every baseline row holds "label n n | label n n". We split such rows at a
     * <em>gutter</em>: an x-range at least {@value #MIN_GUTTER} em wide that no word touches on a run of at least
     * {@value #MIN_GUTTER_ROWS} consecutive rows (no row more than {@value #MAX_ROW_GAP} em below the previous).
     * A gutter only counts when at least {@value #MIN_SPLIT_ROWS} rows of the run show the side-by-side
     * signature across it: the last word left of it is a value (number or dash) and the first word right of it is
     * a label. That signature is what tells two tables apart from one wide table whose columns happen to leave a
     * vertical gap: inside one table, a value is never followed by a row label. Every row of the run must be
     * either on one side of the gutter only, or have a label as its first word right of it (so header rows such
     * as "資産の部 | 負債・資本の部" split too); a row with a value right after the gutter ends the run.
     *
     * <p>The left parts keep this call's column, the right parts get the next column, and the right parts are
     * searched again for further gutters. Reading order: rows above the run in y order, then all left-column lines
     * of the run top to bottom, then the right column's; then the rows below.
     */
    static void order(List<Row> rows, int column, List<Line> out) {
        int floor = 0; // rows above this index already belong to a run
        int i = 0;
        while (i < rows.size()) {
            int[] run = null;
            float[] gutter = null;
            Row seed = rows.get(i);
            for (int k = 0; k + 1 < seed.words.size() && run == null; k++) {
                Word l = seed.words.get(k), r = seed.words.get(k + 1);
                float em = MIN_GUTTER * seed.size;
                if (r.box().x0() - l.box().x1() < em) continue;
                if (!Glyphs.isNumeric(l.text()) || !Glyphs.isLabel(r.text())) continue;
                float[] g = {l.box().x1(), r.box().x0()};
                int[] found = findRun(rows, i, floor, g, em);
                if (found != null) {
                    run = found;
                    gutter = g;
                }
            }
            if (run == null) {
                i++;
                continue;
            }
            for (int k = floor; k < run[0]; k++) out.add(rows.get(k).toLine(column));
            List<Row> left = new ArrayList<>();
            List<Row> right = new ArrayList<>();
            float cut = (gutter[0] + gutter[1]) / 2;
            for (int k = run[0]; k <= run[1]; k++) {
                List<Word> lw = new ArrayList<>(), rw = new ArrayList<>();
                for (Word w : rows.get(k).words) (w.box().x1() <= cut ? lw : rw).add(w);
                if (!lw.isEmpty()) left.add(new Row(lw, rows.get(k).baseline, rows.get(k).size));
                if (!rw.isEmpty()) right.add(new Row(rw, rows.get(k).baseline, rows.get(k).size));
            }
            for (Row r : left) out.add(r.toLine(column));
            order(right, column + 1, out);
            floor = run[1] + 1;
            i = floor;
        }
        for (int k = floor; k < rows.size(); k++) out.add(rows.get(k).toLine(column));
    }

    /**
     * Walks from row {@code seed} down, then up (not above {@code floor}), while the gutter stays free, narrowing
     * it as it goes. Returns [first, last] and updates {@code g} to the final gutter, or returns null.
     */
    private static int[] findRun(List<Row> rows, int seed, int floor, float[] g, float minWidth) {
        float[] gut = {g[0], g[1]};
        int last = seed;
        for (int k = seed + 1; k < rows.size() && extend(rows.get(k - 1), rows.get(k), gut, minWidth); k++) last = k;
        int first = seed;
        for (int k = seed - 1; k >= floor && extend(rows.get(k + 1), rows.get(k), gut, minWidth); k--) first = k;
        if (last - first + 1 < MIN_GUTTER_ROWS) return null;
        float cut = (gut[0] + gut[1]) / 2;
        int strict = 0;
        for (int k = first; k <= last; k++) if (isStrict(rows.get(k), cut)) strict++;
        if (strict < MIN_SPLIT_ROWS) return null;
        // the gutter may have narrowed after the first rows were accepted: re-check every row against the final cut
        for (int k = first; k <= last; k++) if (!sidesOk(rows.get(k), cut)) return null;
        g[0] = gut[0];
        g[1] = gut[1];
        return new int[] {first, last};
    }

    private static boolean extend(Row near, Row r, float[] gut, float minWidth) {
        if (Math.abs(r.baseline - near.baseline) > MAX_ROW_GAP * Math.max(near.size, r.size)) return false;
        float[] free = freePart(r, gut[0], gut[1]);
        if (free == null || free[1] - free[0] < minWidth) return false;
        if (!sidesOk(r, (free[0] + free[1]) / 2)) return false;
        gut[0] = free[0];
        gut[1] = free[1];
        return true;
    }

    /** The widest part of [lo, hi] that none of the row's words touches; null if none. */
    private static float[] freePart(Row r, float lo, float hi) {
        float bestLo = 0, bestHi = -1;
        float cur = lo;
        for (Word w : r.words) { // words are sorted by x0
            float a = w.box().x0(), b = w.box().x1();
            if (b <= cur) continue;
            if (a >= hi) break;
            if (a > cur && a - cur > bestHi - bestLo) {
                bestLo = cur;
                bestHi = a;
            }
            cur = Math.max(cur, b);
            if (cur >= hi) break;
        }
        if (cur < hi && hi - cur > bestHi - bestLo) {
            bestLo = cur;
            bestHi = hi;
        }
        return bestHi > bestLo ? new float[] {bestLo, bestHi} : null;
    }

    private static boolean sidesOk(Row r, float cut) {
        Word firstRight = null;
        boolean anyLeft = false;
        for (Word w : r.words) {
            if (w.box().x1() <= cut) anyLeft = true;
            else if (firstRight == null) firstRight = w;
        }
        return !anyLeft || firstRight == null || Glyphs.isLabel(firstRight.text());
    }

    private static boolean isStrict(Row r, float cut) {
        Word lastLeft = null, firstRight = null;
        for (Word w : r.words) {
            if (w.box().x1() <= cut) lastLeft = w;
            else if (firstRight == null) firstRight = w;
        }
        return lastLeft != null && firstRight != null && Glyphs.isNumeric(lastLeft.text())
                && Glyphs.isLabel(firstRight.text());
    }
}
