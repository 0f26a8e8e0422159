package dev.irx.internal.extract.statement;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a page's figure columns stand: amounts are set flush right in their column, so the right edges of the rows
 * that fill every column mark them. A row with a column left empty, or with a note number before its figures, is
 * placed by those edges; on a page without positions (plain text) only a row that fills every column is read.
 */
final class ColumnAnchors {

    /** Right edges per number of figures in a row: the medians of the rows with that many figures. */
    private final Map<Integer, float[]> edges;

    private ColumnAnchors(Map<Integer, float[]> edges) { this.edges = edges; }

    static ColumnAnchors of(List<FigureRow> rows) {
        Map<Integer, List<float[]>> byCount = new HashMap<>();
        for (FigureRow r : rows) {
            List<FigureRow.Figure> fs = r.figures();
            if (fs.isEmpty() || fs.stream().anyMatch(f -> f.box() == null) || !r.hasLetter()) continue;
            float[] e = new float[fs.size()];
            for (int i = 0; i < e.length; i++) e[i] = fs.get(i).box().x1();
            byCount.computeIfAbsent(fs.size(), k -> new ArrayList<>()).add(e);
        }
        Map<Integer, float[]> edges = new HashMap<>();
        byCount.forEach((n, list) -> {
            if (list.size() < 2) return;
            float[] m = new float[n];
            for (int i = 0; i < n; i++) {
                float[] col = new float[list.size()];
                for (int k = 0; k < col.length; k++) col[k] = list.get(k)[i];
                Arrays.sort(col);
                m[i] = col[col.length / 2];
            }
            edges.put(n, m);
        });
        return new ColumnAnchors(edges);
    }

    /**
     * The row's figure in each of {@code n} columns (null where it has none), or null when its figures cannot be
     * placed surely.
     */
    List<FigureRow.Figure> assign(FigureRow row, int n, boolean notes) {
        List<FigureRow.Figure> fs = new ArrayList<>(row.figures());
        if (notes) while (fs.size() > n && fs.get(0).noteLike()) fs.remove(0);
        float[] anchors = edges.get(n);
        boolean positions = fs.stream().allMatch(f -> f.box() != null);
        if (anchors == null || !positions) {
            return fs.size() == n ? fs : null;
        }
        float tolerance = 30f;
        for (int i = 1; i < n; i++) tolerance = Math.min(tolerance, (anchors[i] - anchors[i - 1]) / 2.5f);
        List<FigureRow.Figure> out = new ArrayList<>();
        for (int i = 0; i < n; i++) out.add(null);
        for (FigureRow.Figure f : fs) {
            int best = -1;
            for (int i = 0; i < n; i++) {
                if (Math.abs(f.box().x1() - anchors[i]) <= tolerance) best = i;
            }
            if (best < 0) {
                if (f.noteLike()) continue; // a note number in a column of its own
                return null;
            }
            if (out.get(best) != null) return null;
            out.set(best, f);
        }
        return out;
    }
}
