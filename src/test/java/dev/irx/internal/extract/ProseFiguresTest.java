package dev.irx.internal.extract;

import dev.irx.model.Basis;
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
 * Figures stated in prose, on a report written for this test (invented company and figures, FISCO's layout:
 * dated header, █ sections, the section's name atop each page): segment parts and siblings named alone,
 * an abbreviation the report defines, 「このうち」/「うち」 parts, a reason between a label and its change,
 * employees at two dates, balances at the ends of earlier years, and targets for a year.
 */
class ProseFiguresTest {

    private static final String HEADER = """
            COMPANY RESEARCH AND ANALYSIS REPORT
            2026年2月2日(月) テスト工業
            9999 東証プライム市場
            """;

    private static final String COMPANY = HEADER + """
            █会社概要
            1. 会社概要
            同社の事業は、クラウドソリューション(以下、CS)とネットワーク事業の2つである。
            連結従業員数は2025年12月末で1,210名と、2025年3月末の1,180名から増えた。
            █業績動向
            1. 2026年3月期第3四半期の業績概要
            事業別売上高
            （単位：百万円）
            25/3期3Q 26/3期3Q
            クラウドソリューション 5,000 5,500
            構築 2,000 1,800
            運用 3,000 3,700
            ネットワーク事業 1,000 1,100
            構築 400 420
            運用 600 680
            合計 6,000 6,600
            出所：テスト
            """;

    /** The next page: it opens with the section's name, then goes on with prose. */
    private static final String RESULTS = """
            業績動向
            CSの売上高は前年同期比10.0%増の5,500百万円となった。構築は同10.0%減の1,800百万円で、運用が
            同23.3%増の3,700百万円と伸び、このうち監視サービスが同30.0%増の12億円であった。
            ネットワーク事業の売上高は同10.0%増の1,100百万円となり、うちセキュリティ関連が同5.0%減の1.9億円であった。
            うちデータ関連は同1.0%増の10百万円であった。
            なお、新サービスは同50.0%増の30百万円となった。
            法人と個人を合わせたモバイルサービスの売上は同8.0%増の20億円である。
            CSの売上総利益は、運用案件の積み上がりにより同12.0%増の2,240百万円となった。
            CSの受注高は同10.0%増の1,100百万円となり、構築が同5.0%増の420百万円、運用が同12.5%増の680百万円であった。
            需要は業種を問わず好調である。
            ネットワーク事業は同3.0%増の610百万円であった。
            前期末の受注残高は3,000百万円と、前々期末の2,500百万円を上回っていた。
            前年同期末の受注残高は2,800百万円であった。
            前期末の構築の受注残は900百万円であった。
            2. 中期計画
            中期計画では、2028年3月期に売上高800億円、営業利益率15.0%を目標とする。
            3. 2026年3月期の業績見通し
            2026年3月期の連結業績予想は、売上高が前期比10.0%増の8,800百万円としている。
            事業別売上高の計画は、CSが前期比12.0%増の7,000百万円、ネットワーク事業が同5.0%増の1,800百万円としている。
            売上総利益はCSが同8.0%増の2,700百万円、ネットワーク事業が同4.0%増の520百万円を見込む。
            2027年3月期の売上高は9,500百万円を計画する。
            """;

    private static final Extractor.Extraction REPORT = PlainText.extract(COMPANY, RESULTS);

    /** The value of a sentence figure, or "missing". */
    static String sentence(Extractor.Extraction ex, Metric metric, Measure measure, String segment, String end,
                           Basis basis) {
        return ex.facts().stream().filter(f -> f.source() == FactSource.SENTENCE && f.metric() == metric
                        && f.measure() == measure && Objects.equals(f.segment(), segment)
                        && f.period().end().toString().equals(end) && f.basis() == basis)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    private static String q3(Metric metric, Measure measure, String segment) {
        return sentence(REPORT, metric, measure, segment, "2025-12-31", Basis.ACTUAL);
    }

    @Test
    void runningSectionNameDoesNotJoinTheFirstSentenceOfAPage() {
        assertEquals("5500000000", q3(Metric.REVENUE, Measure.VALUE, "クラウドソリューション"));
        assertTrue(REPORT.warnings().stream().noneMatch(w -> w.contains("業績動向CS")), REPORT.warnings().toString());
    }

    @Test
    void partsNamedAloneTakeTheMetricJustStatedAndDecreasesAreNegative() {
        assertEquals("1800000000", q3(Metric.REVENUE, Measure.VALUE, "クラウドソリューション/構築"));
        assertEquals("-10.0", q3(Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/構築"));
        assertEquals("23.3", q3(Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/運用"));
        // 「CSの受注高は…、構築が同5.0%増の420百万円」: the parts of the orders, not of revenue.
        assertEquals("420000000", q3(Metric.ORDERS_RECEIVED, Measure.VALUE, "クラウドソリューション/構築"));
        assertEquals("12.5", q3(Metric.ORDERS_RECEIVED, Measure.YOY_PCT, "クラウドソリューション/運用"));
        assertEquals("1100000000", q3(Metric.ORDERS_RECEIVED, Measure.VALUE, "クラウドソリューション"));
        // A sentence without a segment figure ends the run: the next segment's figure has no metric to take.
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.value().toPlainString().equals("610000000")),
                REPORT.facts().toString());
    }

    @Test
    void partsThatOnlyProseNamesAreReadUnderTheSegmentOfTheSameSentence() {
        assertEquals("1200000000", q3(Metric.REVENUE, Measure.VALUE, "クラウドソリューション/運用/監視"));
        assertEquals("30.0", q3(Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/運用/監視"));
        assertEquals("190000000", q3(Metric.REVENUE, Measure.VALUE, "ネットワーク事業/セキュリティ"));
        assertEquals("-5.0", q3(Metric.REVENUE, Measure.YOY_PCT, "ネットワーク事業/セキュリティ"));
        // A 「うち」 in a sentence of its own, and a name no table lists without one, are not guessed into parts.
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.value().toPlainString().equals("10000000")
                || f.value().toPlainString().equals("30000000")), REPORT.facts().toString());
    }

    @Test
    void aServiceLineNamedOnlyInProseIsASegmentWithAWarning() {
        assertEquals("2000000000", q3(Metric.REVENUE, Measure.VALUE, "モバイルサービス"));
        assertEquals("8.0", q3(Metric.REVENUE, Measure.YOY_PCT, "モバイルサービス"));
        assertTrue(REPORT.warnings().stream().anyMatch(w -> w.contains("モバイルサービス") && w.contains("only in prose")));
    }

    @Test
    void anAbbreviationTheReportDefinedNamesTheSegmentAndAReasonMayStandBeforeTheChange() {
        assertEquals("2240000000", q3(Metric.GROSS_PROFIT, Measure.VALUE, "クラウドソリューション"));
        assertEquals("12.0", q3(Metric.GROSS_PROFIT, Measure.YOY_PCT, "クラウドソリューション"));
    }

    @Test
    void employeesAtTwoDates() {
        Fact end = REPORT.facts().stream().filter(f -> f.metric() == Metric.EMPLOYEES
                && f.period().end().toString().equals("2025-12-31")).findFirst().orElseThrow();
        assertEquals("1210", end.value().toPlainString());
        assertEquals("persons", end.unit());
        assertEquals(Span.INSTANT, end.period().span());
        assertEquals(Boolean.TRUE, end.consolidated());
        assertEquals("1180", sentence(REPORT, Metric.EMPLOYEES, Measure.VALUE, null, "2025-03-31", Basis.ACTUAL));
    }

    @Test
    void balancesAtTheEndsOfEarlierYearsAreReadFromTheSectionsPeriod() {
        assertEquals("3000000000", sentence(REPORT, Metric.ORDER_BACKLOG, Measure.VALUE, null, "2025-03-31", Basis.ACTUAL));
        assertEquals("2500000000", sentence(REPORT, Metric.ORDER_BACKLOG, Measure.VALUE, null, "2024-03-31", Basis.ACTUAL));
        // 「前年同期末」 is not read; the balance must not fall back to the section's own period. 「構築」 is a part
        // of two segments, so 「構築の受注残」 has no segment to go to.
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.metric() == Metric.ORDER_BACKLOG
                && (f.value().toPlainString().equals("2800000000") || f.value().toPlainString().equals("900000000"))),
                REPORT.facts().toString());
        assertTrue(REPORT.warnings().stream().anyMatch(w -> w.contains("前年同期末") && w.contains("not read")),
                REPORT.warnings().toString());
    }

    @Test
    void aTopicOrLabelThatNamesTheMetricGivesItToTheSegmentsListedAfterIt() {
        String fy = "2026-03-31";
        assertEquals("7000000000", sentence(REPORT, Metric.REVENUE, Measure.VALUE, "クラウドソリューション", fy, Basis.FORECAST));
        assertEquals("5.0", sentence(REPORT, Metric.REVENUE, Measure.YOY_PCT, "ネットワーク事業", fy, Basis.FORECAST));
        assertEquals("2700000000", sentence(REPORT, Metric.GROSS_PROFIT, Measure.VALUE, "クラウドソリューション", fy,
                Basis.FORECAST));
        assertEquals("520000000", sentence(REPORT, Metric.GROSS_PROFIT, Measure.VALUE, "ネットワーク事業", fy, Basis.FORECAST));
    }

    @Test
    void aYearNotOverWhenTheReportCameOutIsAForecastWithoutAWordSayingSo() {
        assertEquals("9500000000", sentence(REPORT, Metric.REVENUE, Measure.VALUE, null, "2027-03-31", Basis.FORECAST));
        assertEquals("missing", sentence(REPORT, Metric.REVENUE, Measure.VALUE, null, "2027-03-31", Basis.ACTUAL));
    }

    @Test
    void targetsForAYearAreForecastsAndAMarginIsARatioToRevenue() {
        assertEquals("80000000000", sentence(REPORT, Metric.REVENUE, Measure.VALUE, null, "2028-03-31", Basis.FORECAST));
        assertEquals("15.0", sentence(REPORT, Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, null,
                "2028-03-31", Basis.FORECAST));
    }
}
