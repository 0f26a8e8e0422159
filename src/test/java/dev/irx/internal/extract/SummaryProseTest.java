package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ways a report's summary and its financial section state figures it also prints in tables, on a report
 * written for this test (invented company and figures, FISCO's layout): 「…の連結業績を見ると」, 「EBITDAも…」, a
 * sentence that names the year its heading names, segments listed under 「サービス別には」 with no metric, a change
 * stated with a balance (「前期末から120百万円増えて2,000百万円」「3.0ポイント上昇し、75.0%」), 「全社ベースの」, a segment
 * with what it counts in brackets (「構築(一時売上)が…」) and a figure moved 「前年同期の6.0%から8.0%へ」.
 */
class SummaryProseTest {

    private static final String SUMMARY = """
            COMPANY RESEARCH AND ANALYSIS REPORT
            2025年6月2日(月) テスト工業
            9999 東証プライム市場
            █要約
            1. 2025年3月期は増収増益
            2025年3月期の連結業績を見ると、売上高が前期比10.0%増の1,100百万円、営業利益が同20.0%増の120百万円と伸びた。
            EBITDAも同5.0%増の210百万円と拡大した。全社ベースのストック売上高は前期比20.0%増の660百万円と過去最高を更新した。
            2. 2026年3月期は増収増益を計画
            2026年3月期について会社側は、売上高が前期比9.1%増の1,200百万円、営業利益が同25.0%増の150百万円となる連結業績
            予想を示している。前年の2024年3月期には、売上高が前期比5.0%増の1,000百万円であった。
            サービス別には、クラウドサービスが前期比10.0%増の770百万円、機器サービスが同7.5%増の430百万円を計画している。
            セグメント別では、クラウドサービスが同10.0%増の80百万円、機器サービスが同5.0%増の60百万円を見込む。
            """;

    private static final String RESULTS = """
            █業績動向
            1. 2025年3月期の業績概要
            2025年3月期サービス別売上高
            （単位：百万円）
            24/3期 25/3期
            連結売上高 1,000 1,100
            クラウドサービス 600 700
            ストック 400 500
            スポット 200 200
            機器サービス 400 400
            ストック 150 160
            スポット 250 240
            全社ベース取引形態別売上高
            ストック 550 660
            スポット 450 440
            出所：テスト
            3. 財務の状況
            2025年3月期末の資産合計は、前期末から120百万円増えて2,000百万円となった。負債合計は30百万円減の500百万円で、
            純資産合計は利益剰余金の積み上がりにより150百万円増えて1,500百万円となった。この結果、自己資本比率は3.0ポイント
            上昇し、75.0%となった。営業利益は期初計画比10百万円増の120百万円で着地した。
            """;

    private static final Extractor.Extraction REPORT = PlainText.extract(SUMMARY, RESULTS);

    private static String sentence(Metric metric, Measure measure, String segment, String end, Basis basis) {
        return REPORT.facts().stream().filter(f -> f.metric() == metric && f.measure() == measure
                        && Objects.equals(f.segment(), segment) && f.period().end().toString().equals(end)
                        && f.basis() == basis
                        && (f.source() == FactSource.SENTENCE
                            || f.alsoSeen().stream().anyMatch(e -> e.source() == FactSource.SENTENCE)))
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void resultsTheSummaryLooksAt() {
        assertEquals("1100000000", sentence(Metric.REVENUE, Measure.VALUE, null, "2025-03-31", Basis.ACTUAL));
        assertEquals("20.0", sentence(Metric.OPERATING_INCOME, Measure.YOY_PCT, null, "2025-03-31", Basis.ACTUAL));
        // 「EBITDAも」: も marks the label as が does.
        assertEquals("210000000", sentence(Metric.EBITDA, Measure.VALUE, null, "2025-03-31", Basis.ACTUAL));
        assertEquals("5.0", sentence(Metric.EBITDA, Measure.YOY_PCT, null, "2025-03-31", Basis.ACTUAL));
    }

    @Test
    void theCompanyWideFigureOfAPartIsTheCompanyWideBreakdowns() {
        // 「ストック」 is a part of each service and of the 全社ベース breakdown: 全社ベース says which.
        assertEquals("660000000", sentence(Metric.REVENUE, Measure.VALUE, "取引形態別/ストック", "2025-03-31", Basis.ACTUAL));
        assertEquals("20.0", sentence(Metric.REVENUE, Measure.YOY_PCT, "取引形態別/ストック", "2025-03-31", Basis.ACTUAL));
    }

    @Test
    void aSentenceNamingTheYearItsHeadingNamesKeepsItsContext() {
        assertEquals("1200000000", sentence(Metric.REVENUE, Measure.VALUE, null, "2026-03-31", Basis.FORECAST));
        assertEquals("25.0", sentence(Metric.OPERATING_INCOME, Measure.YOY_PCT, null, "2026-03-31", Basis.FORECAST));
        // A sentence naming another year borrows nothing: 1,000 is not the 2026 forecast.
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.period().end().toString().equals("2026-03-31")
                && f.value().toPlainString().equals("1000000000")), REPORT.facts().toString());
    }

    @Test
    void segmentsUnderABreakdownAreTheMetricTheirAmountsAddUpTo() {
        // 770 + 430 = 1,200, the revenue forecast just stated.
        assertEquals("770000000", sentence(Metric.REVENUE, Measure.VALUE, "クラウドサービス", "2026-03-31", Basis.FORECAST));
        assertEquals("7.5", sentence(Metric.REVENUE, Measure.YOY_PCT, "機器サービス", "2026-03-31", Basis.FORECAST));
        // 80 + 60 adds up to no metric stated for the year: not read, with a warning.
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.value().toPlainString().equals("80000000")),
                REPORT.facts().toString());
        assertTrue(REPORT.warnings().stream().anyMatch(w -> w.contains("セグメント別") && w.contains("not read")),
                REPORT.warnings().toString());
    }

    @Test
    void aChangeStatedWithABalanceIsItsChangeSinceTheLastYearEnd() {
        String end = "2025-03-31";
        assertEquals("2000000000", sentence(Metric.TOTAL_ASSETS, Measure.VALUE, null, end, Basis.ACTUAL));
        assertEquals("120000000", sentence(Metric.TOTAL_ASSETS, Measure.YOY_AMOUNT, null, end, Basis.ACTUAL));
        // 「…500百万円で、」 ends a clause; 減 makes the change negative.
        assertEquals("500000000", sentence(Metric.TOTAL_LIABILITIES, Measure.VALUE, null, end, Basis.ACTUAL));
        assertEquals("-30000000", sentence(Metric.TOTAL_LIABILITIES, Measure.YOY_AMOUNT, null, end, Basis.ACTUAL));
        // A reason may stand between the label and its change.
        assertEquals("150000000", sentence(Metric.NET_ASSETS, Measure.YOY_AMOUNT, null, end, Basis.ACTUAL));
        // Points are the change of a percentage.
        assertEquals("75.0", sentence(Metric.EQUITY_RATIO, Measure.VALUE, null, end, Basis.ACTUAL));
        assertEquals("3.0", sentence(Metric.EQUITY_RATIO, Measure.YOY_AMOUNT, null, end, Basis.ACTUAL));
        assertTrue(REPORT.facts().stream().filter(f -> f.metric() == Metric.EQUITY_RATIO && f.measure() == Measure.YOY_AMOUNT)
                .allMatch(f -> f.unit().equals("pt")));
        // A change against a plan is no change over the year.
        assertEquals("120000000", sentence(Metric.OPERATING_INCOME, Measure.VALUE, null, end, Basis.ACTUAL));
        assertTrue(REPORT.facts().stream().noneMatch(f -> f.metric() == Metric.OPERATING_INCOME
                && f.measure() == Measure.YOY_AMOUNT), REPORT.facts().toString());
    }

    private static final String QUARTER = """
            COMPANY RESEARCH AND ANALYSIS REPORT
            2025年8月1日(金) テスト工業
            9999 東証プライム市場
            █業績動向
            1. 2026年3月期第1四半期の業績概要
            事業別売上高
            （単位：百万円）
            25/3期1Q 26/3期1Q
            クラウドソリューション 500 520
            構築 200 180
            運用 300 340
            ネットワーク事業 100 110
            構築 40 42
            運用 60 68
            合計 600 630
            出所：テスト
            """;

    /** The next page, which opens with the section's name. */
    private static final String QUARTER_PROSE = """
            業績動向
            クラウドソリューションの売上高は前年同期比4.0%増の520百万円であった。内訳を見ると、構築(一時売上)が同10.0%減の
            180百万円、運用(ストック売上)は、案件の積み上がりにより同13.3%増の340百万円となった。
            営業利益率は前年同期の6.0%から8.0%へ改善した。営業利益(のれん償却前)が同5.0%増の77百万円となった。
            """;

    private static final Extractor.Extraction Q1 = PlainText.extract(QUARTER, QUARTER_PROSE);

    @Test
    void aSegmentWithWhatItCountsInBracketsIsReadAsThatMetric() {
        String end = "2025-06-30";
        assertEquals("180000000", value(Q1, Metric.REVENUE, Measure.VALUE, "クラウドソリューション/構築", end));
        assertEquals("-10.0", value(Q1, Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/構築", end));
        assertEquals("13.3", value(Q1, Metric.REVENUE, Measure.YOY_PCT, "クラウドソリューション/運用", end));
        // A metric's own label with a bracket may measure something else: not read, with a warning.
        assertTrue(Q1.facts().stream().noneMatch(f -> f.value().toPlainString().equals("77000000")), Q1.facts().toString());
        assertTrue(Q1.warnings().stream().anyMatch(w -> w.contains("のれん償却前") && w.contains("not read")),
                Q1.warnings().toString());
    }

    @Test
    void aFigureMovedFromTheSameTimeAYearBefore() {
        // 「前年同期の6.0%から8.0%へ」 in a section on 26/3期1Q: 25/3期1Q's margin, then 26/3期1Q's.
        assertEquals("6.0", value(Q1, Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, null, "2024-06-30"));
        assertEquals("8.0", value(Q1, Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, null, "2025-06-30"));
    }

    private static String value(Extractor.Extraction ex, Metric metric, Measure measure, String segment, String end) {
        return ex.facts().stream().filter(f -> f.metric() == metric && f.measure() == measure
                        && Objects.equals(f.segment(), segment) && f.period().end().toString().equals(end)
                        && f.basis() == Basis.ACTUAL)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    /** The pages a sample's figure is read on: where it was kept and where it was seen again. */
    private static List<Integer> pages(List<Fact> facts, Metric metric, Measure measure, String segment, String end,
                                       Basis basis) {
        return facts.stream().filter(f -> f.metric() == metric && f.measure() == measure
                        && Objects.equals(f.segment(), segment) && f.period().end().toString().equals(end)
                        && f.basis() == basis)
                .flatMap(f -> java.util.stream.Stream.concat(java.util.stream.Stream.of(f.page()),
                        f.alsoSeen().stream().map(e -> e.page())))
                .toList();
    }

    @Test
    void theSamplesSummariesAndFinancialSectionsAreReadToo() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        List<Fact> ct = irx.extract(Path.of("samples/fisco-cybertrust-2024.pdf")).facts();
        // p.1 「2024年3月期の連結業績を見ると、売上高が…」「EBITDAも…」「全社ベースのリカーリングサービス売上高は…」
        assertTrue(pages(ct, Metric.REVENUE, Measure.VALUE, null, "2024-03-31", Basis.ACTUAL).contains(1));
        assertTrue(pages(ct, Metric.EBITDA, Measure.YOY_PCT, null, "2024-03-31", Basis.ACTUAL).contains(1));
        assertTrue(pages(ct, Metric.REVENUE, Measure.VALUE, "取引形態別/リカーリングサービス", "2024-03-31", Basis.ACTUAL)
                .containsAll(List.of(1, 6)));
        // p.14 「資産合計は、前期末から548百万円増えて8,417百万円」, p.3 「総資産は8,417百万円で、」
        assertTrue(pages(ct, Metric.TOTAL_ASSETS, Measure.YOY_AMOUNT, null, "2024-03-31", Basis.ACTUAL).contains(14));
        assertTrue(pages(ct, Metric.TOTAL_ASSETS, Measure.VALUE, null, "2024-03-31", Basis.ACTUAL).containsAll(List.of(3, 14)));
        // p.16 「2025年3月期について会社側は、…」 and 「サービス別には、…IoTサービスが同6.3%増の1,200百万円…」
        assertTrue(pages(ct, Metric.REVENUE, Measure.VALUE, null, "2025-03-31", Basis.FORECAST).contains(16));
        assertTrue(pages(ct, Metric.REVENUE, Measure.VALUE, "IoTサービス", "2025-03-31", Basis.FORECAST).contains(16));
        List<Fact> iij = irx.extract(Path.of("samples/fisco-iij-2025.pdf")).facts();
        // p.1 「2026年3月期第1四半期(2025年4月〜6月)の連結業績は」 under the heading 「1. 26/3期1Qは…」
        assertTrue(pages(iij, Metric.REVENUE, Measure.VALUE, null, "2025-06-30", Basis.ACTUAL).contains(1));
        // p.8 「構築(一時売上)が同7.3%減の…」「営業利益率は前年同期の6.2%から7.9%へ改善した」
        assertTrue(pages(iij, Metric.REVENUE, Measure.VALUE, "システムインテグレーション/構築", "2025-06-30", Basis.ACTUAL)
                .contains(8));
        assertTrue(pages(iij, Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, null, "2024-06-30", Basis.ACTUAL)
                .contains(8));
    }
}
