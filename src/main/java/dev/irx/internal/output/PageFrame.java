package dev.irx.internal.output;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Where an irx box lies on a page image rendered by PDFBox's {@code PDFRenderer}.
 *
 * <p>irx's boxes come from PDFBox's {@code TextPosition.getXDirAdj()/getYDirAdj()}: points from the top-left of the
 * crop box (its lower-left corner is subtracted), in the frame in which the page's text reads upright, that is the
 * unrotated page turned by the text's direction. The renderer draws the crop box turned by the page's
 * {@code /Rotate}. The two frames agree when the text reads upright on screen (the usual case, rotated pages
 * included); a page whose text runs sideways on screen needs the box turned from one frame into the other.
 */
final class PageFrame {

    private final float width, height; // the crop box, unrotated, in points
    private final int rotation, textDirection; // multiples of 90
    private final double scale; // pixels per point

    PageFrame(float width, float height, int rotation, int textDirection, double scale) {
        this.width = width;
        this.height = height;
        this.rotation = normal(rotation);
        this.textDirection = normal(textDirection);
        this.scale = scale;
    }

    static PageFrame of(PDPage page, int textDirection, double scale) {
        PDRectangle crop = page.getCropBox();
        return new PageFrame(crop.getWidth(), crop.getHeight(), page.getRotation(), textDirection, scale);
    }

    /** The box {@code [x0, y0, x1, y1]} in image pixels, as {@code [left, top, right, bottom]}. */
    double[] toPixels(float[] box) {
        double[] a = toScreen(box[0], box[1]), b = toScreen(box[2], box[3]);
        return new double[] {Math.min(a[0], b[0]) * scale, Math.min(a[1], b[1]) * scale,
                Math.max(a[0], b[0]) * scale, Math.max(a[1], b[1]) * scale};
    }

    double scale() { return scale; }

    /** A point of the text's frame (y down) to the rendered page's (y down), in points. */
    private double[] toScreen(double x, double y) {
        double u, v; // unrotated user space, from the crop box's lower-left, y up
        switch (textDirection) {
            case 90 -> { u = y; v = x; }
            case 180 -> { u = width - x; v = y; }
            case 270 -> { u = width - y; v = height - x; }
            default -> { u = x; v = height - y; }
        }
        return switch (rotation) {
            case 90 -> new double[] {v, u};
            case 180 -> new double[] {width - u, v};
            case 270 -> new double[] {height - v, width - u};
            default -> new double[] {u, height - v};
        };
    }

    private static int normal(int degrees) {
        int d = ((degrees % 360) + 360) % 360;
        return d - d % 90;
    }
}
