package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Range;
import dev.irx.model.Span;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 短信 forecasts printed as ranges (src/test/resources/pdf/tanshin-range.html printed by Chromium): each
 * end is a fact of its own, never one end passed off as the forecast.
 */
class TanshinRangeTest {

    private static IrxDocument doc;

    @BeforeAll
    static void extract() throws Exception {
        doc = IrxExtractor.builder().build().extract(Path.of("src/test/resources/pdf/tanshin-range.pdf"));
    }

    private static List<Fact> facts(Metric m, Measure measure, Span span, boolean consolidated) {
        return doc.facts().stream().filter(f -> f.metric() == m && f.measure() == measure
                && f.period().span() == span && Boolean.valueOf(consolidated).equals(f.consolidated())
                && f.basis() == Basis.FORECAST).toList();
    }

    private static void assertRange(List<Fact> fs, String low, String high) {
        assertEquals(2, fs.size(), fs.toString());
        Fact lo = fs.stream().filter(f -> f.range() == Range.LOW).findFirst().orElseThrow();
        Fact hi = fs.stream().filter(f -> f.range() == Range.HIGH).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal(low).compareTo(lo.value()), lo.toString());
        assertEquals(0, new BigDecimal(high).compareTo(hi.value()), hi.toString());
    }

    @Test
    void aRangeInOneCellGivesBothEnds() {
        assertRange(facts(Metric.REVENUE, Measure.VALUE, Span.FY, true), "10000000000", "11000000000");
        assertRange(facts(Metric.OPERATING_INCOME, Measure.YOY_PCT, Span.FY, true), "4.0", "15.6");
        assertRange(facts(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.YOY_PCT, Span.FY, true), "-2.0", "11.1");
        assertRange(facts(Metric.EPS, Measure.VALUE, Span.FY, true), "60.00", "68.00");
    }

    @Test
    void aSingleForecastBesideARangeRowStaysSingle() {
        List<Fact> h1 = facts(Metric.REVENUE, Measure.VALUE, Span.H1, true);
        assertEquals(1, h1.size(), h1.toString());
        assertEquals(null, h1.get(0).range());
        assertEquals(0, new BigDecimal("5000000000").compareTo(h1.get(0).value()));
    }

    @Test
    void highEndsOnTheLineBelowArePairedByColumnAroundACentredLabel() {
        assertRange(facts(Metric.REVENUE, Measure.VALUE, Span.FY, false), "8000000000", "8500000000");
        assertRange(facts(Metric.REVENUE, Measure.YOY_PCT, Span.FY, false), "1.0", "7.3");
        assertRange(facts(Metric.NET_INCOME, Measure.VALUE, Span.FY, false), "500000000", "560000000");
        assertRange(facts(Metric.EPS, Measure.VALUE, Span.FY, false), "50.00", "56.00");
    }

    @Test
    void aRangeBrokenInsideItsCellIsNotReadAndSaysSo() {
        assertTrue(facts(Metric.REVENUE, Measure.VALUE, Span.H1, false).isEmpty());
        assertTrue(facts(Metric.OPERATING_INCOME, Measure.VALUE, Span.H1, false).isEmpty(),
                "none of the row's figures may be read once the row is not understood");
        assertTrue(doc.warnings().stream().anyMatch(w -> w.contains("grid stops") && w.contains("3,900~")),
                doc.warnings().toString());
    }

    @Test
    void theEndsAreWrittenAsRangeInTheJson() {
        String json = IrxExtractor.toJson(doc, false);
        SchemaAssert.assertValid(json);
        assertTrue(json.contains("\"range\":\"low\"") && json.contains("\"range\":\"high\""));
    }
}
