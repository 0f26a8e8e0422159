package dev.irx.internal.extract;

import dev.irx.internal.extract.databook.RelativeResults;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.normalize.FiscalCalendar;
import dev.irx.internal.normalize.PeriodParser;
import dev.irx.internal.normalize.TwoDigitYears;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Columns named relative to the period a table's title names, as other companies' decks head them: 当期実績, 前期実績,
 * 前年同期実績, 当期計画, 今回発表予想 beside a 前回発表予想, and the 前回予想差 of a revision. Wording ours.
 */
class RelativeColumnsTest {

    private static final String COVER = """
            2023年3月期 第2四半期 決算説明資料
            株式会社見本製作所
            """;

    private static List<Fact> of(Extractor.Extraction ex, Metric m, Measure measure, Basis basis) {
        return ex.facts().stream().filter(f -> f.metric() == m && f.measure() == measure && f.basis() == basis).toList();
    }

    private static String values(List<Fact> facts) {
        return String.join(" ", facts.stream().map(f -> f.period().span() + ":" + f.period().end() + "="
                + f.value().toPlainString()).toList());
    }

    @Test
    void aRevisionTableWithThePriorYearTheEarlierAndTheRevisedForecast() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                2023年3月期 通期連結業績予想の修正
                (単位：百万円)
                前期実績 前回発表予想 今回発表予想 前年比 前回予想差
                売上高 727,397 805,000 824,000 +13.3% +19,000
                営業利益 227,857 255,000 248,500 +9.1% ▲6,500
                """);
        String why = ex.facts() + "\n" + ex.warnings();
        assertEquals("FY:2022-03-31=727397000000", values(of(ex, Metric.REVENUE, Measure.VALUE, Basis.ACTUAL)), why);
        // the earlier forecast is the title's year's, not the prior year's whose actual stands left of it
        assertEquals("FY:2023-03-31=805000000000", values(of(ex, Metric.REVENUE, Measure.VALUE, Basis.PRIOR_FORECAST)), why);
        assertEquals("FY:2023-03-31=824000000000", values(of(ex, Metric.REVENUE, Measure.VALUE, Basis.FORECAST)), why);
        assertEquals("FY:2023-03-31=13.3", values(of(ex, Metric.REVENUE, Measure.YOY_PCT, Basis.FORECAST)), why);
        assertEquals("FY:2023-03-31=-6500000000",
                values(of(ex, Metric.OPERATING_INCOME, Measure.REVISION_AMOUNT, Basis.FORECAST)), why);
        assertTrue(ex.facts().stream().noneMatch(f -> f.measure() == Measure.ACHIEVEMENT_AMOUNT), why);
    }

    @Test
    void theSameHalfAYearBeforeAndThisOne() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                2023年3月期 第2四半期累計 連結損益
                (単位：百万円)
                前年同期実績 当期実績 前年比 前年差
                売上高 358,691 421,529 +17.5% +62,838
                """);
        String why = ex.facts() + "\n" + ex.warnings();
        List<Fact> values = of(ex, Metric.REVENUE, Measure.VALUE, Basis.ACTUAL);
        assertEquals("H1:2021-09-30=358691000000 H1:2022-09-30=421529000000", values(values), why);
        assertEquals(LocalDate.of(2021, 4, 1), values.get(0).period().start());
        assertEquals("H1:2022-09-30=62838000000", values(of(ex, Metric.REVENUE, Measure.YOY_AMOUNT, Basis.ACTUAL)), why);
    }

    @Test
    void aPlanBesideItsYearsResultAndTheRatioToIt() {
        Extractor.Extraction ex = PlainText.extract("""
                2023年3月期 決算説明資料
                株式会社見本製作所
                2023年3月期 連結業績
                (単位：百万円)
                前期実績 当期計画 当期実績 前年差 計画比
                売上高 1,000 1,200 1,150 +150 95.8%
                """);
        String why = ex.facts() + "\n" + ex.warnings();
        assertEquals("FY:2022-03-31=1000000000 FY:2023-03-31=1150000000",
                values(of(ex, Metric.REVENUE, Measure.VALUE, Basis.ACTUAL)), why);
        assertEquals("FY:2023-03-31=1200000000", values(of(ex, Metric.REVENUE, Measure.VALUE, Basis.FORECAST)), why);
        assertEquals("FY:2023-03-31=95.8", values(of(ex, Metric.REVENUE, Measure.ACHIEVEMENT_PCT, Basis.ACTUAL)), why);
    }

    @Test
    void aRelativeColumnUnderATitleWithoutAPeriodIsNotRead() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                連結損益の推移
                (単位：百万円)
                前期実績 当期実績 前年差
                売上高 358,691 421,529 +62,838
                """);
        assertTrue(ex.facts().stream().noneMatch(f -> f.value().toPlainString().equals("358691000000")),
                ex.facts().toString());
    }

    @Test
    void relativeResultsMustAgreeWithTheYearsOverThem() {
        PeriodParser periods = new PeriodParser(new FiscalCalendar(9, FiscalCalendar.FyLabel.START_YEAR), TwoDigitYears.western());
        assertTrue(RelativeResults.agree(List.of(List.of("2021年9月期", "前期実績"), List.of("構成比"),
                List.of("2022年9月期", "当期実績")), periods));
        assertFalse(RelativeResults.agree(List.of(List.of("2022年9月期", "前期実績"),
                List.of("2021年9月期", "当期実績")), periods));
        assertFalse(RelativeResults.agree(List.of(List.of("2020年9月期", "前期実績"),
                List.of("2022年9月期", "当期実績")), periods));
    }
}
