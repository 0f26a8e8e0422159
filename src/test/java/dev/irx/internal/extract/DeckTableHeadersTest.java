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
 * Table headers as other companies' decks print them, in wording of our own: fiscal years named 「2025年度」, the
 * quarters to date 「3Q累計」 beside or under them, 「前年差」 and a 「前年比」 that is a ratio to the year before.
 */
class DeckTableHeadersTest {

    private static final String COVER = """
            2026年2月期 第3四半期 決算説明資料
            株式会社見本ホールディングス
            """;

    private static List<Fact> of(Extractor.Extraction ex, Metric m, Measure measure) {
        return ex.facts().stream().filter(f -> f.metric() == m && f.measure() == measure).toList();
    }

    @Test
    void aNendoWithItsQuartersToDateAndAPriorYearRatio() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                連結業績
                (単位：億円)
                2024年度 2025年度
                3Q累計 3Q累計 前年差 前年比
                営業収益 8,650 8,050 ▲600 93.1%
                営業利益 3,250 3,100 ▲150 95.4%
                """);
        // a February year: 2025年度 runs from March 2025 to February 2026, its 3Q累計 to November 2025
        Fact revenue = of(ex, Metric.REVENUE, Measure.VALUE).stream()
                .filter(f -> f.period().end().equals(LocalDate.of(2025, 11, 30))).findFirst().orElseThrow(
                        () -> new AssertionError(ex.facts() + "\n" + ex.warnings()));
        assertEquals(Span.Q1_Q3, revenue.period().span());
        assertEquals(LocalDate.of(2025, 3, 1), revenue.period().start());
        assertEquals("805000000000", revenue.value().toPlainString());
        assertEquals(List.of("-60000000000"), of(ex, Metric.REVENUE, Measure.YOY_AMOUNT).stream()
                .map(f -> f.value().toPlainString()).toList());
        // 8,050 after 8,650 is 93.1% of it: a ratio to the year before, not a 93.1% rise
        assertEquals(List.of("93.1"), of(ex, Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT).stream()
                .map(f -> f.value().toPlainString()).toList());
        assertTrue(of(ex, Metric.REVENUE, Measure.YOY_PCT).isEmpty(), ex.facts().toString());
    }

    @Test
    void theUnitInTheHeadersStubAndATriangleSetApartFromItsFigure() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                連結業績
                (億円) 2024年度3Q累計 2025年度3Q累計 前年差 前年比
                営業収益 8,650 8,050 ▲ 600 93.1%
                """);
        assertEquals(List.of("-60000000000"), of(ex, Metric.REVENUE, Measure.YOY_AMOUNT).stream()
                .map(f -> f.value().toPlainString()).toList());
        assertEquals(List.of("865000000000", "805000000000"), of(ex, Metric.REVENUE, Measure.VALUE).stream()
                .map(f -> f.value().toPlainString()).toList());
    }

    @Test
    void aPriorYearComparisonThatIsTheChange() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                連結業績
                (単位：百万円)
                2025年2月期 2026年2月期 前期比
                売上高 6,170 6,466 4.8%
                """);
        assertEquals(List.of("4.8"), of(ex, Metric.REVENUE, Measure.YOY_PCT).stream()
                .map(f -> f.value().toPlainString()).toList());
        assertTrue(of(ex, Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT).isEmpty());
    }

    @Test
    void aBareRatioLikeFigureWithoutThePriorYearIsNotGuessed() {
        Extractor.Extraction ex = PlainText.extract(COVER + """
                連結業績
                (単位：億円)
                2025年度 前年比
                営業収益 8,050 93.1%
                営業利益 3,100 ▲4.6%
                """);
        assertTrue(of(ex, Metric.REVENUE, Measure.YOY_PCT).isEmpty(), ex.facts().toString());
        assertTrue(of(ex, Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT).isEmpty(), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("93.1%") && w.contains("not read")), ex.warnings().toString());
        // a signed figure is a change whatever the row holds
        assertEquals(List.of("-4.6"), of(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT).stream()
                .map(f -> f.value().toPlainString()).toList());
    }
}
