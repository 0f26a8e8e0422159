package dev.irx.internal.read;

/**
 * A filled shape as drawn on a page: a bar of a chart, a legend's swatch, a table's shading.
 *
 * @param box the shape's bounding box, in the same coordinates as the words' boxes (y from the top)
 * @param rgb its fill colour as 0xRRGGBB
 */
public record FilledBox(BoundingBox box, int rgb) {

    /** Whether a point lies inside the box, or within {@code slack} points of it. */
    public boolean contains(float x, float y, float slack) {
        return x >= box.x0() - slack && x <= box.x1() + slack && y >= box.y0() - slack && y <= box.y1() + slack;
    }
}
