package dev.irx.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.IrxExtractor;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.LayerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The boxes drawn by {@code annotate} land on the figures' glyphs: for every fact of a 短信 page, the page rendered
 * without annotations has ink inside the fact's box mapped to pixels and (but for a glyph drawn past its advance)
 * none sticking out of it, where boxes three points off have glyphs sticking out; and a wrong mapping (y from the bottom, or the
 * page's rotation ignored where its text runs sideways) puts many boxes on blank paper. The same holds for copies of the page with a crop box
 * that does not start at the origin and with /Rotate, its text sideways on screen or drawn upright.
 */
class PageAnnotatorTest {

    private static final Path TANSHIN = Path.of("samples/iij-1q25-tanshin-summary.pdf");
    private static final double SCALE = 2; // 144 dpi

    @Test
    void boxesLandOnTheFiguresOfTheSample() throws Exception {
        byte[] pdf = java.nio.file.Files.readAllBytes(TANSHIN);
        checkBoxesOnInk(pdf, 0, true);
    }

    @Test
    void cropBoxNotAtTheOrigin() throws Exception {
        checkBoxesOnInk(variant(p -> {
            PDRectangle m = p.getMediaBox();
            p.setCropBox(new PDRectangle(25, 60, m.getWidth() - 45, m.getHeight() - 90));
        }), 0, true);
    }

    @Test
    void rotatedPageWithSidewaysText() throws Exception {
        checkBoxesOnInk(variant(p -> p.setRotation(90)), 0, true);
        checkBoxesOnInk(variant(p -> {
            p.setRotation(270);
            PDRectangle m = p.getMediaBox();
            p.setCropBox(new PDRectangle(30, 20, m.getWidth() - 50, m.getHeight() - 40));
        }), 0, true);
        checkBoxesOnInk(variant(p -> p.setRotation(180)), 0, true);
    }

    /**
     * Pages stored turned (/Rotate 90, 180, 270) whose content is drawn turned back, so that it reads upright on
     * screen: the text runs in the page's rotation, and the boxes are measured on the page as shown.
     */
    @Test
    void rotatedPagesWithUprightText() throws Exception {
        for (int rotation : new int[] {90, 180, 270}) {
            try (PDDocument src = Loader.loadPDF(java.nio.file.Files.readAllBytes(TANSHIN)); PDDocument out = new PDDocument()) {
                PDRectangle m = src.getPage(0).getMediaBox();
                float w = m.getWidth(), h = m.getHeight();
                PDFormXObject form = new LayerUtility(out).importPageAsForm(src, 0);
                PDPage page = new PDPage(rotation == 180 ? new PDRectangle(w, h) : new PDRectangle(h, w));
                page.setRotation(rotation);
                out.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                    // the original's (x, y) to where the turned page shows it as the original
                    cs.transform(switch (rotation) {
                        case 90 -> new Matrix(0, 1, -1, 0, h, 0);
                        case 180 -> new Matrix(-1, 0, 0, -1, w, h);
                        default -> new Matrix(0, -1, 1, 0, 0, w);
                    });
                    cs.drawForm(form);
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                out.save(bytes);
                // Text drawn upside down gets boxes 2 pt taller from the reader (up to the cell's rule), so the glyphs of the
                // cell above are within reach of the spill scan: there only the ink and the wrong mappings are checked.
                checkBoxesOnInk(bytes.toByteArray(), rotation, rotation != 180);
            }
        }
    }

    @Test
    void writesImagesPagesAndAnIndex() throws Exception {
        byte[] bytes = java.nio.file.Files.readAllBytes(TANSHIN);
        IrxDocument doc = IrxExtractor.builder().build().extract(new ByteArrayInputStream(bytes), "t.pdf");
        Map<String, byte[]> files = new HashMap<>();
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            new PageAnnotator(PageAnnotator.DEFAULT_DPI).write(pdf, doc, (name, body) -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                body.writeTo(b);
                files.put(name, b.toByteArray());
            });
        }
        assertEquals(java.util.Set.of("index.html", "page-001.png", "page-001.html", "page-002.png", "page-002.html"),
                files.keySet());
        BufferedImage p1 = ImageIO.read(new ByteArrayInputStream(files.get("page-001.png")));
        assertEquals(1224, p1.getWidth()); // Letter at 144 dpi
        assertEquals(1584, p1.getHeight());
        String index = new String(files.get("index.html"), StandardCharsets.UTF_8);
        String page1 = new String(files.get("page-001.html"), StandardCharsets.UTF_8);
        PageFrame frame = new PageFrame(612, 792, 0, 0, SCALE);
        for (Fact f : doc.facts()) {
            String page = PageAnnotator.pageName(f.page());
            assertTrue(index.contains("<tr id=\"row-" + f.id() + "\""), f.id());
            assertTrue(index.contains("href=\"" + page + ".html#" + f.id() + "\""), f.id());
            if (f.page() != 1) continue;
            assertTrue(page1.contains("id=\"" + f.id() + "\""), f.id());
            // the box's outline, in the status's colour, half a stroke outside the box
            double[] px = frame.toPixels(f.where().bbox());
            int y = (int) Math.round((px[1] + px[3]) / 2);
            int x = (int) Math.floor(px[0] - 1.2);
            assertEquals(PageAnnotator.colour(f.status()).getRGB() & 0xffffff, nearest(p1, x, y, PageAnnotator.colour(f.status())),
                    f.id() + " " + f.status());
        }
        assertTrue(doc.facts().stream().anyMatch(f -> f.status() == FactStatus.RECONCILED));
    }

    /** The pixel among (x-1..x+1, y) closest in colour to {@code c}, as RGB. */
    private static int nearest(BufferedImage img, int x, int y, java.awt.Color c) {
        int best = 0, bestD = Integer.MAX_VALUE;
        for (int dx = -1; dx <= 1; dx++) {
            int rgb = img.getRGB(x + dx, y) & 0xffffff;
            int d = Math.abs((rgb >> 16) - c.getRed()) + Math.abs(((rgb >> 8) & 255) - c.getGreen()) + Math.abs((rgb & 255) - c.getBlue());
            if (d < bestD) {
                bestD = d;
                best = rgb;
            }
        }
        return bestD < 30 ? c.getRGB() & 0xffffff : best;
    }

    /** Page 1 of the sample, changed, as a PDF of its own. */
    private static byte[] variant(Consumer<PDPage> change) throws IOException {
        try (PDDocument doc = Loader.loadPDF(java.nio.file.Files.readAllBytes(TANSHIN))) {
            doc.removePage(1);
            change.accept(doc.getPage(0));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /**
     * Every fact of page 1 has ink in its box as {@link PageFrame} places it on the plain rendering, and nine in ten
     * have no ink reaching out of it, where three in four moved by 3 points (in any direction) have; with the
     * y axis flipped, or the page's rotation ignored, a third of the boxes or more are blank.
     */
    private static void checkBoxesOnInk(byte[] pdf, int expectedDirection, boolean tight) throws Exception {
        IrxDocument doc = IrxExtractor.builder().pages("1").build().extract(new ByteArrayInputStream(pdf), "v.pdf");
        List<Fact> facts = doc.facts().stream().filter(f -> f.page() == 1 && f.where().bbox() != null).toList();
        assertTrue(facts.size() >= 30, "facts on page 1: " + facts.size());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDPage page = d.getPage(0);
            int dir = TextDirections.of(d, java.util.Set.of(1)).get(1);
            assertEquals(expectedDirection, dir);
            BufferedImage img = new PDFRenderer(d).renderImage(0, (float) SCALE, ImageType.RGB);
            PageFrame frame = PageFrame.of(page, dir, SCALE);
            PDRectangle crop = page.getCropBox();
            PageFrame flipped = new PageFrame(crop.getWidth(), crop.getHeight(), page.getRotation(), dir + 180, SCALE);
            // the box scaled as it is, as if it were measured on the page as shown: wrong when the text runs sideways
            boolean sideways = dir != ((page.getRotation() % 360) + 360) % 360;
            PageFrame naive = new PageFrame(crop.getWidth(), crop.getHeight(), dir, dir, SCALE);
            int wrongFlipped = 0, wrongUnrotated = 0, spilt = 0;
            int[] shifted = new int[4]; // right, left, down, up in the text's frame
            for (Fact f : facts) {
                double ink = ink(img, frame.toPixels(f.where().bbox()));
                assertTrue(ink >= 0.04, f.id() + " " + f.display().text() + ": ink " + ink + " in its box");
                if (spill(img, frame.toPixels(f.where().bbox())) > 1) spilt++;
                // three points off, along or across the text: the glyphs stick out of the box
                float[] b = f.where().bbox();
                for (int k = 0; k < 4; k++) {
                    float dx = k == 0 ? 3 : k == 1 ? -3 : 0, dy = k == 2 ? 3 : k == 3 ? -3 : 0;
                    if (spill(img, frame.toPixels(new float[] {b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy})) > 1) shifted[k]++;
                }
                if (ink(img, flipped.toPixels(f.where().bbox())) >= 0.04) wrongFlipped++;
                if (ink(img, naive.toPixels(f.where().bbox())) >= 0.04) wrongUnrotated++;
            }
            // a wrong mapping leaves a third of the boxes or more on blank paper, so the check above would fail on it
            assertTrue(wrongFlipped < facts.size() * 2 / 3, "flipped boxes on ink: " + wrongFlipped + "/" + facts.size());
            if (sideways) assertTrue(wrongUnrotated < facts.size() * 2 / 3, "rotation ignored, boxes on ink: " + wrongUnrotated + "/" + facts.size());
            else assertEquals(facts.size(), wrongUnrotated, "text upright on screen: the boxes are the page's as shown");
            if (!tight) return;
            assertTrue(spilt <= facts.size() / 10, "r" + page.getRotation() + " d" + dir + " boxes with glyphs reaching out of them: " + spilt + "/" + facts.size());
            for (int k = 0; k < 4; k++) {
                assertTrue(shifted[k] >= facts.size() * 3 / 4, "boxes 3 pt off with glyphs reaching out (right, left, down, up): "
                        + java.util.Arrays.toString(shifted) + " of " + facts.size());
            }
        }
    }

    /**
     * How far, in points, the ink near a box reaches out of it: scanning out from each side for 2 points, across the
     * box's band (its rows for left and right, its columns for above and below), up to a table's rule (a line dark
     * across nine tenths of the band), beyond which the ink is another cell's. 0 when the glyphs are all inside.
     */
    static double spill(BufferedImage img, double[] px) {
        int m = (int) Math.floor(2 * SCALE);
        int x0 = (int) Math.round(px[0]), x1 = (int) Math.round(px[2]) - 1;
        int y0 = (int) Math.round(px[1]), y1 = (int) Math.round(px[3]) - 1;
        int worst = 0;
        for (int[] dir : new int[][] {{-1, 0}, {1, 0}, {0, -1}, {0, 1}}) {
            boolean across = dir[0] != 0; // scanning columns
            for (int k = 1; k <= m; k++) {
                int dark = 0, grey = 0, n = 0;
                for (int t = across ? y0 : x0; t <= (across ? y1 : x1); t++, n++) {
                    int x = across ? (dir[0] < 0 ? x0 - k : x1 + k) : t;
                    int y = across ? t : (dir[1] < 0 ? y0 - k : y1 + k);
                    if (dark(img, x, y)) dark++;
                    if (lum(img, x, y) < 200) grey++;
                }
                if (grey >= 0.9 * n) break; // a rule, maybe drawn grey at its antialiased edge
                if (dark > 0) worst = Math.max(worst, k);
            }
        }
        return worst / SCALE;
    }

    private static boolean dark(BufferedImage img, int x, int y) {
        return lum(img, x, y) < 110;
    }

    private static int lum(BufferedImage img, int x, int y) {
        if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) return 255;
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
    }

    /**
     * The share of dark pixels in the middle of a box, a fifth of its width and height in from each side, where
     * glyphs are and a table's rules are not (pixels outside the image count as blank).
     */
    private static double ink(BufferedImage img, double[] px) {
        double mx = (px[2] - px[0]) / 5, my = (px[3] - px[1]) / 5;
        int x0 = (int) Math.floor(px[0] + mx), y0 = (int) Math.floor(px[1] + my);
        int x1 = (int) Math.ceil(px[2] - mx), y1 = (int) Math.ceil(px[3] - my);
        int dark = 0, all = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                all++;
                if (x < 0 || y < 0 || x >= img.getWidth() || y >= img.getHeight()) continue;
                int rgb = img.getRGB(x, y);
                int lum = (((rgb >> 16) & 255) * 299 + ((rgb >> 8) & 255) * 587 + (rgb & 255) * 114) / 1000;
                if (lum < 110) dark++;
            }
        }
        return all == 0 ? 0 : (double) dark / all;
    }
}
