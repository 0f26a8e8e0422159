package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.PlainText;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * KPI lines in the plain-text form of a deck written for this test (invented company, segments and figures):
 * a glossary, numbered slide titles, headings over blocks, 「うち」 parts, the prior year's YoY, a chart total in
 * the caption's unit, QoQ figures and lines irx must not read.
 */
class KpiLinesTest {

    private static final String DECK = """
            テスト通信株式会社
            2026年3月期 第3四半期 決算説明資料
            略語:CS:クラウドソリューション、NS:ネットワークソリューション
            II-1. 3Q25決算概要
            単位:億円
            売上収益:300.0億円・+5.0%YoY 営業利益:30.0億円・+10.0%YoY
            CS 3Q25売上:120.0億円・+4.0%YoY
            うち保守:70.0億円・+6.0%YoY、構築:50.0億円・△2.0%YoY
            3Q25受注:130.0億円・+8.0%YoY
            FY26 設備投資計画:約50.0億円規模(新棟を含む)
            II-2. NSサービス 売上収益の推移
            単位:百万円
            法人接続サービス
            3Q25:90.0億円・+7.0%YoY(3Q24: +3.0%YoY)
            ・うちABC:40.0億円・+9.0%YoY(3Q24: +1.5%YoY)
            QoQ:+20百万円
            ・うち個人向けXYZnet:
            20.0億円・+2.5%YoY(3Q24: +4.0%YoY)
            ホスティング事業
            3Q25:35.0億円・+1.0%YoY、+5百万円QoQ
            [ ]はYoY、QoQ = 前四半期比
            FY24:480,000 [+6.0%]
            この事業は昨年の3Q24に大きく伸び、今期も堅調に推移している
            3Q25:11.0億円・+1.0%YoY
            モバイル・IoT 3Q25売上:60.0億円・+3.0%YoY
            """;

    private static final Extractor.Extraction EX = PlainText.extract(DECK);

    private static String value(Metric metric, Measure measure, String segment, String end) {
        return EX.facts().stream().filter(f -> f.source() == FactSource.SENTENCE && f.metric() == metric
                        && f.measure() == measure && Objects.equals(f.segment(), segment)
                        && f.period().end().toString().equals(end) && f.basis() == Basis.ACTUAL)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void companyLinesAndARowLabelTheGlossaryWritesOut() {
        assertEquals("30000000000", value(Metric.REVENUE, Measure.VALUE, null, "2025-12-31"));
        assertEquals("10.0", value(Metric.OPERATING_INCOME, Measure.YOY_PCT, null, "2025-12-31"));
        assertEquals("12000000000", value(Metric.REVENUE, Measure.VALUE, "クラウドソリューション", "2025-12-31"));
    }

    @Test
    void planForAYearNamedByTheRowLabelIsAForecast() {
        assertEquals("5000000000", EX.facts().stream().filter(f -> f.metric() == Metric.CAPEX
                        && f.basis() == Basis.FORECAST && f.period().end().toString().equals("2027-03-31"))
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing"));
    }

    @Test
    void partsAndTheNextItemOfTheBlock() {
        assertEquals("7000000000", value(Metric.REVENUE, Measure.VALUE, "クラウドソリューション/保守", "2025-12-31"));
        assertEquals("-2.0", value(Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/構築", "2025-12-31"));
        // 「3Q25受注」 under the CS row: the block's segment, its own metric.
        assertEquals("13000000000", value(Metric.ORDERS_RECEIVED, Measure.VALUE, "クラウドソリューション", "2025-12-31"));
    }

    @Test
    void headingUnderTheSlidesSegmentWithThePriorYearsYoy() {
        String corporate = "ネットワークソリューションサービス/法人接続サービス";
        assertEquals("9000000000", value(Metric.REVENUE, Measure.VALUE, corporate, "2025-12-31"));
        assertEquals("3.0", value(Metric.REVENUE, Measure.YOY_PCT, corporate, "2024-12-31"));
        assertEquals("1.5", value(Metric.REVENUE, Measure.YOY_PCT, corporate + "/ABC", "2024-12-31"));
        // The wrapped figure belongs to the line that names it; the brand names the part.
        assertEquals("2000000000", value(Metric.REVENUE, Measure.VALUE, corporate + "/XYZnet", "2025-12-31"));
    }

    @Test
    void chartTotalInTheCaptionsUnitIsTheSlides() {
        // Under the hosting block and a note, a total for another time: the slide's chart, in the caption's unit.
        assertEquals("480000000000", value(Metric.REVENUE, Measure.VALUE, "ネットワークソリューションサービス", "2025-03-31"));
        assertEquals("6.0", value(Metric.REVENUE, Measure.YOY_PCT, "ネットワークソリューションサービス", "2025-03-31"));
    }

    @Test
    void quarterOnQuarterIsNoFactButAWarning() {
        assertTrue(EX.facts().stream().noneMatch(f -> f.value().toPlainString().equals("20000000")
                || f.value().toPlainString().equals("5000000")));
        assertTrue(EX.warnings().stream().anyMatch(w -> w.contains("QoQ")), EX.warnings().toString());
        assertEquals("3500000000", value(Metric.REVENUE, Measure.VALUE, "ネットワークソリューションサービス/ホスティング事業",
                "2025-12-31"));
    }

    @Test
    void whatCannotBePlacedIsReportedNotGuessed() {
        // After prose the block has lost its heading: 11.0億円 could be anyone's.
        assertTrue(EX.facts().stream().noneMatch(f -> f.value().toPlainString().equals("1100000000")));
        // 「モバイル・IoT」 is no segment irx knows: its revenue is not the company's.
        assertTrue(EX.facts().stream().noneMatch(f -> f.value().toPlainString().equals("6000000000")));
        assertTrue(EX.warnings().stream().anyMatch(w -> w.contains("モバイル・IoT")), EX.warnings().toString());
    }

    /**
     * A summary slide that names, by their short names, parts only a later slide places (「ABC」 under 法人接続サービス,
     * 「ホスティング」 for ホスティングサービス), and a name two parts share.
     */
    private static final String SUMMARY_FIRST = """
            テスト通信株式会社
            2026年3月期 第3四半期 決算説明資料
            略語:NS:ネットワークソリューション
            I-1. 3Q25決算概要
            単位:億円
            NSサービス(除くモバイル) 3Q25売上:200.0億円・+5.0%YoY
            ABC:+9.0%YoY、ホスティング:+1.0%YoY(うちセキュリティ:+4.0%YoY)
            NSサービス(除くモバイル) 3Q25売上:200.0億円・+5.0%YoY
            DEF:+2.0%YoY
            II-2. NSサービス 売上収益の推移
            単位:億円
            法人接続サービス
            3Q25:90.0億円・+7.0%YoY
            ・うちABC:40.0億円・+9.0%YoY
            ・うちDEF:10.0億円・+2.0%YoY
            ホスティングサービス
            3Q25:35.0億円・+1.0%YoY
            ・うちセキュリティ:20.0億円・+4.0%YoY
            ・うちDEF:5.0億円・+2.0%YoY
            """;

    @Test
    void aSummarySlideNamesPartsALaterSlidePlaces() {
        Extractor.Extraction ex = PlainText.extract(SUMMARY_FIRST);
        java.util.function.Function<String, String> yoy = segment -> ex.facts().stream()
                .filter(f -> f.metric() == Metric.REVENUE && f.measure() == Measure.YOY_PCT
                        && Objects.equals(f.segment(), segment) && f.evidence().startsWith("ABC"))
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
        String nw = "ネットワークソリューションサービス";
        assertEquals("9.0", yoy.apply(nw + "/法人接続サービス/ABC"));
        assertEquals("1.0", yoy.apply(nw + "/ホスティングサービス"));
        assertEquals("4.0", yoy.apply(nw + "/ホスティングサービス/セキュリティ"));
        // 「DEF」 is a part of two services: it is not guessed into either.
        assertTrue(ex.facts().stream().noneMatch(f -> f.evidence().startsWith("DEF")), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("'DEF'") && w.contains("not read")),
                ex.warnings().toString());
    }
}
