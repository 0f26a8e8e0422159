package dev.irx.internal.extract;

import dev.irx.internal.extract.chart.BarYoyTags;
import dev.irx.internal.extract.chart.BracketedChartFigures;
import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Slides of samples/iij-1q25-results.pdf read through the deck's own names and glosses: charts headed by a segment
 * (p.9 「SI構築(一時売上)」), rows labelled by a segment and a metric, a YoY line by segment, a profit table beside a
 * chart (p.10) with its 「営業利益YoY」 row and the chart's bracketed 売上高比, and the dividend chart (p.15).
 */
class DeckSegmentChartsTest {

    private static List<Fact> q1;
    private static final String SI = "システムインテグレーション";

    @BeforeAll
    static void read() throws Exception {
        IrxDocument d = IrxExtractor.builder().build().extract(Path.of("samples/iij-1q25-results.pdf"));
        q1 = d.facts();
    }

    private static Optional<Fact> find(int page, Metric metric, Measure measure, String segment, Span span, String end,
                                       Basis basis) {
        return q1.stream().filter(f -> f.metric() == metric && f.measure() == measure
                && Objects.equals(f.segment(), segment) && f.period().span() == span
                && f.period().end().toString().equals(end) && f.basis() == basis
                && (f.page() == page || f.alsoSeen().stream().anyMatch(e -> e.page() == page))).findFirst();
    }

    private static String value(int page, Metric metric, Measure measure, String segment, Span span, String end) {
        return find(page, metric, measure, segment, span, end, Basis.ACTUAL).map(f -> f.value().toPlainString())
                .orElse("missing");
    }

    @Test
    void chartsHeadedByASegmentAndItsParts() {
        assertEquals("12606000000", value(9, Metric.REVENUE, Measure.VALUE, SI + "/構築", Span.Q1, "2024-06-30"));
        assertEquals("19637000000", value(9, Metric.REVENUE, Measure.VALUE, SI + "/運用保守", Span.Q1, "2024-06-30"));
        assertEquals("8463000000", value(9, Metric.REVENUE, Measure.VALUE, SI + "/運用保守/クラウド", Span.Q1, "2024-06-30"));
        // 「オンプレミス向け運用保守」 in the 運用保守 chart is its on-premises part.
        assertEquals("13382000000", value(9, Metric.REVENUE, Measure.VALUE, SI + "/運用保守/オンプレミス", Span.Q1,
                "2025-06-30"));
        assertEquals(FactSource.CHART, find(9, Metric.REVENUE, Measure.VALUE, SI + "/構築", Span.Q2, "2024-09-30",
                Basis.ACTUAL).orElseThrow().source());
    }

    @Test
    void rowsOfASegmentAndAMetric() {
        assertEquals("15135000000", value(9, Metric.ORDERS_RECEIVED, Measure.VALUE, SI + "/構築", Span.Q1, "2024-06-30"));
        assertEquals("97039000000", value(9, Metric.ORDERS_RECEIVED, Measure.VALUE, SI + "/運用保守", Span.FY, "2025-03-31"));
        assertEquals("23761000000", value(9, Metric.ORDER_BACKLOG, Measure.VALUE, SI + "/構築", Span.INSTANT, "2024-03-31"));
        assertEquals("106011000000", value(9, Metric.ORDER_BACKLOG, Measure.VALUE, SI + "/運用保守", Span.INSTANT,
                "2025-06-30"));
        assertEquals("10.2", value(9, Metric.ORDERS_RECEIVED, Measure.YOY_PCT, SI + "/運用保守", Span.FY, "2025-03-31"));
    }

    @Test
    void profitTableBesideAChartAndItsShortChangeRow() {
        // 「10,075」 is the 販管費 chart's label on the 営業利益 row's baseline: the chart's, not the row's.
        assertEquals("5003000000", value(10, Metric.OPERATING_INCOME, Measure.VALUE, null, Span.Q1, "2023-06-30"));
        assertEquals("10075000000", value(10, Metric.SGA, Measure.VALUE, null, Span.Q4, "2025-03-31"));
        // Five amounts under nine quarters: they stand under 1Q24…1Q25.
        assertEquals("-520000000", value(10, Metric.OPERATING_INCOME, Measure.YOY_AMOUNT, null, Span.Q1, "2024-06-30"));
        assertEquals("650000000", value(10, Metric.OPERATING_INCOME, Measure.YOY_AMOUNT, null, Span.Q4, "2025-03-31"));
        assertTrue(find(10, Metric.OPERATING_INCOME, Measure.YOY_AMOUNT, null, Span.Q4, "2024-03-31", Basis.ACTUAL)
                .isEmpty());
        assertEquals("12.3", value(10, Metric.SGA, Measure.RATIO_TO_REVENUE_PCT, null, Span.Q2, "2024-09-30"));
    }

    @Test
    void dividendChartOfHalvesWithItsYoy() {
        assertEquals("14.625", value(15, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.H1, "2022-09-30"));
        assertEquals("29.255", value(15, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.FY, "2023-03-31"));
        assertEquals("21.9", value(15, Metric.DIVIDEND_PER_SHARE, Measure.YOY_PCT, null, Span.FY, "2023-03-31"));
        assertEquals("19.50", find(15, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.H2, "2026-03-31",
                Basis.FORECAST).map(f -> f.value().toPlainString()).orElse("missing"));
        // FY21 has no change printed over it.
        assertTrue(find(15, Metric.DIVIDEND_PER_SHARE, Measure.YOY_PCT, null, Span.FY, "2022-03-31", Basis.ACTUAL)
                .isEmpty());
    }

    private static Word word(String text, float x0, float y0, float x1, float y1) {
        return new Word(text, new BoundingBox(x0, y0, x1, y1), 9f, null);
    }

    private static Line line(Word w) { return new Line(List.of(w), w.box(), 0); }

    @Test
    void yoyTagIsASignedPercentRightAboveTheTopLabel() {
        Word top = word("29.255", 147, 133, 181, 143);
        Word tag = word("+21.9%", 148, 116, 179, 125);
        assertEquals("21.9", BarYoyTags.over(top, 164, 20, 0, List.of(line(tag), line(top)))
                .map(t -> t.pct().number().toPlainString()).orElse("none"));
        // Unsigned, it may be a margin; far above, it is another thing's; in the next band, another bar's.
        assertTrue(BarYoyTags.over(top, 164, 20, 0, List.of(line(word("21.9%", 148, 116, 179, 125)))).isEmpty());
        assertTrue(BarYoyTags.over(top, 164, 20, 0, List.of(line(word("+21.9%", 148, 60, 179, 69)))).isEmpty());
        assertTrue(BarYoyTags.over(top, 164, 20, 0, List.of(line(word("+21.9%", 200, 116, 231, 125)))).isEmpty());
        // Two candidates: neither.
        assertTrue(BarYoyTags.over(top, 164, 20, 0, List.of(line(tag), line(word("+3.0%", 150, 120, 178, 129))))
                .isEmpty());
    }

    @Test
    void bracketedFiguresNeedTheHeadingsGloss() {
        assertEquals(Optional.of(Measure.RATIO_TO_REVENUE_PCT), BracketedChartFigures.measureOf("販売管理費等(売上高比)"));
        assertEquals(Optional.of(Measure.YOY_PCT), BracketedChartFigures.measureOf("売上収益（YoY）"));
        assertTrue(BracketedChartFigures.measureOf("販売管理費等").isEmpty());
    }
}
