package dev.irx.internal.extract;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The 経営成績等の概況 of a 決算短信, in wording of our own: its prose is about the period the 短信 reports on, and
 * figures under a segment's heading, a note's heading or a mid-term plan are not the company's results.
 */
class TanshinProseTest {

    private static final String COVER = """
            2022年11月4日
            2022年9月期 決算短信〔日本基準〕(連結)
            上場会社名 株式会社サンプル写真館 上場取引所 東
            コード番号 9992
            """;

    private static final String BODY = """
            1．経営成績等の概況
            (1)当期の経営成績の概況
            当連結会計年度は、出店の効果もあり、増収となりました。
            この結果、売上高は5,322百万円(前期比15.9%増)となりました。
            ＜スタジオ事業＞
            スタジオ事業においては、撮影単価が上昇しました。
            ・ウエディングフォト
            新店の寄与により、売上高は前期に比べ685百万円増加し、5,057百万円となりました。
            ②フィットネス事業
            この結果、売上高は173百万円となりました。
            (会計方針の変更)
            この結果、当連結会計年度の売上高は17百万円減少しております。
            (4)今後の見通し
            当社は中期経営計画において2025年9月期に売上高10,000百万円を目指しております。
            """;

    private static final String BEFORE_OUTLOOK = """
            1．経営成績等の概況
            (1)当期の経営成績の概況
            配当は1株当たり24円を維持する予定です。この結果、配当性向は76.1%となる見込みであります。
            """;

    @Test
    void proseUnderAPeriodlessHeadingIsTheReportedYear() {
        Extractor.Extraction ex = PlainText.extract(COVER, BODY);
        List<Fact> revenue = ex.facts().stream()
                .filter(f -> f.metric() == Metric.REVENUE && f.measure() == Measure.VALUE && f.page() == 2).toList();
        assertEquals(1, revenue.size(), ex.facts().toString());
        Fact r = revenue.get(0);
        assertEquals("5322000000", r.value().toPlainString());
        assertEquals(Span.FY, r.period().span());
        assertEquals(LocalDate.of(2021, 10, 1), r.period().start());
        assertEquals(LocalDate.of(2022, 9, 30), r.period().end());
        assertEquals(Basis.ACTUAL, r.basis());
        // the segments' figures (5,057, 685, 173), the note's effect (17) and the plan's target are none of them
        assertTrue(ex.facts().stream().noneMatch(f -> f.segment() == null && f.metric() == Metric.REVENUE
                && f.measure() == Measure.VALUE && !f.value().toPlainString().equals("5322000000")),
                ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("mid-term plan")), ex.warnings().toString());
    }

    @Test
    void whatTheReportedYearIsExpectedToBringIsNotItsResult() {
        Extractor.Extraction ex = PlainText.extract(COVER, BEFORE_OUTLOOK);
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.PAYOUT_RATIO), ex.facts().toString());
    }
}
