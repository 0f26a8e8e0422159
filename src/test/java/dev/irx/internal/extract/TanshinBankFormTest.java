package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bank's 短信 summary (src/test/resources/pdf/tanshin-bank.html, an invented bank printed by Chromium): 経常収益
 * stands where a company prints 売上高, the ratio grid adds 経常収益経常利益率, and the forecast has no top
 * line. Nothing may be read as revenue.
 */
class TanshinBankFormTest {

    private static IrxDocument doc;

    @BeforeAll
    static void extract() throws Exception {
        doc = IrxExtractor.builder().build().extract(Path.of("src/test/resources/pdf/tanshin-bank.pdf"));
    }

    private static String value(Metric m, Measure measure, Span span, int endYear, Basis basis) {
        List<String> hits = doc.facts().stream().filter(f -> f.metric() == m && f.measure() == measure
                && f.period().span() == span && f.period().end().getYear() == endYear && f.basis() == basis)
                .map(f -> f.value().toPlainString()).toList();
        assertTrue(hits.size() <= 1, m + " " + measure + " " + span + " " + endYear + ": " + hits);
        return hits.isEmpty() ? "missing" : hits.get(0);
    }

    @Test
    void ordinaryRevenueIsTheTopLineAndNeverRevenue() {
        assertTrue(doc.facts().stream().noneMatch(f -> f.metric() == Metric.REVENUE), doc.facts().toString());
        assertEquals("120345000000", value(Metric.ORDINARY_REVENUE, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("8.2", value(Metric.ORDINARY_REVENUE, Measure.YOY_PCT, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("30123000000", value(Metric.ORDINARY_INCOME, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("21004000000", value(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, Span.FY, 2025,
                Basis.ACTUAL));
    }

    @Test
    void ratiosAreReadOnTheirOwnBasesAndTheBankOnlyOneIsLeftWithAWarning() {
        assertEquals("105.01", value(Metric.DILUTED_EPS, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("5.6", value(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.RATIO_TO_EQUITY_PCT, Span.FY, 2025,
                Basis.ACTUAL));
        assertEquals("0.3", value(Metric.ORDINARY_INCOME, Measure.RATIO_TO_TOTAL_ASSETS_PCT, Span.FY, 2025,
                Basis.ACTUAL));
        // 経常収益経常利益率 is a ratio to 経常収益, which is not revenue
        assertTrue(doc.facts().stream().noneMatch(f -> f.measure() == Measure.RATIO_TO_REVENUE_PCT));
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("経常収益経常利益率")), doc.warnings().toString());
    }

    @Test
    void balanceSheetCashFlowAndDividends() {
        assertEquals("9876543000000", value(Metric.TOTAL_ASSETS, Measure.VALUE, Span.INSTANT, 2025, Basis.ACTUAL));
        assertEquals("3.8", value(Metric.EQUITY_RATIO, Measure.VALUE, Span.INSTANT, 2025, Basis.ACTUAL));
        assertEquals("379000000000", value(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, Span.INSTANT, 2025,
                Basis.ACTUAL));
        assertEquals("-180500000000", value(Metric.INVESTING_CF, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("6390000000", value(Metric.TOTAL_DIVIDENDS, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("1.7", value(Metric.TOTAL_DIVIDENDS, Measure.RATIO_TO_EQUITY_PCT, Span.FY, 2025, Basis.ACTUAL));
        assertEquals("34.00", value(Metric.DIVIDEND_PER_SHARE, Measure.VALUE, Span.FY, 2026, Basis.FORECAST));
    }

    @Test
    void theForecastHasNoTopLineAndItsInterimIsTheFirstHalf() {
        assertEquals("16000000000", value(Metric.ORDINARY_INCOME, Measure.VALUE, Span.H1, 2025, Basis.FORECAST));
        assertEquals("107.70", value(Metric.EPS, Measure.VALUE, Span.FY, 2026, Basis.FORECAST));
        assertEquals("missing", value(Metric.ORDINARY_REVENUE, Measure.VALUE, Span.FY, 2026, Basis.FORECAST));
    }

    @Test
    void shareCountsOfTheNotesAreInstantsOrTheYearAndStateNoScope() {
        assertEquals("200000000", value(Metric.SHARES_ISSUED, Measure.VALUE, Span.INSTANT, 2025, Basis.ACTUAL));
        assertEquals("331000", value(Metric.TREASURY_SHARES, Measure.VALUE, Span.INSTANT, 2025, Basis.ACTUAL));
        // 「―株」: no treasury shares printed for the prior year, so no figure
        assertEquals("missing", value(Metric.TREASURY_SHARES, Measure.VALUE, Span.INSTANT, 2024, Basis.ACTUAL));
        assertEquals("199660000", value(Metric.AVERAGE_SHARES, Measure.VALUE, Span.FY, 2025, Basis.ACTUAL));
        assertTrue(doc.facts().stream().filter(f -> "shares".equals(f.unit()))
                .allMatch(f -> f.consolidated() == null));
    }

    @Test
    void everyFigureAgreesAndTheJsonIsValid() {
        assertTrue(doc.facts().stream().noneMatch(f -> f.status() == FactStatus.CONFLICT), doc.warnings().toString());
        assertTrue(doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count() >= 20);
        SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
        // a 連結 短信 with no 個別 section: every figure is consolidated, save the share counts, which state no scope
        for (Fact f : doc.facts()) {
            assertTrue(Boolean.TRUE.equals(f.consolidated()) || "shares".equals(f.unit()), f.toString());
        }
    }
}
