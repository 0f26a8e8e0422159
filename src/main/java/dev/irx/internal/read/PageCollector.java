package dev.irx.internal.read;

import dev.irx.ReadLimits;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import dev.irx.IrxException.Reason;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.OperatorProcessor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects each page's glyphs from PDFBox and lays the page out as soon as it ends, so that only one page's
 * glyphs are held at a time. PDFBox's own sorting and text writing are bypassed. One instance per document.
 */
final class PageCollector extends PDFTextStripper {

    private static final Logger LOG = LoggerFactory.getLogger(PageCollector.class);
    private final List<Glyph> glyphs = new ArrayList<>();
    private final List<Page> pages = new ArrayList<>();
    private final ReadLimits limits;
    private long textGlyphs;
    /** Glyphs drawn on the current page, and those of them with no Unicode mapping (PDFBox drops them). */
    private long pageGlyphs;
    private long pageUnmapped;
    /** Glyphs of the current page that reached {@link #processTextPosition}. */
    private long pagePositions;
    private long unmapped;
    private PDDocument doc;
    /** The current page's fills, fed from this pass; null for a rotated page. */
    private FillCollector fills;
    /** The fills of the current page could not be read: the page has none (its text is still read). */
    private boolean fillsFailed;
    /** PDFTextStripper's own {@code Do}: it draws forms, whose text and shapes count. */
    private final OperatorProcessor formDo = new DrawObject(this);

    /**
     * The colour, path-painting and image operators, which PDFTextStripper ignores, go to the page's
     * {@link FillCollector}: one parse of each content stream gives both glyphs and fills.
     */
    private final PageSelection selection;

    PageCollector(ReadLimits limits) { this(limits, PageSelection.ALL); }

    PageCollector(ReadLimits limits, PageSelection selection) {
        this.limits = limits;
        this.selection = selection;
        for (String op : FILL_OPERATORS) addOperator(new ToFills(op));
        addOperator(new ToFills("Do"));
    }

    private static final List<String> FILL_OPERATORS = List.of(
            "CS", "cs", "SC", "sc", "SCN", "scn", "G", "g", "RG", "rg", "K", "k", // colours
            "re", "m", "l", "c", "v", "y", "h", // path construction
            "n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*", // path painting
            "BI"); // an inline image

    /** Hands an operator to the page's FillCollector; an image's {@code Do} too, a form's to PDFTextStripper. */
    private final class ToFills extends OperatorProcessor {
        private final String name;

        ToFills(String name) {
            super(PageCollector.this);
            this.name = name;
        }

        @Override
        public void process(Operator operator, List<COSBase> operands) throws IOException {
            if (name.equals("Do") && !isImage(operands)) {
                formDo.process(operator, operands);
                return;
            }
            if (fills == null || fillsFailed) return;
            try {
                fills.forward(operator, operands);
            } catch (IOException | RuntimeException e) {
                LOG.debug("fills of a page not read: {}", e.toString());
                fillsFailed = true;
            }
        }

        private boolean isImage(List<COSBase> operands) {
            return !operands.isEmpty() && operands.get(0) instanceof COSName n && getResources() != null
                    && getResources().isImageXObject(n);
        }

        @Override
        public String getName() { return name; }
    }

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

    /** Glyphs of the whole document that no font maps to Unicode. */
    long unmappedGlyphCount() { return unmapped; }

    /** A page the selection leaves out is not parsed; it is added empty (as a blank page is) when the next one starts. */
    @Override
    public void processPage(PDPage page) throws IOException {
        if (selection.includes(getCurrentPageNo())) super.processPage(page);
    }

    @Override
    protected void startPage(PDPage page) {
        if (getCurrentPageNo() > limits.maxPages()) {
            throw new LimitExceeded(Reason.TOO_LARGE, "over " + limits.maxPages() + " pages");
        }
        blankPagesBefore(getCurrentPageNo());
        glyphs.clear();
        fills = FillCollector.fedBy(page, this);
        fillsFailed = false;
        pageGlyphs = 0;
        pageUnmapped = 0;
        pagePositions = 0;
    }

    /** Each operator first asks whether the read is still wanted: a hostile page can draw for hours. */
    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        LimitExceeded.checkInterrupted();
        super.processOperator(operator, operands);
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        LimitExceeded.checkGlyphs(++pageGlyphs, limits);
        long before = pagePositions;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        // PDFBox passes on no position for a glyph of a composite font that nothing maps to Unicode: count it here,
        // where it would be dropped without a trace
        if (pagePositions == before) pageUnmapped++;
        if (fills == null || fillsFailed) return;
        try {
            fills.glyph(textRenderingMatrix, displacement);
        } catch (RuntimeException e) {
            LOG.debug("fills of a page not read: {}", e.toString());
            fillsFailed = true;
        }
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        pagePositions++;
        String u = t.getUnicode();
        if (u == null || u.isEmpty()) {
            pageUnmapped++;
            return;
        }
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
        FillCollector.Result drawn = fills == null || fillsFailed ? FillCollector.Result.NONE : fills.result();
        fills = null;
        if (!drawn.hiddenGlyphs().isEmpty()) glyphs.removeIf(g -> isHidden(g, drawn.hiddenGlyphs()));
        List<Line> lines = glyphs.isEmpty() ? List.of() : new LayoutBuilder().build(glyphs);
        pages.add(new Page(getCurrentPageNo(), w, h, lines, drawn.fills(), (int) pageGlyphs, (int) pageUnmapped));
        unmapped += pageUnmapped;
        glyphs.clear();
    }
}
