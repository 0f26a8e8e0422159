package dev.irx.internal.read;

/**
 * An axis-aligned box in PDF user space, with y measured from the top of the page (as PDFBox's
 * {@code TextPosition.getYDirAdj()} does), in points.
 */
public record BoundingBox(float x0, float y0, float x1, float y1) {

    public BoundingBox {
        if (x1 < x0 || y1 < y0) throw new IllegalArgumentException("inverted box");
    }

    public float width() { return x1 - x0; }

    public float height() { return y1 - y0; }

    public BoundingBox union(BoundingBox o) {
        return new BoundingBox(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    /** As the canonical JSON writes it: [x0, y0, x1, y1]. */
    public float[] toArray() { return new float[] {x0, y0, x1, y1}; }
}
