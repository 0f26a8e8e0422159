package dev.irx.read;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import dev.irx.IrxException.Reason;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects each page's glyphs from PDFBox and lays the page out as soon as it ends, so that only one page's
 * glyphs are held at a time. PDFBox's own sorting and text writing are bypassed. One instance per document.
 */
final class PageCollector extends PDFTextStripper {

    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final ReadLimits limits;
    private long textGlyphs;
    private long pageGlyphs;
    private PDDocument doc;

    PageCollector(ReadLimits limits) { this.limits = limits; }

    List<Page> collect(PDDocument doc) throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false); // we drop duplicates ourselves, per line
        this.doc = doc;
        writeText(doc, Writer.nullWriter());
        int total = 0;
        for (PDPage ignored : doc.getPages()) total++; // as PDFBox iterated them
        blankPagesBefore(total + 1);
        return pages;
    }

    /**
     * PDFBox does not process a page without contents: such pages up to this one are added here, empty, so
     * that the document keeps its page count and every page its number.
     */
    private void blankPagesBefore(int number) {
        for (int n = pages.size() + 1; n < number; n++) {
            float w = 0, h = 0;
            try {
                PDRectangle box = doc.getPage(n - 1).getCropBox();
                w = box.getWidth();
                h = box.getHeight();
            } catch (RuntimeException e) {
                // a page tree PDFBox iterates but cannot index: the size is unknown
            }
            pages.add(new Page(n, w, h, List.of()));
        }
    }

    /** Glyphs with visible text seen in the whole document. */
    long textGlyphCount() { return textGlyphs; }

    @Override
    protected void startPage(PDPage page) {
        if (getCurrentPageNo() > limits.maxPages()) {
            throw new LimitExceeded(Reason.TOO_LARGE, "over " + limits.maxPages() + " pages");
        }
        blankPagesBefore(getCurrentPageNo());
        glyphs.clear();
        pageGlyphs = 0;
    }

    /** Each operator first asks whether the read is still wanted: a hostile page can draw for hours. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        LimitExceeded.checkInterrupted();
        super.processOperator(operator, operands);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        LimitExceeded.checkGlyphs(++pageGlyphs, limits);
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) return;
        // The size as drawn: the text rendering matrix includes the CTM, which getFontSizeInPt() ignores (Chromium
        // sets 12 "pt" text under a 0.75 CTM, i.e. 9 pt on paper) and rounds to an int.
        float size = t.getTextMatrix().getScalingFactorY();
        if (!(size > 0) || Float.isInfinite(size)) size = t.getFontSizeInPt();
        if (!(size > 0) || Float.isInfinite(size)) size = 1f;
        float x0 = t.getXDirAdj();
        float w = t.getWidthDirAdj();
        if (Float.isNaN(x0) || Float.isNaN(w) || Float.isNaN(t.getYDirAdj())) return;
        if (w < 0) {
            x0 += w;
            w = -w;
        }
        PDFont font = t.getFont();
        glyphs.add(new Glyph(u, x0, x0 + w, t.getYDirAdj(), size, font == null ? null : font.getName()));
        if (!u.isBlank() && !u.chars().allMatch(Character::isSpaceChar)) textGlyphs++;
    }

    /** Whether a glyph is one the page paints over (within a point of a hidden glyph's centre). */
    private static boolean isHidden(Glyph g, List<float[]> hidden) {
        float cx = (g.x0() + g.x1()) / 2, cy = g.baseline() - g.size() / 3;
        for (float[] h : hidden) {
            if (Math.abs(h[0] - cx) <= 1f && Math.abs(h[1] - cy) <= 1f) return true;
        }
        return false;
    }

    @Override
    protected void writePage() {
        // no text output: the layout is ours
    }

    @Override
    protected void endPage(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rot = ((page.getRotation() % 360) + 360) % 360;
        boolean swap = rot == 90 || rot == 270;
        float w = swap ? box.getHeight() : box.getWidth();
        float h = swap ? box.getWidth() : box.getHeight();
        FillCollector.Result drawn = FillCollector.collect(page, limits);
        if (!drawn.hiddenGlyphs().isEmpty()) glyphs.removeIf(g -> isHidden(g, drawn.hiddenGlyphs()));
        List<Line> lines = glyphs.isEmpty() ? List.of() : new LayoutBuilder().build(glyphs);
        pages.add(new Page(getCurrentPageNo(), w, h, lines, drawn.fills()));
        glyphs.clear();
    }
}
