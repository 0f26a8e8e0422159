package dev.irx.internal.read;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The filled shapes of a page in drawing order, found by where they lie: a glyph's ground is looked up among the
 * shapes near it, not among all of the page's (a data book's thousands of cells under its thousands of glyphs).
 */
final class Grounds {

    /** The side of a square of the page, in points. */
    private static final float CELL = 24f;
    /** A shape over more squares than this (a page's own background) is kept aside and looked at for every glyph. */
    private static final int MAX_CELLS = 64;

    private final List<FilledBox> shapes = new ArrayList<>();
    private final Map<Long, List<Integer>> byCell = new HashMap<>();
    private final List<Integer> large = new ArrayList<>();

    int size() { return shapes.size(); }

    void add(FilledBox shape) {
        int index = shapes.size();
        shapes.add(shape);
        // a shape that holds a glyph within half a point may fall just short of the glyph's squares
        BoundingBox b = shape.box();
        int x0 = cell(b.x0() - 0.5f), x1 = cell(b.x1() + 0.5f), y0 = cell(b.y0() - 0.5f), y1 = cell(b.y1() + 0.5f);
        if (((long) x1 - x0 + 1) * ((long) y1 - y0 + 1) > MAX_CELLS) {
            large.add(index);
            return;
        }
        for (int x = x0; x <= x1; x++) {
            for (int y = y0; y <= y1; y++) byCell.computeIfAbsent(key(x, y), k -> new ArrayList<>()).add(index);
        }
    }

    /**
     * The colour under a glyph: the last shape drawn that holds all of it, white paper where none lies under it, and
     * null where the last shape drawn over it covers only part of it (a rule or a cell's border through it).
     */
    Integer under(BoundingBox g) {
        int gx0 = cell(g.x0()), gx1 = cell(g.x1()), gy0 = cell(g.y0()), gy1 = cell(g.y1());
        // a glyph as large as the page or beyond it (a damaged font matrix): every shape is looked at, as before
        if (((long) gx1 - gx0 + 1) * ((long) gy1 - gy0 + 1) > MAX_CELLS) return underByWalkingBack(g);
        int last = -1;
        for (int i = large.size() - 1; i >= 0 && large.get(i) > last; i--) {
            if (touches(shapes.get(large.get(i)).box(), g)) last = large.get(i);
        }
        for (int x = gx0; x <= gx1; x++) {
            for (int y = gy0; y <= gy1; y++) {
                List<Integer> here = byCell.get(key(x, y));
                if (here == null) continue;
                for (int i = here.size() - 1; i >= 0 && here.get(i) > last; i--) {
                    if (touches(shapes.get(here.get(i)).box(), g)) last = here.get(i);
                }
            }
        }
        if (last < 0) return 0xFFFFFF;
        return holds(shapes.get(last).box(), g) ? shapes.get(last).rgb() : null;
    }

    private Integer underByWalkingBack(BoundingBox g) {
        for (int i = shapes.size() - 1; i >= 0; i--) {
            BoundingBox f = shapes.get(i).box();
            if (touches(f, g)) return holds(f, g) ? shapes.get(i).rgb() : null;
        }
        return 0xFFFFFF;
    }

    private static boolean holds(BoundingBox f, BoundingBox g) {
        return f.x0() <= g.x0() + 0.5f && f.x1() >= g.x1() - 0.5f && f.y0() <= g.y0() + 0.5f && f.y1() >= g.y1() - 0.5f;
    }

    private static boolean touches(BoundingBox f, BoundingBox g) {
        return holds(f, g) || f.x0() < g.x1() && f.x1() > g.x0() && f.y0() < g.y1() && f.y1() > g.y0();
    }

    /** Coordinates far off the page (a damaged matrix) are held to a million points, so that cells stay countable. */
    private static int cell(float v) {
        if (Float.isNaN(v)) return 0;
        return (int) Math.floor(Math.max(-1e6f, Math.min(1e6f, v)) / CELL);
    }

    private static long key(int x, int y) { return ((long) x << 32) ^ (y & 0xFFFFFFFFL); }
}
