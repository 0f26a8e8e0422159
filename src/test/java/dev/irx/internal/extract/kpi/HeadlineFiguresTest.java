package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.PlainText;
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

/** A deck's headline box (names over figures with their units, change rows under), in wording of our own. */
class HeadlineFiguresTest {

    private static final String COVER = """
            2026年2月期 第3四半期 決算説明資料
            株式会社見本ホールディングス
            """;

    private static String value(Extractor.Extraction ex, Metric m, Measure measure) {
        List<Fact> fs = ex.facts().stream().filter(f -> f.metric() == m && f.measure() == measure).toList();
        assertEquals(1, fs.size(), m + " " + measure + " in " + ex.facts() + "\n" + ex.warnings());
        return fs.get(0).value().toPlainString();
    }

    @Test
    void namesOverFiguresWithTheirUnitsUnderTheSlidesPeriod() {
        Extractor.Extraction ex = PlainText.extract(COVER, """
                2025年度 3Q累計 連結業績ハイライト
                営業収益 営業利益 当期純利益 EPS
                金 額 80,509億円 3,250億円 1,984億円 79.28円
                前年差 ▲2,210億円 ▲162億円 +105億円 +3.10円
                前年比 97.3% 95.3% 105.6% 104.1%
                """);
        assertEquals("8050900000000", value(ex, Metric.REVENUE, Measure.VALUE));
        Fact revenue = ex.facts().stream().filter(f -> f.metric() == Metric.REVENUE).findFirst().orElseThrow();
        assertEquals(Span.Q1_Q3, revenue.period().span());
        assertEquals(LocalDate.of(2025, 11, 30), revenue.period().end());
        assertEquals(Basis.ACTUAL, revenue.basis());
        assertEquals(2, revenue.page());
        assertEquals("79.28", value(ex, Metric.EPS, Measure.VALUE));
        assertEquals("-16200000000", value(ex, Metric.OPERATING_INCOME, Measure.YOY_AMOUNT));
        // 80,509 after 82,719 (80,509 + 2,210) is 97.3% of it: the ratio to the year before
        assertEquals("97.3", value(ex, Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT));
        assertEquals("105.6", value(ex, Metric.NET_INCOME, Measure.RATIO_TO_PRIOR_PCT));
    }

    @Test
    void aBoxOnASlideThatNamesNoPeriodIsReportedNotRead() {
        Extractor.Extraction ex = PlainText.extract(COVER, """
                連結業績ハイライト
                営業収益 営業利益
                金 額 80,509億円 3,250億円
                """);
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.REVENUE), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("names no one period")), ex.warnings().toString());
    }
}
