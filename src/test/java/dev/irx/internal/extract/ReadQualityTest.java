package dev.irx.internal.extract;

import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReadQualityTest {

    private static Page page(int n, String... lines) {
        return new Page(n, 595, 842, java.util.Arrays.stream(lines).map(Line::plain).toList());
    }

    @Test
    void japaneseEnglishAndFiguresAreText() {
        assertFalse(ReadQuality.isGarbled(page(1, "2025年3月期 第1四半期決算短信〔日本基準〕(連結)",
                "売上高 12,345百万円 (前年同期比 +4.5%) Revenue ¥1.2bn © IIJ ※注記 ①②")));
    }

    @Test
    void latinOneSpillAndStrayScriptsAreGarbage() {
        // a lost character map: codes shown as Latin-1, or as letters of scripts no IR document uses
        assertTrue(ReadQuality.isGarbled(page(1, " Ø Ö Ø Ø ð × ÖO Ù × ß Øß| Õ Ýç| Æ¡± li• Øß É• Æ Æ q ºŸÐ u Ü Ù",
                "¦ ]CI” ‘ ×|”@‚\" Ì Æ Æ Æ Æ Æ ÆŠ\" ­ÍU©ÑñÀÏ…F oÊS… N žF ½e®")));
        assertTrue(ReadQuality.isGarbled(page(1, "௻ȥٚՎƏਫ਼ȣޱ౨ՎٔޟએऊƺȴȱȽȾƻƸໞٗƹ ௻Ȫٚȩ௪ ࣣ࣪҇ࠔ෠ Ө߲҇ࠔʶ̅ˑƪ˟˕˚ʶ˝ˉʴ˘ʵ˨")));
        assertTrue(ReadQuality.isGarbled(page(1, "\uFFFD".repeat(30) + "\uE000".repeat(30))));
        assertFalse(ReadQuality.isGarbled(page(1, "ØÖ")), "too short to judge");
    }

    @Test
    void aRecognisedDocumentWithNoFigureSaysWhy() {
        DocumentInfo tanshin = info(DocumentKind.KESSAN_TANSHIN);
        SourceDocument clean = new SourceDocument("a.pdf", "0", "application/pdf", null, null,
                List.of(page(1, "2025年3月期 決算短信")));
        List<String> w = ReadQuality.warnings(clean, tanshin, 0);
        assertEquals(1, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("no figures read from a kessan_tanshin: no table"), w.get(0));
        assertTrue(ReadQuality.warnings(clean, tanshin, 3).isEmpty());
        assertTrue(ReadQuality.warnings(clean, info(DocumentKind.UNKNOWN), 0).isEmpty());

        SourceDocument garbled = new SourceDocument("b.pdf", "0", "application/pdf", null, null,
                List.of(page(1, "2025年3月期 決算短信"), page(3, "Ø Ö Ø Ø ð × ÖO Ù × ß Øß| Õ Ýç| Æ¡± li• Øß É• Æ Æ q ºŸÐ".repeat(2))));
        w = ReadQuality.warnings(garbled, tanshin, 0);
        assertEquals(2, w.size(), w.toString());
        assertTrue(w.get(0).startsWith("unreadable text on p.3 (1 of 2 pages read)"), w.get(0));
        assertTrue(w.get(1).endsWith("its text is unreadable (see above)"), w.get(1));
    }

    private static DocumentInfo info(DocumentKind kind) {
        return new DocumentInfo(kind, null, null, null, null, 3);
    }
}
