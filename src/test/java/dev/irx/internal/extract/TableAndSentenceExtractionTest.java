package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The table and sentence rules on a document written for this test: a company with a December year
 * end, full-width digits, △ negatives, a wrapped row label, a dash cell, a balance sheet with 期末
 * columns and a forecast table. Nothing here comes from the reference documents.
 */
class TableAndSentenceExtractionTest {

    private static final String PAGE_1 = """
            █業績動向
            1. 2023年12月期の業績概要
            2023年12月期の連結業績は、売上高が前期比12.5%増の9,000百万円、営業利益が同20.0%減の
            800百万円となった。
            2023年12月期連結業績
            （単位：百万円）
            22/12期 23/12期 前期比
            実績 売上比 実績 売上比 増減額 増減率
            売上高 ８，０００ 100.0% 9,000 100.0% 1,000 12.5%
            営業利益 1,000 12.5% 800 8.9% △200 △20.0%
            親会社株主に帰属する
            当期純利益
            600 7.5% 500 5.6% △100 △16.7%
            謎の項目 10 0.1% 20 0.2% 10 100.0%
            経常利益 1,010 12.6% 790 8.8% -
            注：テスト用の表
            出所：テスト
            """;

    private static final String PAGE_2 = """
            財務指標
            （単位：百万円）
            22/12期末 23/12期末 増減
            資産合計 12,000 13,500 1,500
            自己資本比率 50.0% 52.5% 2.5pt
            2024年12月期業績予想
            （単位：百万円）
            23/12期 24/12期予想 前期比
            営業利益 800 1,000 25.0%
            """;

    private static Extractor.Extraction run() {
        SourceDocument doc = new SourceDocument("test.txt", "0".repeat(64), "text/plain", null, null,
                List.of(page(1, PAGE_1), page(2, PAGE_2)));
        return new Extractor(LabelDictionary.standard()).extract(doc);
    }

    private static Page page(int n, String text) {
        return new Page(n, 0, 0, Arrays.stream(text.split("\n")).map(Line::plain).toList());
    }

    private static Optional<Fact> find(List<Fact> facts, Metric m, Measure measure, String fyEnd, Basis basis,
                                       dev.irx.model.FactSource source) {
        return facts.stream().filter(f -> f.metric() == m && f.measure() == measure && f.basis() == basis
                && f.source() == source && String.valueOf(f.period().fiscalYearEnd()).equals(fyEnd)).findFirst();
    }

    private static String value(Metric m, Measure measure, String fyEnd, Basis basis) {
        return find(run().facts(), m, measure, fyEnd, basis, dev.irx.model.FactSource.TABLE)
                .map(f -> f.value().toPlainString()).orElse("missing");
    }

    @Test
    void decemberYearEndComesFromTheDocument() {
        Extractor.Extraction ex = run();
        assertEquals(12, ex.info().fiscalYearEndMonth());
        Fact revenue = find(ex.facts(), Metric.REVENUE, Measure.VALUE, "2023-12", Basis.ACTUAL,
                dev.irx.model.FactSource.TABLE).orElseThrow();
        assertEquals("2023-01-01", revenue.period().start().toString());
        assertEquals("2023-12-31", revenue.period().end().toString());
        assertEquals(Boolean.TRUE, revenue.consolidated());
    }

    @Test
    void fullWidthDigitsAndTriangleNegativesInCells() {
        assertEquals("8000000000", value(Metric.REVENUE, Measure.VALUE, "2022-12", Basis.ACTUAL));
        assertEquals("-200000000", value(Metric.OPERATING_INCOME, Measure.YOY_AMOUNT, "2023-12", Basis.ACTUAL));
        assertEquals("-20.0", value(Metric.OPERATING_INCOME, Measure.YOY_PCT, "2023-12", Basis.ACTUAL));
        assertEquals("8.9", value(Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, "2023-12", Basis.ACTUAL));
    }

    @Test
    void wrappedRowLabelIsJoined() {
        assertEquals("500000000",
                value(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, "2023-12", Basis.ACTUAL));
        assertEquals("-16.7",
                value(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.YOY_PCT, "2023-12", Basis.ACTUAL));
    }

    @Test
    void unknownLabelIsAWarningNotAFact() {
        Extractor.Extraction ex = run();
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("謎の項目") && w.contains("dictionary")),
                ex.warnings().toString());
        assertTrue(ex.facts().stream().noneMatch(f -> f.label().contains("謎")));
    }

    @Test
    void rowWithMissingCellsIsSkippedWithAWarning() {
        Extractor.Extraction ex = run();
        assertEquals("missing", value(Metric.ORDINARY_INCOME, Measure.VALUE, "2023-12", Basis.ACTUAL));
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("経常利益") && w.contains("cells")),
                ex.warnings().toString());
    }

    @Test
    void balanceSheetColumnsAreInstantsAndRatioChangesArePoints() {
        Extractor.Extraction ex = run();
        Fact assets = ex.facts().stream().filter(f -> f.metric() == Metric.TOTAL_ASSETS
                && f.measure() == Measure.VALUE && f.period().end().toString().equals("2023-12-31")).findFirst()
                .orElseThrow();
        assertEquals(Span.INSTANT, assets.period().span());
        assertEquals("13500000000", assets.value().toPlainString());
        assertEquals(2, assets.page());
        Fact ratioChange = ex.facts().stream().filter(f -> f.metric() == Metric.EQUITY_RATIO
                && f.measure() == Measure.YOY_AMOUNT).findFirst().orElseThrow();
        assertEquals("2.5", ratioChange.value().toPlainString());
        assertEquals("pt", ratioChange.unit());
        Fact ratio = ex.facts().stream().filter(f -> f.metric() == Metric.EQUITY_RATIO
                && f.measure() == Measure.VALUE && f.period().end().getYear() == 2023).findFirst().orElseThrow();
        assertEquals("52.5", ratio.value().toPlainString());
        assertEquals("%", ratio.unit());
    }

    @Test
    void forecastColumnFromHeaderSuffix() {
        assertEquals("1000000000", value(Metric.OPERATING_INCOME, Measure.VALUE, "2024-12", Basis.FORECAST));
        assertEquals("25.0", value(Metric.OPERATING_INCOME, Measure.YOY_PCT, "2024-12", Basis.FORECAST));
        assertEquals("missing", value(Metric.OPERATING_INCOME, Measure.VALUE, "2024-12", Basis.ACTUAL));
    }

    @Test
    void sentenceFiguresWithSameAndDecrease() {
        List<Fact> facts = run().facts();
        Fact op = find(facts, Metric.OPERATING_INCOME, Measure.VALUE, "2023-12", Basis.ACTUAL,
                dev.irx.model.FactSource.SENTENCE).orElseThrow();
        assertEquals("800000000", op.value().toPlainString(), "value split from its unit across lines");
        Fact opYoy = find(facts, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2023-12", Basis.ACTUAL,
                dev.irx.model.FactSource.SENTENCE).orElseThrow();
        assertEquals("-20.0", opYoy.value().toPlainString(), "同…減 is a decrease against the prior year");
        Fact rev = find(facts, Metric.REVENUE, Measure.YOY_PCT, "2023-12", Basis.ACTUAL,
                dev.irx.model.FactSource.SENTENCE).orElseThrow();
        assertEquals("12.5", rev.value().toPlainString());
        assertEquals(Boolean.TRUE, rev.consolidated());
    }
}
