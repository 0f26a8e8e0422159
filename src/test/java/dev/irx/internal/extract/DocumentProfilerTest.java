package dev.irx.internal.extract;

import dev.irx.model.AccountingStandard;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.Rounding;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Kind, company, code, market and date from the cues each kind of document prints. */
class DocumentProfilerTest {

    private static DocumentInfo profile(String... pages) {
        List<Page> ps = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            ps.add(new Page(i + 1, 0, 0, Arrays.stream(pages[i].split("\n")).map(Line::plain).toList()));
        }
        SourceDocument doc = new SourceDocument("t.txt", "0".repeat(64), "text/plain", null, null, ps);
        return DocumentProfiler.profile(doc, FoldedText.of(doc)).info();
    }

    @Test
    void deckCoverGivesCodeMarketAndName() {
        DocumentInfo d = profile("株式会社テスト通信（TT）\nグロース市場（証券コード：9999）\n2026年3月期 決算説明資料\n2026年5月12日\n"
                + "FY25＝2026年3月期。IFRS");
        assertEquals(DocumentKind.KESSAN_DECK, d.kind());
        assertEquals("株式会社テスト通信", d.company().name());
        assertEquals("9999", d.company().securitiesCode());
        assertEquals("東証グロース", d.company().market());
        assertEquals("2026-05-12", d.publishedOn().toString());
        assertEquals(AccountingStandard.IFRS, d.accountingStandard());
    }

    @Test
    void deckWithoutCodeIsNamedFromItsCopyrightLineByTheIssuerTable() {
        DocumentInfo d = profile("決算説明資料\n売上高の推移\n© Internet Initiative Japan Inc. 3");
        assertEquals("3774", d.company().securitiesCode());
        assertEquals("株式会社インターネットイニシアティブ", d.company().name());
    }

    @Test
    void unknownIssuerStaysUnknown() {
        DocumentInfo d = profile("決算説明資料\n© Example Widgets Inc. 3");
        assertNull(d.company().securitiesCode());
    }

    @Test
    void usersAddIssuersOfTheirOwn() throws Exception {
        IssuerTable mine = IssuerTable.standard().with(IssuerTable.parse(new java.io.ByteArrayInputStream(
                "# ours\nEXAMPLE WIDGETS, INC.\t9998\t株式会社例示ウィジェット\t東証スタンダード\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        List<Page> ps = List.of(new Page(1, 0, 0, Arrays.stream("決算説明資料\n© Example Widgets Inc. 3".split("\n"))
                .map(Line::plain).toList()));
        SourceDocument doc = new SourceDocument("t.txt", "0".repeat(64), "text/plain", null, null, ps);
        DocumentInfo d = DocumentProfiler.profile(doc, FoldedText.of(doc), mine).info();
        assertEquals("9998", d.company().securitiesCode());
        assertEquals("株式会社例示ウィジェット", d.company().name());
        assertEquals("東証スタンダード", d.company().market());
        // The shipped entries stay.
        assertEquals("3774", mine.lookup("Internet Initiative Japan Inc.").orElseThrow().code());
    }

    @Test
    void aMalformedIssuerLineIsAnErrorNamingTheLine() {
        java.io.IOException e = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> IssuerTable.parse(new java.io.ByteArrayInputStream("A\t1\nB Inc.\t99\tB\tX\n"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void tanshinCoverWithSpacedOutLabels() {
        DocumentInfo d = profile("2024年12月期 第1四半期決算短信〔日本基準〕(連結)\n2024年5月14日\n"
                + "上 場 会 社 名 テスト工業株式会社 上場取引所 東\nコ ー ド 番 号 9999 URL https://example.jp");
        assertEquals(DocumentKind.KESSAN_TANSHIN, d.kind());
        assertEquals("テスト工業株式会社", d.company().name());
        assertEquals("9999", d.company().securitiesCode());
        assertEquals("東証", d.company().market());
        assertEquals(AccountingStandard.JGAAP, d.accountingStandard());
        assertEquals(12, d.fiscalYearEndMonth());
    }


    @Test
    void aDeckFiledWithTheTanshinIsADeck() {
        // The deck names the 短信 it accompanies but has no 短信 cover (上場会社名, コード番号).
        DocumentInfo deck = profile("2026年3月期 第1四半期決算短信〔IFRS〕(連結)\n(別紙)参考資料:「2026年3月期 第1四半期 連結業績説明資料」\n"
                + "1Q25決算概要 単位:億円\n© Internet Initiative Japan Inc.");
        assertEquals(DocumentKind.KESSAN_DECK, deck.kind());
        assertNull(deck.title());
        assertEquals("3774", deck.company().securitiesCode());
        // The 短信 itself asks whether a deck and a briefing exist; that does not make it a deck.
        DocumentInfo tanshin = profile("2026年3月期 第1四半期決算短信〔IFRS〕(連結)\n上場会社名 テスト工業株式会社 上場取引所 東\n"
                + "コード番号 9999\n決算補足説明資料作成の有無:有\n決算説明会開催の有無:有(機関投資家向け)");
        assertEquals(DocumentKind.KESSAN_TANSHIN, tanshin.kind());
        assertEquals("2026年3月期 第1四半期決算短信〔IFRS〕(連結)", tanshin.title());
        // A bare 短信 title with no deck words is still a 短信.
        assertEquals(DocumentKind.KESSAN_TANSHIN, profile("2024年3月期 決算短信〔日本基準〕(連結)\n売上高 1,000").kind());
    }
    @Test
    void fiscoHeaderNeedsItsWeekday() {
        DocumentInfo d = profile("COMPANY RESEARCH AND ANALYSIS REPORT\n2023年4月1日を効力発生日として株式分割した。\n"
                + "2024年7月11日(木) テスト精機\n9999 東証スタンダード市場");
        assertEquals(DocumentKind.FISCO_REPORT, d.kind());
        assertEquals("2024-07-11", d.publishedOn().toString());
        assertEquals("テスト精機", d.company().name());
        assertEquals("東証スタンダード", d.company().market());
    }

    @Test
    void roundingNoteIsRecorded() {
        assertEquals(Rounding.TRUNCATE, profile("2024年3月期 決算短信〔日本基準〕(連結)\n(百万円未満切捨て)\n"
                + "(注)配当性向は小数第1位未満を切捨てて表示しています。").rounding());
        assertEquals(Rounding.ROUND_HALF_UP, profile("決算短信〔IFRS〕\n（百万円未満四捨五⼊）").rounding());
        assertNull(profile("決算説明資料\n単位：億円").rounding());
    }
}
