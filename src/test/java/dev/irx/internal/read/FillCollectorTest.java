package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two bars of a stacked chart in two colours and a thin slice under them, a stroked frame and a hairline, with a
 * label inside the lower bar.
 */
class FillCollectorTest {

    @Test
    void filledRectanglesKeepTheirColourInTheWordsCoordinates(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bars.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(400, 300));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new Color(0x2e, 0x5c, 0xb8));
                cs.addRect(100, 50, 40, 80); // user space, y up: spans y 50..130, i.e. 170..250 from the top
                cs.fill();
                cs.setNonStrokingColor(new Color(0x9d, 0xb7, 0xe3));
                cs.addRect(100, 130, 40, 60);
                cs.fill();
                cs.setStrokingColor(Color.BLACK);
                cs.addRect(10, 10, 380, 280); // stroked only: not a fill
                cs.stroke();
                cs.setNonStrokingColor(Color.RED);
                cs.addRect(10, 20, 300, 0.5f); // a hairline rule
                cs.fill();
                cs.setNonStrokingColor(Color.GRAY);
                cs.addRect(100, 49, 40, 1f); // a small series' slice at the bar's foot: a point high
                cs.fill();
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 10);
                cs.newLineAtOffset(105, 90);
                cs.showText("1,234");
                cs.endText();
            }
            doc.save(f.toFile());
        }
        Page p = new DocumentReader().read(f).pages().get(0);
        List<FilledBox> fills = p.fills();
        assertEquals(3, fills.size(), fills.toString());
        FilledBox lower = fills.get(0);
        assertEquals(0x2e5cb8, lower.rgb());
        assertEquals(100f, lower.box().x0(), 0.01f);
        assertEquals(140f, lower.box().x1(), 0.01f);
        assertEquals(170f, lower.box().y0(), 0.01f);
        assertEquals(250f, lower.box().y1(), 0.01f);
        assertEquals(0x9db7e3, fills.get(1).rgb());
        assertEquals(110f, fills.get(1).box().y0(), 0.01f);
        assertEquals(0x808080, fills.get(2).rgb());
        assertEquals(250f, fills.get(2).box().y0(), 0.01f);
        assertEquals(251f, fills.get(2).box().y1(), 0.01f);
        // the label drawn inside the lower bar has a box inside it
        Word label = p.lines().get(0).words().get(0);
        assertEquals("1,234", label.text());
        float cx = (label.box().x0() + label.box().x1()) / 2, cy = (label.box().y0() + label.box().y1()) / 2;
        assertTrue(lower.contains(cx, cy, 0) && !fills.get(1).contains(cx, cy, 0), label.box() + " " + fills);
    }
}
