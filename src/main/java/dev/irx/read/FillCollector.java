package dev.irx.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The filled shapes of one page with their fill colours, so that a chart's bars and its legend's swatches can be
 * told apart by colour. Only a shape's bounding box is kept: bars and swatches are rectangles, and a curved path's
 * box is good enough to say which label sits inside it.
 */
final class FillCollector extends PDFGraphicsStreamEngine {

    private static final Logger LOG = LoggerFactory.getLogger(FillCollector.class);
    /** A page of more shapes than this is a drawing or a map, not a slide of charts: the rest are dropped. */
    static final int MAX_FILLS = 4000;
    /**
     * Specks (under 1.5 pt both ways) and hairline rules (under 0.75 pt across) are decoration, never a bar or a
     * swatch; a bar's slice for a small series may be about a point high, and is kept.
     */
    private static final float MIN_SIDE = 1.5f, MIN_THIN_SIDE = 0.75f;

    private final float originX;
    private final float top;
    private final List<FilledBox> fills = new ArrayList<>();
    // the current path's bounds in default user space; NaN while the path is empty
    private float minX = Float.NaN, minY, maxX, maxY;
    private final Point2D.Float current = new Point2D.Float();

    private FillCollector(PDPage page) {
        super(page);
        PDRectangle crop = page.getCropBox();
        originX = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    /**
     * The page's filled shapes, in drawing order. Empty for a rotated page (its words are laid out in display
     * orientation; no chart reading has been needed there) and for a page whose content cannot be read.
     */
    static List<FilledBox> collect(PDPage page) {
        if (page.getRotation() % 360 != 0) return List.of();
        FillCollector c = new FillCollector(page);
        try {
            c.processPage(page);
        } catch (IOException | RuntimeException e) {
            LOG.debug("fills of a page not read: {}", e.toString());
            return List.of();
        }
        return List.copyOf(c.fills);
    }

    @Override
    protected void showText(byte[] string) {
        // text is PageCollector's: skipping it here spares decoding every glyph twice
    }

    private void extend(double x, double y) {
        float fx = (float) x, fy = (float) y;
        if (Float.isNaN(minX)) {
            minX = maxX = fx;
            minY = maxY = fy;
        } else {
            minX = Math.min(minX, fx);
            maxX = Math.max(maxX, fx);
            minY = Math.min(minY, fy);
            maxY = Math.max(maxY, fy);
        }
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        extend(p0.getX(), p0.getY());
        extend(p1.getX(), p1.getY());
        extend(p2.getX(), p2.getY());
        extend(p3.getX(), p3.getY());
        current.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        extend(x, y);
        current.setLocation(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        extend(x, y);
        current.setLocation(x, y);
    }

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        // the control points bound the curve
        extend(x1, y1);
        extend(x2, y2);
        extend(x3, y3);
        current.setLocation(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() { return (Point2D) current.clone(); }

    @Override
    public void closePath() {}

    @Override
    public void endPath() { reset(); }

    @Override
    public void strokePath() { reset(); }

    @Override
    public void fillPath(int windingRule) throws IOException { fill(); }

    @Override
    public void fillAndStrokePath(int windingRule) throws IOException { fill(); }

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}

    private void fill() {
        try {
            if (Float.isNaN(minX) || fills.size() >= MAX_FILLS) return;
            float w = maxX - minX, h = maxY - minY;
            if (Math.max(w, h) < MIN_SIDE || Math.min(w, h) < MIN_THIN_SIDE) return;
            Integer rgb = rgb(getGraphicsState().getNonStrokingColor());
            if (rgb == null) return;
            fills.add(new FilledBox(new BoundingBox(minX - originX, top - maxY, maxX - originX, top - minY), rgb));
        } finally {
            reset();
        }
    }

    /** The colour as RGB; null for a pattern or a colour space PDFBox cannot convert (the shape is skipped). */
    private static Integer rgb(PDColor color) {
        if (color == null) return null;
        try {
            return color.toRGB() & 0xFFFFFF;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private void reset() { minX = Float.NaN; }
}
