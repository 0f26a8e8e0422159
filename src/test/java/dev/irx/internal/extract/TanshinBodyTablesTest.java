package dev.irx.internal.extract;

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
 * Tables in the body of a quarterly 決算短信 (経営成績等の概況), in wording and layout of our own: a header whose years
 * and parts of the year stand on separate lines, and a segment table whose segment names irx cannot see.
 */
class TanshinBodyTablesTest {

    private static final String COVER = """
            2022年11月10日
            2023年3月期 第2四半期決算短信〔日本基準〕(連結)
            上場会社名 株式会社サンプル測地 上場取引所 東
            コード番号 9991
            """;

    private static final String RESULTS = """
            1．当四半期決算に関する定性的情報
            当第2四半期連結累計期間の業績は次のとおりです。
            (単位：千円)
            2022年3月期 2023年3月期
            対前期増減額 対前期増減率
            第2四半期 第2四半期
            売上高 2,104,300 1,880,150 △224,150 △10.7％
            営業利益 141,220 80,410 △60,810 △43.1％
            """;

    private static final String SEGMENTS = """
            セグメントの業績は次のとおりです。
            (単位：千円)
            2022年3月期 2023年3月期
            第2四半期 第2四半期
            売上高 1,500,200 1,430,900
            セグメント利益 270,100 251,300
            売上高 598,400 442,050
            セグメント利益 12,500 △40,800
            """;

    @Test
    void aQuarterUnderItsYearIsTheYearToDateInA短信() {
        Extractor.Extraction ex = PlainText.extract(COVER, RESULTS);
        List<Fact> revenue = ex.facts().stream()
                .filter(f -> f.metric() == Metric.REVENUE && f.measure() == Measure.VALUE && f.page() == 2).toList();
        assertEquals(2, revenue.size(), ex.facts().toString());
        for (Fact f : revenue) {
            assertEquals(Span.H1, f.period().span(), f.toString());
            assertEquals(9, f.period().end().getMonthValue(), f.toString());
            assertEquals(4, f.period().start().getMonthValue(), f.toString());
        }
        Fact current = revenue.stream().filter(f -> f.period().end().equals(LocalDate.of(2022, 9, 30))).findFirst()
                .orElseThrow();
        assertEquals("1880150000", current.value().toPlainString());
        Fact prior = revenue.stream().filter(f -> f.period().end().equals(LocalDate.of(2021, 9, 30))).findFirst()
                .orElseThrow();
        assertEquals("2104300000", prior.value().toPlainString());
        // 「対前期増減額 対前期増減率」 between the two lines are the change columns to the right of the years
        Fact pct = ex.facts().stream().filter(f -> f.metric() == Metric.REVENUE && f.measure() == Measure.YOY_PCT)
                .findFirst().orElseThrow();
        assertEquals("-10.7", pct.value().toPlainString());
        assertEquals(LocalDate.of(2022, 9, 30), pct.period().end());
    }

    @Test
    void aMetricRepeatedForUnnamedSegmentsIsNotTheCompanys() {
        Extractor.Extraction ex = PlainText.extract(COVER, SEGMENTS);
        assertTrue(ex.facts().stream().noneMatch(f -> f.page() == 2 && f.metric() == Metric.REVENUE),
                ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("売上高") && w.contains("several rows")),
                ex.warnings().toString());
    }
}
