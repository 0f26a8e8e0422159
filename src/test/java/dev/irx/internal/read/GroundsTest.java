package dev.irx.internal.read;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A glyph's ground found among the shapes near it is the one a walk back over every shape drawn finds. */
class GroundsTest {

    /** The plain rule: the last shape that holds the glyph gives its colour, one that covers part of it leaves none. */
    private static Integer byWalkingBack(List<FilledBox> shapes, BoundingBox g) {
        for (int i = shapes.size() - 1; i >= 0; i--) {
            BoundingBox f = shapes.get(i).box();
            if (f.x0() <= g.x0() + 0.5f && f.x1() >= g.x1() - 0.5f && f.y0() <= g.y0() + 0.5f && f.y1() >= g.y1() - 0.5f)
                return shapes.get(i).rgb();
            if (f.x0() < g.x1() && f.x1() > g.x0() && f.y0() < g.y1() && f.y1() > g.y0()) return null;
        }
        return 0xFFFFFF;
    }

    @Test
    void agreesWithAWalkBackOverEveryShapeOnRandomPages() {
        Random r = new Random(11);
        for (int page = 0; page < 200; page++) {
            Grounds grounds = new Grounds();
            List<FilledBox> shapes = new ArrayList<>();
            for (int k = 0; k < 60; k++) {
                // cells, rules and now and then a shape as large as the page
                float w = r.nextInt(10) == 0 ? 800 : r.nextFloat() * 120, h = r.nextInt(10) == 0 ? 560 : r.nextFloat() * 30;
                float x = r.nextFloat() * 800 - 20, y = r.nextFloat() * 560 - 20;
                FilledBox s = new FilledBox(new BoundingBox(x, y, x + w, y + h), r.nextInt(0x1000000));
                shapes.add(s);
                grounds.add(s);
                for (int q = 0; q < 5; q++) {
                    float gx = r.nextFloat() * 800, gy = r.nextFloat() * 560, gw = r.nextFloat() * 10;
                    BoundingBox g = new BoundingBox(gx, gy, gx + gw, gy + 7);
                    assertEquals(byWalkingBack(shapes, g), grounds.under(g), "page " + page + " glyph " + g);
                }
            }
        }
    }

    @Test
    void aGlyphOrAShapeFarBeyondThePageIsAnsweredAtOnce() {
        // a damaged font matrix: a glyph box of 1e30 points; shapes from -inf to +inf and NaN
        Grounds grounds = new Grounds();
        grounds.add(new FilledBox(new BoundingBox(Float.NEGATIVE_INFINITY, 0, Float.POSITIVE_INFINITY, 10), 0x123456));
        grounds.add(new FilledBox(new BoundingBox(Float.NaN, Float.NaN, Float.NaN, Float.NaN), 0x654321));
        grounds.add(new FilledBox(new BoundingBox(0, 0, 3e38f, 3e38f), 0xABCDEF));
        assertEquals(0xABCDEF, grounds.under(new BoundingBox(1, 1, 5, 8)));
        assertNull(grounds.under(new BoundingBox(-1e30f, -1e30f, 1e30f, 1e30f)));
    }

    @Test
    void aRuleThroughAGlyphLeavesItsGroundUnknownAndPaperIsWhite() {
        Grounds grounds = new Grounds();
        BoundingBox glyph = new BoundingBox(100, 100, 106, 107);
        assertEquals(0xFFFFFF, grounds.under(glyph));
        grounds.add(new FilledBox(new BoundingBox(90, 95, 200, 110), 0xD9D9D9));
        assertEquals(0xD9D9D9, grounds.under(glyph));
        grounds.add(new FilledBox(new BoundingBox(50, 103, 300, 103.5f), 0x000000));
        assertNull(grounds.under(glyph));
    }
}
