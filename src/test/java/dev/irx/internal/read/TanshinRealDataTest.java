package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real TSE 決算短信 PDFs in ../shared (absent in a fresh clone: then skipped). */
class TanshinRealDataTest {

    private final DocumentReader reader = new DocumentReader();

    private static Path tanshin(String stem) {
        Path p = Fixtures.tanshinDir().resolve(stem + ".pdf");
        assumeTrue(Files.isRegularFile(p), "no ../shared real data");
        return p;
    }

    private static List<String> words(Line l) {
        return l.words().stream().map(Word::text).toList();
    }

    @Test
    void everyFileReads() throws Exception {
        List<Path> files = Fixtures.tanshinPdfs();
        assumeTrue(!files.isEmpty(), "no ../shared real data");
        assertEquals(9, files.size());
        for (Path f : files) {
            SourceDocument d = reader.read(f);
            assertTrue(d.pageCount() >= 1, f.toString());
            assertEquals(64, d.sha256().length());
            for (Page p : d.pages()) {
                assertFalse(p.lines().isEmpty(), f + " page " + p.number());
                // 決算短信 summary pages hold single full-width tables: nothing may be split as side-by-side
                for (Line l : p.lines()) assertEquals(0, l.column(), f + ": " + l.text());
                for (int i = 1; i < p.lines().size(); i++) {
                    assertTrue(p.lines().get(i).box().y1() >= p.lines().get(i - 1).box().y1(), "top to bottom");
                }
            }
        }
    }

    @Test
    void infonetResultsRowsAreOneLineEach() throws Exception {
        SourceDocument d = reader.read(tanshin("tse-acedjpsm-44440-20240502581623"));
        List<List<String>> rows = d.pages().get(0).lines().stream().map(TanshinRealDataTest::words).toList();
        // (1) 連結経営成績: label, then 売上高/営業利益/経常利益/当期純利益 with their ％ columns
        assertTrue(rows.contains(List.of("2024年3月期", "1,767", "4.3", "188", "32.6", "168", "20.4", "99", "21.1")),
                rows.toString());
        // "―" cells (U+2014 after this font's ToUnicode) stay cells of their own
        assertTrue(rows.contains(List.of("2023年3月期", "1,695", "△2.5", "142", "\u2014", "139", "\u2014", "82", "\u2014")),
                rows.toString());
        // (3) キャッシュ・フロー
        assertTrue(rows.contains(List.of("2024年3月期", "123", "△118", "△121", "499")), rows.toString());
    }

    @Test
    void modecNarrowCellsStayApart() throws Exception {
        SourceDocument d = reader.read(tanshin("tse-qcedifsm-62690-20240514362690"));
        List<List<String>> rows = d.pages().get(0).lines().stream().map(TanshinRealDataTest::words).toList();
        // "－" and "△26,482" are 3 pt (a third of an em) apart: two cells, not "－△26,482"
        assertTrue(rows.contains(List.of("2023年12月期第１四半期", "744,888", "12.1", "20,665", "－", "20,634", "－",
                "9,402", "－", "3,096", "－", "△26,482", "－")), rows.toString());
    }
}
