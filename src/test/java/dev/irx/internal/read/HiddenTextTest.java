package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spreadsheet's row as printed: figures in black, one cell's formula result in white on the white page (nobody
 * sees it), a white heading on a dark band (everybody does), and a black figure a cell's border runs through.
 */
class HiddenTextTest {

    private static void text(PDPageContentStream cs, Color colour, float x, float y, String s) throws Exception {
        cs.setNonStrokingColor(colour);
        cs.beginText();
        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 9);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    @Test
    void textInTheColourOfItsGroundIsNotRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("row.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(500, 200));
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.setNonStrokingColor(new Color(0x1f, 0x38, 0x64));
                cs.addRect(20, 140, 460, 20);
                cs.fill();
                text(cs, Color.WHITE, 30, 146, "Results");
                text(cs, Color.BLACK, 30, 100, "Revenue");
                text(cs, Color.BLACK, 150, 100, "4,363,757");
                text(cs, Color.BLACK, 250, 100, "4,522,690");
                text(cs, Color.WHITE, 350, 100, "(12,985,495)");
                text(cs, Color.BLACK, 430, 100, "12,985,495");
                // a cell border drawn as a thin black fill through the last figure
                cs.setNonStrokingColor(Color.BLACK);
                cs.addRect(455, 95, 0.75f, 15);
                cs.fill();
            }
            doc.save(f.toFile());
        }
        Page p = new DocumentReader().read(f).pages().get(0);
        List<String> lines = p.lines().stream().map(Line::text).collect(Collectors.toList());
        assertEquals(List.of("Results", "Revenue 4,363,757 4,522,690 12,985,495"), lines);
    }
}
