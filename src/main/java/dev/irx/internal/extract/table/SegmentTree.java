package dev.irx.internal.extract.table;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds sub-rows in a segment breakdown: a row followed by rows that add up to it (認証・セキュリティ
 * サービス = ライセンス + プロフェッショナルサービス + リカーリングサービス). Arithmetic alone can be a
 * coincidence, so a parent is accepted only with a second sign of structure: its children's labels are
 * indented further in the PDF, or (in plain text, where indentation is lost) the same child labels
 * repeat under another parent.
 */
final class SegmentTree {

    /**
     * @param name   the row label
     * @param values the row's amounts in the value columns, as printed (null where 「-」)
     * @param labelX the label's left edge in the PDF; null for plain text
     */
    record Row(String name, List<BigDecimal> values, Float labelX) {}

    private static final float INDENT = 2f;

    private SegmentTree() {}

    /** For each row, the index of its parent row, or -1 for a top-level segment. */
    static int[] parents(List<Row> rows) {
        int n = rows.size();
        int[] parent = new int[n];
        Arrays.fill(parent, -1);
        List<int[]> groups = new ArrayList<>();
        int i = 0;
        while (i < n) {
            int k = childCount(rows, i);
            if (k > 0) {
                groups.add(new int[] {i, i + 1, i + k});
                i += k + 1;
            } else {
                i++;
            }
        }
        for (int[] g : groups) {
            if (!structured(rows, g, groups)) continue;
            for (int c = g[1]; c <= g[2]; c++) parent[c] = g[0];
        }
        return parent;
    }

    /** The smallest number (at least 2) of following rows that sum to row {@code i} in every value column. */
    private static int childCount(List<Row> rows, int i) {
        for (int k = 2; i + k < rows.size(); k++) {
            if (sumsTo(rows, i, k)) return k;
        }
        return 0;
    }

    private static boolean sumsTo(List<Row> rows, int i, int k) {
        List<BigDecimal> total = rows.get(i).values();
        boolean compared = false;
        for (int col = 0; col < total.size(); col++) {
            BigDecimal parent = total.get(col);
            if (parent == null) continue;
            BigDecimal sum = BigDecimal.ZERO;
            BigDecimal resolution = unit(parent);
            boolean complete = true;
            for (int c = i + 1; c <= i + k; c++) {
                BigDecimal v = col < rows.get(c).values().size() ? rows.get(c).values().get(col) : null;
                if (v == null) {
                    complete = false;
                    break;
                }
                sum = sum.add(v);
                resolution = resolution.max(unit(v));
            }
            if (!complete) continue;
            // k rounded parts and a rounded total: each may be off by up to one unit of the last digit.
            if (sum.subtract(parent).abs().compareTo(resolution.multiply(BigDecimal.valueOf(k))) > 0) return false;
            compared = true;
        }
        return compared;
    }

    private static BigDecimal unit(BigDecimal v) { return BigDecimal.ONE.scaleByPowerOfTen(-Math.max(0, v.scale())); }

    private static boolean structured(List<Row> rows, int[] g, List<int[]> groups) {
        Float px = rows.get(g[0]).labelX();
        if (px != null) {
            for (int c = g[1]; c <= g[2]; c++) {
                Float cx = rows.get(c).labelX();
                if (cx == null || cx <= px + INDENT) return false;
            }
            return true;
        }
        List<String> names = childNames(rows, g);
        for (int[] other : groups) {
            if (other != g && childNames(rows, other).equals(names)) return true;
        }
        return false;
    }

    private static List<String> childNames(List<Row> rows, int[] g) {
        List<String> out = new ArrayList<>();
        for (int c = g[1]; c <= g[2]; c++) out.add(rows.get(c).name());
        return out;
    }
}
