package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed PDF fixtures (see src/test/resources/pdf/README.md). */
class DocumentReaderPdfTest {

    private final DocumentReader reader = new DocumentReader();

    static List<String> words(Line l) {
        return l.words().stream().map(Word::text).toList();
    }

    @Test
    void tableRowsKeepTheirLabelAndCells(@TempDir Path dir) throws Exception {
        SourceDocument doc = reader.read(Fixtures.copyResource("table.pdf", dir, "table.pdf"));
        assertEquals("application/pdf", doc.mediaType());
        assertEquals("Skia/PDF m156", doc.producer());
        assertEquals(1, doc.pageCount());
        Page p = doc.pages().get(0);
        assertEquals(595f, p.width(), 0.5f);
        assertEquals(842f, p.height(), 0.5f);
        List<Line> lines = p.lines();
        // IPAexGothic's ToUnicode maps 高 and 比 to the Kangxi radicals ⾼ U+2FBC and ⽐ U+2F50: kept as-is here
        List<List<String>> expected = List.of(
                List.of("連結業績"),
                List.of("（単位：百万円）"),
                List.of("23/3期", "構成\u2F50", "24/3期"),
                List.of("売上\u2FBC", "6,167", "100.0%", "6,466"),
                List.of("売上総利益", "2,735", "44.4%", "2,910"),
                // the label wraps onto two lines in its cell; the values sit (middle-aligned) between them
                List.of("親会社株主に帰属する当期純利益", "△571", "-", "412"),
                // <sup>※2</sup> stays on its row, attached to the label
                List.of("営業利益※2", "-", "-", "△35"),
                List.of("売上\u2FBCが前期\u2F504.8%増の6,466百万円となった。"));
        assertEquals(expected, lines.stream().map(DocumentReaderPdfTest::words).toList());
        assertEquals("売上\u2FBC 6,167 100.0% 6,466", lines.get(3).text());
        for (Line l : lines) {
            assertEquals(0, l.column());
            assertNotNull(l.box());
        }
        // top to bottom
        for (int i = 1; i < lines.size(); i++) assertTrue(lines.get(i).box().y1() > lines.get(i - 1).box().y1());
        Word sales = lines.get(3).words().get(1);
        assertEquals(10f, sales.fontSize(), 0.1f);
        assertTrue(sales.fontName().contains("IPAexGothic"), sales.fontName());
        assertTrue(sales.box().x0() > lines.get(3).words().get(0).box().x1() + 20, "wide gap between label and value");
        assertEquals(10f, sales.box().height(), 0.1f); // built from the font size: 0.88 + 0.12 em
    }

    @Test
    void slideKeepsWrappedBoxLinesApartAndSplitsSideBySideTables(@TempDir Path dir) throws Exception {
        SourceDocument doc = reader.read(Fixtures.copyResource("slide.pdf", dir, "slide.pdf"));
        Page p = doc.pages().get(0);
        assertEquals(720f, p.width(), 0.5f);
        assertEquals(404.88f, p.height(), 0.5f);
        List<String> texts = p.lines().stream().map(Line::text).toList();
        List<Integer> columns = p.lines().stream().map(Line::column).toList();
        assertEquals(List.of(
                "連結財政状態（IFRS）",
                // the text box's first line shares its baseline with the note on the right
                "データセンター関連の設備投資が増加し、\u2FAE流動資 ※1 前期末は組替後の数値",
                "産が前期末から\u2F24きく増加しました。",
                "（億円） 2024.3末 2025.3末",
                "流動資産 1,535 1,602",
                "\u2FAE流動資産 1,478 1,621",
                "資産合計 3,013 3,223",
                "（億円） 2024.3末 2025.3末",
                "流動負債 921 980",
                "\u2FAE流動負債 660 703",
                "負債合計 1,581 1,683",
                "資本合計 1,432 1,540",
                "Copyright 2025 Example Inc."), texts);
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0), columns);
        // each side's row holds its label and its own two numbers only
        Line left = p.lines().get(4), right = p.lines().get(8);
        assertEquals(List.of("流動資産", "1,535", "1,602"), DocumentReaderPdfTest.words(left));
        assertEquals(List.of("流動負債", "921", "980"), DocumentReaderPdfTest.words(right));
        assertEquals(left.box().y1(), right.box().y1(), 0.01f); // same baseline, split at the gutter
        assertTrue(right.box().x0() > left.box().x1());
    }

    @Test
    void impressSlideWrappedTextBoxIsNotInterleaved(@TempDir Path dir) throws Exception {
        SourceDocument doc = reader.read(Fixtures.copyResource("impress-slide.pdf", dir, "deck.pdf"));
        assertEquals("LibreOffice 7.4", doc.producer());
        assertEquals(List.of(
                "連結財政状態（IFRS）",
                "※1 前期末は組替後の数値", // 14 pt, top-aligned with the 20 pt box: its baseline is higher
                "データセンター関連の設備投資が増加し、",
                "非流動資産が前期末から大きく増加しまし",
                "た。",
                "（億円） 2024.3末 2025.3 末",
                "流動資産 1,535 1,602",
                "非流動資産 1,478 1,621",
                "資産合計 3,013 3,223",
                "（億円） 2024.3末 2025.3末",
                "流動負債 921 980",
                "非流動負債 660 703",
                "負債合計 1,581 1,683",
                "資本合計 1,432 1,540"), doc.pages().get(0).lines().stream().map(Line::text).toList());
        assertEquals(List.of(0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1),
                doc.pages().get(0).lines().stream().map(Line::column).toList());
    }

    /** Why the reader does its own geometry: on this fixture PDFBox's position sort mixes the box's lines. */
    @Test
    void pdfBoxPositionSortInterleavesTheImpressSlide() throws Exception {
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(
                Fixtures.resource("impress-slide.pdf"))) {
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper();
            s.setSortByPosition(true);
            String text = s.getText(d);
            assertTrue(!text.contains("データセンター関連"), text);
        }
    }
}
