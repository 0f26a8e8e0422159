package dev.irx.internal.extract;

import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A deck (plain text, invented company and figures) whose KPI lines name the parts of a segment (「うち保守」), then a
 * slide whose table rows are labelled by a part and a metric (「保守 受注額」) and a line listing each part's YoY.
 */
class SegmentRowsTest {

    private static final String DECK = """
            テスト通信株式会社
            2026年3月期 第1四半期 決算説明資料
            略語:CS:クラウドソリューション
            I. 1Q25決算概要
            単位:億円
            CS 1Q25売上:120.0億円・+4.0%YoY
            うち保守:70.0億円・+6.0%YoY、構築:50.0億円・△2.0%YoY
            II-6. CS 受注の推移
            単位:百万円
            4Q23末 1Q24 2Q24 FY24
            保守 受注額 900 1,000 1,100 4,200
            保守 受注残 5,000 5,100 5,200 －
            構築 受注残 － 2,100 2,200 －
            移行 受注額 － 300 400 1,500
            営業利益YoY 12 13
            受注額YoY FY24:保守 +1.6%、構築 +10.2%、移行 +3.0%
            """;

    private static final Extractor.Extraction EX = PlainText.extract(DECK);

    private static String value(Metric metric, Measure measure, String segment, Span span, String end) {
        return EX.facts().stream().filter(f -> f.metric() == metric && f.measure() == measure
                        && Objects.equals(f.segment(), segment) && f.period().span() == span
                        && f.period().end().toString().equals(end))
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void rowLabelledByAPartAndAMetricIsThatPartsFigure() {
        String upkeep = "クラウドソリューション/保守";
        assertEquals("1000000000", value(Metric.ORDERS_RECEIVED, Measure.VALUE, upkeep, Span.Q1, "2024-06-30"));
        assertEquals("4200000000", value(Metric.ORDERS_RECEIVED, Measure.VALUE, upkeep, Span.FY, "2025-03-31"));
        // A backlog is struck at the end of the quarter its column names, and at the date of 「4Q23末」.
        assertEquals("5100000000", value(Metric.ORDER_BACKLOG, Measure.VALUE, upkeep, Span.INSTANT, "2024-06-30"));
        assertEquals("5000000000", value(Metric.ORDER_BACKLOG, Measure.VALUE, upkeep, Span.INSTANT, "2024-03-31"));
        assertEquals("2200000000", value(Metric.ORDER_BACKLOG, Measure.VALUE, "クラウドソリューション/構築",
                Span.INSTANT, "2024-09-30"));
    }

    @Test
    void aFlowUnderADateAndAnUnknownSegmentAreNotRead() {
        assertTrue(EX.facts().stream().noneMatch(f -> f.value().toPlainString().equals("900000000")));
        assertTrue(EX.warnings().stream().anyMatch(w -> w.contains("'900' is a flow under the date")), EX.warnings().toString());
        // 「移行」 is named nowhere else in the deck: which segment it is part of cannot be told.
        assertTrue(EX.facts().stream().noneMatch(f -> f.segment() != null && f.segment().contains("移行")));
        assertTrue(EX.warnings().stream().anyMatch(w -> w.contains("row '移行 受注額'")), EX.warnings().toString());
        assertTrue(EX.warnings().stream().anyMatch(w -> w.contains("'移行' is no segment irx knows")), EX.warnings().toString());
    }

    @Test
    void changeRowWithFewerCellsThanColumnsNeedsPositions() {
        // Plain text has no positions: two cells under four columns could be any two of them.
        assertTrue(EX.facts().stream().noneMatch(f -> f.metric() == Metric.OPERATING_INCOME
                && f.measure() == Measure.YOY_AMOUNT), EX.facts().toString());
    }

    @Test
    void yoyListedByPart() {
        assertEquals("1.6", value(Metric.ORDERS_RECEIVED, Measure.YOY_PCT, "クラウドソリューション/保守", Span.FY, "2025-03-31"));
        assertEquals("10.2", value(Metric.ORDERS_RECEIVED, Measure.YOY_PCT, "クラウドソリューション/構築", Span.FY, "2025-03-31"));
        Fact f = EX.facts().stream().filter(x -> x.measure() == Measure.YOY_PCT && x.value().toPlainString().equals("1.6"))
                .findFirst().orElseThrow();
        assertEquals(FactSource.SENTENCE, f.source());
    }
}
