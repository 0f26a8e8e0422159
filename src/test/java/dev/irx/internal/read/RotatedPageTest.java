package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A landscape page stored as portrait with /Rotate 90, its text drawn so that it reads upright on screen. */
class RotatedPageTest {

    @Test
    void rotatedPageReadsInDisplayOrientation(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("rotated.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4); // 595 x 842, shown as 842 x 595
            page.setRotation(90);
            doc.addPage(page);
            PDType1Font helv = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                String[][] rows = {{"Revenue", "6,167", "6,466"}, {"Operating", "profit", "-35"}};
                for (int r = 0; r < rows.length; r++) {
                    float[] xs = {72, 300, 400};
                    for (int c = 0; c < 3; c++) {
                        if (r == 1 && c == 1) continue;
                        cs.beginText();
                        cs.setFont(helv, 12);
                        // display (x, y-from-top) -> unrotated user space: (y, x) for /Rotate 90
                        float dispX = xs[c], dispY = 100 + 20 * r;
                        cs.setTextMatrix(new Matrix(0, 1, -1, 0, dispY, dispX));
                        cs.showText(r == 1 && c == 0 ? "Operating profit" : rows[r][c]);
                        cs.endText();
                    }
                }
            }
            doc.save(f.toFile());
        }
        SourceDocument d = new DocumentReader().read(f);
        Page p = d.pages().get(0);
        assertEquals(842f, p.width(), 0.5f);
        assertEquals(595f, p.height(), 0.5f);
        assertEquals(List.of("Revenue 6,167 6,466", "Operating profit -35"), p.lines().stream().map(Line::text).toList());
    }
}
