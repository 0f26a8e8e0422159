package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.FilledBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bar charts on slides laid out for this test (invented company, names and figures): a heading that lists two
 * metrics, told apart by the figures a table stated; a segment's chart named by the glossary's abbreviation, whose
 * legend leaves off サービス; a chart of a segment gathered from several branches, whose series the KPI lines placed
 * elsewhere; and the year total printed under a quarterly chart.
 */
class SegmentChartsTest {

    private static final int DARK = 0x2e5cb8, LIGHT = 0x9db7e3;
    private static final float[] CX = {50, 110, 170, 230, 290};
    private static final String QUARTERS = "1Q24 2Q24 3Q24 4Q24 1Q25";

    /** A line of words, each {@code x, text}, nine points high at {@code y}. */
    private static Line line(float y, Object... xText) {
        return PositionedLines.line(y, 6, xText);
    }

    /** Words centred on each category, on one line. */
    private static Line overBars(float y, String... texts) {
        Object[] xText = new Object[texts.length * 2];
        for (int k = 0; k < texts.length; k++) {
            xText[2 * k] = CX[k] - 3 * texts[k].length();
            xText[2 * k + 1] = texts[k];
        }
        return line(y, xText);
    }

    private static Page page(int n, List<Line> lines, List<FilledBox> fills) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Float.compare(a.box().y0(), b.box().y0()));
        return new Page(n, 800, 450, sorted, fills);
    }

    private static Page cover() {
        return page(1, List.of(line(40, 20, "テスト通信株式会社"), line(60, 20, "2026年3月期 第1四半期 決算説明資料"),
                line(80, 20, "略語:NS:ネットワークソリューション")), List.of());
    }

    /** The results table: 売上原価 stated for 1Q24 and 1Q25. */
    private static Page results() {
        return page(2, List.of(line(20, 20, "Ⅰ-1. 連結業績サマリー"), line(20, 700, "単位：百万円"),
                line(60, 200, "1Q24", 300, "1Q25"),
                line(80, 20, "売上収益", 200, "1,000", 300, "1,200"),
                line(100, 20, "売上原価", 200, "700", 300, "800"),
                line(120, 20, "売上総利益", 200, "300", 300, "400")), List.of());
    }

    /** 「売上原価・売上総利益」 over single bars, with the year's total under the axis. */
    private static Page costChart(String yearTotal) {
        return page(3, List.of(line(20, 20, "Ⅱ-1. 売上原価・売上総利益の推移"), line(20, 700, "単位：百万円"),
                overBars(100, "700", "710", "720", "730", "800"),
                line(300, CX[0] - 12, "1Q24", CX[1] - 12, "2Q24", CX[2] - 12, "3Q24", CX[3] - 12, "4Q24", CX[4] - 12, "1Q25"),
                line(318, 20, yearTotal)), List.of());
    }

    /** Stacked bars of 「NSサービス」: 法人接続 (dark) under ホスティングサービス (light); KPI blocks at the right. */
    private static Page segmentChart() {
        List<FilledBox> fills = new ArrayList<>();
        for (float cx : CX) {
            fills.add(new FilledBox(new BoundingBox(cx - 15, 150, cx + 15, 295), DARK));
            fills.add(new FilledBox(new BoundingBox(cx - 15, 100, cx + 15, 150), LIGHT));
        }
        fills.add(new FilledBox(new BoundingBox(330, 60, 338, 68), DARK));
        fills.add(new FilledBox(new BoundingBox(330, 76, 338, 84), LIGHT));
        return page(4, List.of(line(20, 20, "Ⅱ-2. NSサービス 売上収益の推移"), line(20, 700, "単位：百万円"),
                line(59, 342, "法人接続"), line(75, 342, "ホスティングサービス"),
                overBars(85, "800", "810", "820", "830", "850"),
                overBars(120, "300", "300", "310", "310", "300"),
                overBars(200, "500", "510", "510", "520", "550"),
                line(300, CX[0] - 12, "1Q24", CX[1] - 12, "2Q24", CX[2] - 12, "3Q24", CX[3] - 12, "4Q24", CX[4] - 12, "1Q25"),
                line(100, 480, "法人接続サービス"), line(112, 480, "1Q25：5.5億円・+10.0%YoY"),
                line(124, 480, "・うちABC：2.0億円・+2.0%YoY"),
                line(140, 480, "ホスティングサービス"), line(152, 480, "1Q25：3.0億円・+3.0%YoY")), fills);
    }

    /** 「モバイルサービス売上」 in 億円: ABC (dark), which the KPI lines placed under 法人接続サービス, and DEF (light). */
    private static Page gatheredChart(String abc1q25, String total1q25) {
        List<FilledBox> fills = new ArrayList<>();
        for (float cx : CX) {
            fills.add(new FilledBox(new BoundingBox(cx - 15, 150, cx + 15, 295), DARK));
            fills.add(new FilledBox(new BoundingBox(cx - 15, 100, cx + 15, 150), LIGHT));
        }
        fills.add(new FilledBox(new BoundingBox(330, 60, 338, 68), DARK));
        fills.add(new FilledBox(new BoundingBox(330, 76, 338, 84), LIGHT));
        return page(5, List.of(line(20, 20, "Ⅱ-3. モバイル関連"), line(20, 700, "単位：億円"),
                line(50, 20, "モバイルサービス売上"),
                line(59, 342, "ABC"), line(75, 342, "DEF"),
                overBars(85, "3.0", "3.1", "3.2", "3.3", total1q25),
                overBars(120, "1.2", "1.2", "1.3", "1.3", "1.5"),
                overBars(200, "1.8", "1.9", "1.9", "2.0", abc1q25),
                line(300, CX[0] - 12, "1Q24", CX[1] - 12, "2Q24", CX[2] - 12, "3Q24", CX[3] - 12, "4Q24", CX[4] - 12, "1Q25")),
                fills);
    }

    /** The slides as one deck, numbered in order. */
    private static Extractor.Extraction run(Page... pages) {
        List<Page> deck = new ArrayList<>();
        for (Page p : pages) deck.add(new Page(deck.size() + 1, p.width(), p.height(), p.lines(), p.fills()));
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("deck.pdf", "0".repeat(64), "application/pdf", null, null, deck));
    }

    private static String value(Extractor.Extraction ex, Metric metric, Measure measure, String segment, String end) {
        return ex.facts().stream().filter(f -> f.metric() == metric && f.measure() == measure
                        && Objects.equals(f.segment(), segment) && f.period().end().toString().equals(end)
                        && f.basis() == Basis.ACTUAL)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void aHeadingListingTwoMetricsShowsTheOneWhoseStatedFiguresTheBarsRepeat() {
        Extractor.Extraction ex = run(cover(), results(), costChart("FY24：2,860 [+5.0%]"));
        assertEquals("710000000", value(ex, Metric.COST_OF_SALES, Measure.VALUE, null, "2024-09-30"));
        assertEquals("730000000", value(ex, Metric.COST_OF_SALES, Measure.VALUE, null, "2025-03-31"));
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.GROSS_PROFIT && f.page() == 3));
        // 700 + 710 + 720 + 730: the total under the axis is the chart's year.
        Fact year = ex.facts().stream().filter(f -> f.metric() == Metric.COST_OF_SALES && f.measure() == Measure.VALUE
                && f.period().span() == dev.irx.model.Span.FY).findFirst().orElseThrow();
        assertEquals("2860000000", year.value().toPlainString());
        assertEquals("5.0", value(ex, Metric.COST_OF_SALES, Measure.YOY_PCT, null, "2025-03-31"));
    }

    @Test
    void withNoStatedFigureToTellThemApartTheChartIsReportedNotGuessed() {
        Extractor.Extraction ex = run(cover(), costChart("FY24：2,860 [+5.0%]"));
        assertTrue(ex.facts().stream().noneMatch(f -> f.page() == 2 && f.measure() == Measure.VALUE), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.startsWith("p.2:") && w.contains("names several metrics")),
                ex.warnings().toString());
    }

    @Test
    void aYearTotalTheQuartersDoNotAddUpToIsNotTheCharts() {
        Extractor.Extraction ex = run(cover(), results(), costChart("FY24：2,900 [+5.0%]"));
        assertEquals("710000000", value(ex, Metric.COST_OF_SALES, Measure.VALUE, null, "2024-09-30"));
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().span() == dev.irx.model.Span.FY), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("not the sum of its quarters")), ex.warnings().toString());
    }

    @Test
    void aSegmentsChartGivesItsTotalsAndItsPartsAsTheDeckSpellsThem() {
        Extractor.Extraction ex = run(cover(), segmentChart());
        String ns = "ネットワークソリューションサービス";
        assertEquals("810000000", value(ex, Metric.REVENUE, Measure.VALUE, ns, "2024-09-30"));
        // The legend's 「法人接続」 is the KPI heading's 法人接続サービス.
        assertEquals("510000000", value(ex, Metric.REVENUE, Measure.VALUE, ns + "/法人接続サービス", "2024-09-30"));
        assertEquals("310000000", value(ex, Metric.REVENUE, Measure.VALUE, ns + "/ホスティングサービス", "2025-03-31"));
        // 1Q25: the chart's 550 百万円 is the KPI line's 5.5億円, more precisely.
        assertEquals("550000000", value(ex, Metric.REVENUE, Measure.VALUE, ns + "/法人接続サービス", "2025-06-30"));
    }

    @Test
    void aSeriesTheDeckPlacedElsewhereIsThatPartWhenItsFigureIsTheCharts() {
        Extractor.Extraction ex = run(cover(), segmentChart(), gatheredChart("2.0", "3.5"));
        String abc = "ネットワークソリューションサービス/法人接続サービス/ABC";
        assertEquals("180000000", value(ex, Metric.REVENUE, Measure.VALUE, abc, "2024-06-30"));
        assertEquals("120000000", value(ex, Metric.REVENUE, Measure.VALUE, "モバイルサービス/DEF", "2024-06-30"));
        assertEquals("300000000", value(ex, Metric.REVENUE, Measure.VALUE, "モバイルサービス", "2024-06-30"));
    }

    @Test
    void aSeriesWhoseFiguresContradictThePartElsewhereStaysUnderTheChartsSegment() {
        Extractor.Extraction ex = run(cover(), segmentChart(), gatheredChart("2.5", "4.0"));
        assertEquals("180000000", value(ex, Metric.REVENUE, Measure.VALUE, "モバイルサービス/ABC", "2024-06-30"));
        assertEquals("missing", value(ex, Metric.REVENUE, Measure.VALUE,
                "ネットワークソリューションサービス/法人接続サービス/ABC", "2024-06-30"));
    }
}
