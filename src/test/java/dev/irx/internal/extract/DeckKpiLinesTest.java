package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The KPI lines of the deck samples (samples/iij-*.pdf): headlines with a row label, 「うち」 parts, headings over
 * blocks beside a chart, a value wrapped onto the next line, totals under charts side by side, and QoQ figures
 * that have no measure. Values as the slides print them.
 */
class DeckKpiLinesTest {

    private static List<Fact> q1;
    private static List<String> q1Warnings;
    private static List<Fact> fy24;

    @BeforeAll
    static void read() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        IrxDocument d = irx.extract(Path.of("samples/iij-1q25-results.pdf"));
        q1 = d.facts();
        q1Warnings = d.warnings();
        fy24 = irx.extract(Path.of("samples/iij-fy24-results.pdf")).facts();
    }

    /** The KPI figure read on a page (its own or merged into a fact seen elsewhere). */
    private static Optional<Fact> kpi(List<Fact> facts, int page, Metric metric, Measure measure, String segment,
                                      String end) {
        return facts.stream().filter(f -> f.metric() == metric && f.measure() == measure
                && Objects.equals(f.segment(), segment) && f.period().end().toString().equals(end)
                && f.basis() == Basis.ACTUAL
                && (f.page() == page && f.source() == FactSource.SENTENCE
                || f.alsoSeen().stream().anyMatch(e -> e.page() == page && e.source() == FactSource.SENTENCE)))
                .findFirst();
    }

    private static String value(List<Fact> facts, int page, Metric metric, Measure measure, String segment,
                                String end) {
        return kpi(facts, page, metric, measure, segment, end).map(f -> f.value().toPlainString()).orElse("missing");
    }

    /** The figure as the KPI line on that page printed it, also when a finer print elsewhere was kept. */
    private static String printed(List<Fact> facts, int page, Metric metric, Measure measure, String segment,
                                  String end) {
        return kpi(facts, page, metric, measure, segment, end).map(f -> f.page() == page
                        && f.source() == FactSource.SENTENCE ? f.display().text()
                        : f.alsoSeen().stream().filter(e -> e.page() == page && e.source() == FactSource.SENTENCE)
                        .findFirst().orElseThrow().display().text())
                .orElse("missing");
    }

    @Test
    void headlineRowLabelAndItsParts() {
        assertEquals("33560000000", value(q1, 2, Metric.REVENUE, Measure.VALUE, "システムインテグレーション", "2025-06-30"));
        assertEquals("-7.3", value(q1, 2, Metric.REVENUE, Measure.YOY_PCT, "システムインテグレーション/構築", "2025-06-30"));
        // p.9's table prints these in 百万円: the finer figure is kept, the KPI line's is seen too.
        assertEquals("282.4億円", printed(q1, 2, Metric.ORDERS_RECEIVED, Measure.VALUE,
                "システムインテグレーション/運用保守", "2025-06-30"));
        // 「構築の期末受注残 4Q24末:158.1億円、4Q23末:237.6億円」: the part named alone, two year-ends.
        assertEquals("158.1億円", printed(q1, 2, Metric.ORDER_BACKLOG, Measure.VALUE,
                "システムインテグレーション/構築", "2025-03-31"));
        assertEquals("237.6億円", printed(q1, 2, Metric.ORDER_BACKLOG, Measure.VALUE,
                "システムインテグレーション/構築", "2024-03-31"));
    }

    @Test
    void headingBesideAChartAndThePriorYearsYoy() {
        // 「ATM運営事業」 (a legend) shares the line; the heading above the column names the figure.
        assertEquals("74.1", value(q1, 5, Metric.REVENUE, Measure.YOY_PCT, "一時売上", "2024-06-30"));
        assertEquals("83.8", value(q1, 5, Metric.REVENUE, Measure.COMPOSITION_PCT, "ストック売上", "2025-06-30"));
        assertEquals("9.1", value(q1, 5, Metric.REVENUE, Measure.YOY_PCT, "ネットワークサービス(除くモバイル)",
                "2025-06-30"));
        assertEquals("316831000000", value(q1, 5, Metric.REVENUE, Measure.VALUE, null, "2025-03-31"));
    }

    @Test
    void partsUnderHeadingsOfTheSlidesSegment() {
        String corporate = "ネットワークサービス/法人向けインターネット接続サービス";
        assertEquals("4570000000", value(q1, 7, Metric.REVENUE, Measure.VALUE, corporate + "/IP", "2025-06-30"));
        assertEquals("12.3", value(q1, 7, Metric.REVENUE, Measure.YOY_PCT, corporate + "/法人モバイル", "2024-06-30"));
        // 「・うち個人モバイルIIJmio:」 / 「61.1億円・…」: wrapped, and named by its brand.
        assertEquals("6110000000", value(q1, 7, Metric.REVENUE, Measure.VALUE,
                "ネットワークサービス/個人向けインターネット接続サービス/IIJmio", "2025-06-30"));
        assertEquals("-3.1", value(q1, 7, Metric.REVENUE, Measure.YOY_PCT, "ネットワークサービス/WANサービス",
                "2024-06-30"));
        assertEquals("162577000000", value(q1, 7, Metric.REVENUE, Measure.VALUE, "ネットワークサービス", "2025-03-31"));
    }

    @Test
    void rowLabelUnderAHeadingOverSeveralMetrics() {
        // 「営業利益・当期利益(四半期)」 above names no one metric; 「税引前利益 1Q25:57.4億円」 names its own.
        assertEquals("13.9", value(q1, 10, Metric.PROFIT_BEFORE_TAX, Measure.YOY_PCT, null, "2025-06-30"));
        assertTrue(q1.stream().noneMatch(f -> f.page() == 10 && f.source() == FactSource.SENTENCE
                && f.value().toPlainString().equals("206000000")), "支払利息 is in no vocabulary; its prior year neither");
    }

    @Test
    void quarterOnQuarterFiguresAreNotFacts() {
        assertTrue(q1.stream().noneMatch(f -> f.page() == 7 && f.value().toPlainString().equals("54000000")));
        assertTrue(q1Warnings.stream().anyMatch(w -> w.startsWith("p.7: QoQ")), q1Warnings.toString());
    }

    @Test
    void totalsUnderChartsSideBySide() {
        // 「FY24:26,274 [+16.7%] FY24:17,312 [+10.7%] FY24:47,416 [+6.2%]」 under three charts: the middle one
        // (設備投資償却額) has no metric, so only the outer two are read, each as its own chart's.
        assertEquals("26274000000", value(q1, 13, Metric.CAPEX, Measure.VALUE, null, "2025-03-31"));
        assertEquals("6.2", value(q1, 13, Metric.EBITDA, Measure.YOY_PCT, null, "2025-03-31"));
        assertTrue(q1.stream().noneMatch(f -> f.value().toPlainString().equals("17312000000")));
        // 「FY25 CAPEX計画:約300億円規模(…)」: the year's plan.
        assertTrue(q1.stream().anyMatch(f -> f.metric() == Metric.CAPEX && f.basis() == Basis.FORECAST
                && f.period().end().toString().equals("2026-03-31") && f.value().toPlainString().equals("30000000000")
                && (f.page() == 13 || f.alsoSeen().stream().anyMatch(e -> e.page() == 13))));
        // Security and mobile revenue totals under their own charts.
        assertEquals("35940000000", value(q1, 8, Metric.REVENUE, Measure.VALUE,
                "ネットワークサービス/アウトソーシングサービス/セキュリティ", "2025-03-31"));
        assertEquals("50300000000", value(q1, 8, Metric.REVENUE, Measure.VALUE, "モバイルサービス", "2025-03-31"));
    }

    @Test
    void unplaceableSegmentIsReported() {
        assertTrue(q1.stream().noneMatch(f -> f.page() == 3 && f.source() == FactSource.SENTENCE
                && f.value().toPlainString().equals("13010000000") && !"モバイルサービス".equals(f.segment())));
        assertTrue(q1Warnings.stream().anyMatch(w -> w.contains("モバイル・IoT")), q1Warnings.toString());
    }

    @Test
    void yearDeckPartsAndRatio() {
        assertEquals("37.8", value(fy24, 7, Metric.REVENUE, Measure.YOY_PCT, "システムインテグレーション/構築", "2025-03-31"));
        assertEquals("9.8", value(fy24, 7, Metric.REVENUE, Measure.YOY_PCT, "ストック売上", "2025-03-31"));
        assertEquals("31.1", value(fy24, 15, Metric.PAYOUT_RATIO, Measure.VALUE, null, "2025-03-31"));
        assertEquals("45.0", value(fy24, 14, Metric.EQUITY_RATIO, Measure.VALUE, null, "2025-03-31"));
    }

    @Test
    void plainTextDeckSeed() throws Exception {
        Path seed = Shared.require("seeds/002_9791539c9f8abf8f.txt");
        List<Fact> facts = IrxExtractor.builder().build().extract(seed).facts();
        String security = "ネットワークサービス/アウトソーシングサービス/セキュリティ";
        assertEquals("19.4", facts.stream().filter(f -> f.source() == FactSource.SENTENCE
                        && f.metric() == Metric.REVENUE && f.measure() == Measure.YOY_PCT && security.equals(f.segment())
                        && f.period().end().toString().equals("2024-06-30"))
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing"));
        // The NW slide's FY total is the slide's segment, not the block's above it.
        assertTrue(facts.stream().noneMatch(f -> f.value().toPlainString().equals("162577000000")
                && !"ネットワークサービス".equals(f.segment())));
        // The deck notes that its 当期利益 is the owners' share: no figure may come out as the group's profit.
        assertTrue(facts.stream().noneMatch(f -> f.metric() == Metric.NET_INCOME), facts.toString());
    }

    @Test
    void theSummarySlidesItemsArePartsTheDetailSlidesPlace() {
        // 1Q25 p.3 names 「IP」「アウトソーシング」「うちセキュリティ」 under NWサービス(除くモバイル); p.7 places them.
        String nw = "ネットワークサービス";
        assertEquals("9.5", value(q1, 3, Metric.REVENUE, Measure.YOY_PCT, nw + "/法人向けインターネット接続サービス/IP", "2025-06-30"));
        assertEquals("13.7", value(q1, 3, Metric.REVENUE, Measure.YOY_PCT, nw + "/アウトソーシングサービス", "2025-06-30"));
        assertEquals("11.2", value(q1, 3, Metric.REVENUE, Measure.YOY_PCT, nw + "/アウトソーシングサービス/セキュリティ",
                "2025-06-30"));
        // FY24 p.7: 「うち構築(一時売上)」 under システムインテグレーション, a part the deck places so elsewhere.
        assertEquals("37.8", value(fy24, 7, Metric.REVENUE, Measure.YOY_PCT, "システムインテグレーション/構築", "2025-03-31"));
    }
}
