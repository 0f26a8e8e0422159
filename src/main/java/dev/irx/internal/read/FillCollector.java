package dev.irx.internal.read;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.state.PDGraphicsState;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * The filled shapes of one page with their fill colours, so that a chart's bars and its legend's swatches can be
 * told apart by colour. Only a shape's bounding box is kept: bars and swatches are rectangles, and a curved path's
 * box is good enough to say which label sits inside it.
 */
final class FillCollector extends PDFGraphicsStreamEngine {

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
    /** Centres of glyphs drawn in the colour of what lies under them (y from the top). */
    private final List<float[]> hiddenGlyphs = new ArrayList<>();
    /** Each filled subpath's box with its colour, in drawing order: what lies under a glyph. */
    private final Grounds backgrounds = new Grounds();
    /** The current path's subpaths' boxes so far (x0, y0, x1, y1 in default user space). */
    private final List<float[]> subpaths = new ArrayList<>();
    private float[] subpath;
    /** Images drawn so far: text over one may be any colour. */
    private final List<BoundingBox> images = new ArrayList<>();
    private int glyphsChecked;
    /** Pages of more glyphs than this are not checked for hidden text. */
    private static final int MAX_GLYPHS_CHECKED = 20000;

    /** A page's fills, and the centres of the glyphs a later fill paints over (y from the top, like the boxes). */
    record Result(List<FilledBox> fills, List<float[]> hiddenGlyphs) {
        static final Result NONE = new Result(List.of(), List.of());
    }
    // the current path's bounds in default user space; NaN while the path is empty
    private float minX = Float.NaN, minY, maxX, maxY;
    private final Point2D.Float current = new Point2D.Float();

    /** The engine whose pass over the page feeds this one: its graphics state and resources are read. */
    private final PDFStreamEngine host;

    private FillCollector(PDPage page, PDFStreamEngine host) {
        super(page);
        this.host = host;
        PDRectangle crop = page.getCropBox();
        originX = crop.getLowerLeftX();
        top = crop.getUpperRightY();
    }

    /**
     * A collector fed by another engine's pass over the page ({@link PageCollector}'s): it is given the colour,
     * path and image operators ({@link #forward}) and the glyphs ({@link #glyph}), and reads the other engine's
     * graphics state, so the content stream is parsed once. Null for a rotated page: its words are laid out in display
     * orientation, and no chart reading has been needed there.
     */
    static FillCollector fedBy(PDPage page, PDFStreamEngine host) {
        return page.getRotation() % 360 != 0 ? null : new FillCollector(page, host);
    }

    @Override
    public PDGraphicsState getGraphicsState() {
        return host.getGraphicsState();
    }

    @Override
    public PDResources getResources() {
        return host.getResources();
    }

    @Override
    public boolean isShouldProcessColorOperators() {
        return host.isShouldProcessColorOperators();
    }

    /** Runs one of the host's operators with this engine's processor for it (errors as in this engine's pass). */
    void forward(Operator operator, List<COSBase> operands) throws IOException {
        processOperator(operator, operands);
    }

    /** What the page drew so far: its fills and the glyphs painted over. */
    Result result() {
        return new Result(List.copyOf(fills), List.copyOf(hiddenGlyphs));
    }

    /**
     * A glyph drawn in the colour of what lies under it cannot be seen: a spreadsheet prints a formula's value in
     * white on a white cell (a data book's empty Q4 column holds 「(12,985,495)」 nobody can see). What a reader
     * does not see is not read. Text over an image, or in a mode other than plain fill, is taken as seen.
     */
    /** A glyph drawn (by this engine's pass or its host's): checked for being painted in its ground's colour. */
    void glyph(Matrix textRenderingMatrix, Vector displacement) {
        if (++glyphsChecked > MAX_GLYPHS_CHECKED) return;
        if (getGraphicsState().getTextState().getRenderingMode() != RenderingMode.FILL) return;
        Integer colour = rgb(getGraphicsState().getNonStrokingColor());
        if (colour == null) return;
        float size = textRenderingMatrix.getScalingFactorY();
        float advance = Math.abs(displacement.getX() * textRenderingMatrix.getScalingFactorX());
        float left = textRenderingMatrix.getTranslateX() - originX;
        float baseline = top - textRenderingMatrix.getTranslateY();
        // the glyph's box: its advance across, most of its size up from the baseline
        BoundingBox glyph = new BoundingBox(left, baseline - size * 0.7f, left + advance, baseline);
        Integer under = background(glyph);
        if (under != null && close(colour, under)) {
            hiddenGlyphs.add(new float[] {left + advance / 2, baseline - size / 3});
        }
    }

    /**
     * The colour under a glyph: the last fill drawn that holds all of it (a rule or a cell's border through it is
     * not its ground), white paper where none does; null over an image.
     */
    private Integer background(BoundingBox g) {
        float cx = (g.x0() + g.x1()) / 2, cy = (g.y0() + g.y1()) / 2;
        for (BoundingBox img : images) {
            if (cx > img.x0() && cx < img.x1() && cy > img.y0() && cy < img.y1()) return null;
        }
        return backgrounds.under(g);
    }

    private static boolean close(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > 12) return false;
        }
        return true;
    }

    private void extend(double x, double y) {
        float fx = (float) x, fy = (float) y;
        if (subpath == null) {
            subpath = new float[] {fx, fy, fx, fy};
            subpaths.add(subpath);
        } else {
            subpath[0] = Math.min(subpath[0], fx);
            subpath[1] = Math.min(subpath[1], fy);
            subpath[2] = Math.max(subpath[2], fx);
            subpath[3] = Math.max(subpath[3], fy);
        }
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
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
                                   List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        LimitExceeded.checkInterrupted();
        super.processOperator(operator, operands);
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        subpath = null; // a rectangle is a subpath of its own
        extend(p0.getX(), p0.getY());
        extend(p1.getX(), p1.getY());
        extend(p2.getX(), p2.getY());
        extend(p3.getX(), p3.getY());
        current.setLocation(p0);
    }

    @Override
    public void moveTo(float x, float y) {
        subpath = null;
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
    public void drawImage(PDImage pdImage) {
        // the unit square under the current transformation: where the image lands
        Matrix m = getGraphicsState().getCurrentTransformationMatrix();
        float[][] corners = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};
        float x0 = Float.MAX_VALUE, y0 = Float.MAX_VALUE, x1 = -Float.MAX_VALUE, y1 = -Float.MAX_VALUE;
        for (float[] c : corners) {
            Point2D.Float p = m.transformPoint(c[0], c[1]);
            x0 = Math.min(x0, p.x);
            x1 = Math.max(x1, p.x);
            y0 = Math.min(y0, p.y);
            y1 = Math.max(y1, p.y);
        }
        if (images.size() < MAX_FILLS) images.add(new BoundingBox(x0 - originX, top - y1, x1 - originX, top - y0));
    }

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
            if (glyphsChecked <= MAX_GLYPHS_CHECKED && backgrounds.size() < 4 * MAX_FILLS) {
                for (float[] b : subpaths) {
                    backgrounds.add(new FilledBox(new BoundingBox(b[0] - originX, top - b[3], b[2] - originX,
                            top - b[1]), rgb));
                }
            }
            BoundingBox box = new BoundingBox(minX - originX, top - maxY, maxX - originX, top - minY);
            fills.add(new FilledBox(box, rgb));
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

    private void reset() {
        minX = Float.NaN;
        subpaths.clear();
        subpath = null;
    }
}
