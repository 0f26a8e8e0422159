package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.PlainText;
import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Metric;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Bar charts of a deck in plain text (an invented company): each chart's number labels come out as loose rows over
 * its categories, and its heading on the next line. A chart is read only where its rows add up.
 */
class TextChartsTest {

    private static final String DECK = """
            テスト通信株式会社
            FY25決算サマリー 説明資料
            単位:億円
             40 52

            60 70

            100 122
            FY25実績 FY26計画

            売上高

            6 7
            9 10

            15 17
            FY25実績 FY26計画

            営業利益

            3 4
            5 6
            12 12
            FY25実績 FY26計画

            当期利益
            """;

    private static List<String> values(List<Fact> facts, Metric metric) {
        return facts.stream().filter(f -> f.metric() == metric).map(f -> f.basis() + " " + f.period().end() + " "
                + f.value().toPlainString()).sorted().toList();
    }

    @Test
    void theTotalsOfChartsWhoseRowsAddUp() {
        Extractor.Extraction x = PlainText.extract(DECK);
        assertEquals(List.of("ACTUAL 2026-03-31 10000000000", "FORECAST 2027-03-31 12200000000"),
                values(x.facts(), Metric.REVENUE));
        assertEquals(List.of("ACTUAL 2026-03-31 1500000000", "FORECAST 2027-03-31 1700000000"),
                values(x.facts(), Metric.OPERATING_INCOME));
        assertTrue(x.facts().stream().filter(f -> f.metric() == Metric.REVENUE).allMatch(f -> f.source() == FactSource.CHART));
        // Which row is which half no legend says: the parts are not facts.
        assertTrue(x.facts().stream().noneMatch(f -> f.value().toPlainString().equals("4000000000")));
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("plain text names no series")), x.warnings().toString());
    }

    @Test
    void rowsThatDoNotAddUpAreNotAChartIrxReads() {
        // 3 + 5 is not 12, even rounded: a heading below and figures above are not enough.
        Extractor.Extraction x = PlainText.extract(DECK);
        assertEquals(List.of(), values(x.facts(), Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS));
        assertEquals(List.of(), values(x.facts(), Metric.NET_INCOME));
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("do not add up")), x.warnings().toString());
    }

    @Test
    void aHeadingIsNeverTheLabelOfTheNextChartsFirstRow() {
        // The table reader once took 「売上高」 under the first chart for the label of 「6 7」 below it.
        Extractor.Extraction x = PlainText.extract(DECK);
        assertTrue(x.facts().stream().noneMatch(f -> f.source() == FactSource.TABLE), x.facts().toString());
    }

    @Test
    void aHeadingAboveAndAnotherBelowIsNotGuessed() {
        Extractor.Extraction x = PlainText.extract("""
                テスト通信株式会社
                FY25決算サマリー 説明資料
                単位:億円
                売上高
                6 7
                9 10
                15 17
                FY25実績 FY26計画
                営業利益
                """);
        assertTrue(x.facts().isEmpty(), x.facts().toString());
        assertTrue(x.warnings().stream().anyMatch(w -> w.contains("may head it")), x.warnings().toString());
    }

    @Test
    void seed001TotalsOfTheFourStackedCharts() throws Exception {
        Path seed = Shared.require("seeds/001_fff977273593db68.txt");
        List<Fact> facts = IrxExtractor.builder().build().extract(seed).facts();
        assertEquals(List.of("ACTUAL 2025-03-31 316800000000", "FORECAST 2026-03-31 340000000000"),
                values(facts, Metric.REVENUE));
        assertEquals(List.of("ACTUAL 2025-03-31 30100000000", "FORECAST 2026-03-31 36500000000"),
                values(facts, Metric.OPERATING_INCOME));
        assertEquals(List.of("ACTUAL 2025-03-31 19900000000", "FORECAST 2026-03-31 23000000000"),
                values(facts, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS));
        assertEquals(List.of("ACTUAL 2025-03-31 35.00", "FORECAST 2026-03-31 39.00"),
                values(facts, Metric.DIVIDEND_PER_SHARE));
        // Nothing else: the text's other loose figures (大型案件, headcount charts) do not add up to anything irx can check.
        assertEquals(8, facts.size(), facts.toString());
        assertEquals(Basis.FORECAST, facts.stream().filter(f -> f.metric() == Metric.REVENUE
                && f.period().end().getYear() == 2026).findFirst().orElseThrow().basis());
    }
}
