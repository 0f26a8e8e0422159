package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The deck samples (samples/iij-*.pdf, LibreOffice exports of our .pptx): slide tables whose caption
 * stands anywhere on the slide, spanning headers, inline breakdowns, a note that redefines 当期利益,
 * and the number labels of bar charts. Values as the slides print them (samples/src/iij-*).
 */
class DeckExtractionTest {

    private static List<Fact> fy24;
    private static List<Fact> q1;
    private static List<String> q1Warnings;
    private static List<dev.irx.model.Check> q1Checks;

    @BeforeAll
    static void read() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        fy24 = irx.extract(Path.of("samples/iij-fy24-results.pdf")).facts();
        IrxDocument d = irx.extract(Path.of("samples/iij-1q25-results.pdf"));
        q1 = d.facts();
        q1Warnings = d.warnings();
        q1Checks = d.checks();
    }

    private static Optional<Fact> find(List<Fact> facts, int page, Metric metric, Measure measure, String segment,
                                       Span span, int endYear, int endMonth, Basis basis) {
        return facts.stream().filter(f -> f.metric() == metric && f.measure() == measure
                && java.util.Objects.equals(f.segment(), segment) && f.period().span() == span
                && f.period().end().getYear() == endYear && f.period().end().getMonthValue() == endMonth
                && f.basis() == basis
                && (f.page() == page || f.alsoSeen().stream().anyMatch(e -> e.page() == page))).findFirst();
    }

    private static String value(List<Fact> facts, int page, Metric metric, Measure measure, String segment,
                                Span span, int endYear, int endMonth, Basis basis) {
        return find(facts, page, metric, measure, segment, span, endYear, endMonth, basis)
                .map(f -> f.value().toPlainString()).orElse("missing");
    }

    @Test
    void spanningHeaderOverPartsOfTheYear() {
        // 「FY25計画」 printed over 「上期 下期 通期 YoY」: the parts take the group's basis.
        assertEquals("158000000000", value(fy24, 6, Metric.REVENUE, Measure.VALUE, null, Span.H1, 2025, 9, Basis.FORECAST));
        assertEquals("182000000000", value(fy24, 6, Metric.REVENUE, Measure.VALUE, null, Span.H2, 2026, 3, Basis.FORECAST));
        assertEquals("7.3", value(fy24, 6, Metric.REVENUE, Measure.YOY_PCT, null, Span.FY, 2026, 3, Basis.FORECAST));
        assertEquals("17.50", value(fy24, 6, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.H2, 2025, 3, Basis.ACTUAL));
    }

    @Test
    void inlineBreakdownAndRatioRow() {
        assertEquals("28424000000", value(fy24, 12, Metric.COST_OF_SALES, Measure.VALUE, "ネットワークサービス",
                Span.Q1, 2024, 6, Basis.ACTUAL));
        assertEquals("394000000", value(fy24, 12, Metric.COST_OF_SALES, Measure.VALUE, "ATM運営事業",
                Span.Q4, 2025, 3, Basis.ACTUAL));
        assertEquals("248429000000", value(fy24, 12, Metric.COST_OF_SALES, Measure.VALUE, null,
                Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("11.3", value(fy24, 12, Metric.SGA, Measure.RATIO_TO_REVENUE_PCT, null,
                Span.Q3, 2024, 12, Basis.ACTUAL));
    }

    @Test
    void balanceSheetTablesSideBySideUnderOneCaption() {
        assertEquals("312998000000", value(q1, 11, Metric.TOTAL_ASSETS, Measure.VALUE, null, Span.INSTANT, 2025, 6, Basis.ACTUAL));
        assertEquals("-2388000000", value(q1, 11, Metric.TOTAL_LIABILITIES, Measure.YOY_AMOUNT, null, Span.INSTANT, 2025, 6, Basis.ACTUAL));
        assertEquals("140683000000", value(fy24, 14, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, null,
                Span.INSTANT, 2025, 3, Basis.ACTUAL));
    }

    @Test
    void noteRedefinesNetIncome() {
        assertTrue(q1.stream().noneMatch(f -> f.metric() == Metric.NET_INCOME), "当期利益 is the owners' share here");
        assertEquals("6852000000", value(q1, 10, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, null,
                Span.Q4, 2024, 3, Basis.ACTUAL));
        assertTrue(q1Warnings.stream().anyMatch(w -> w.contains("defines '当期利益'")), q1Warnings.toString());
    }

    @Test
    void singleSeriesBarsByPosition() {
        Fact opCf = find(q1, 12, Metric.OPERATING_CF, Measure.VALUE, null, Span.Q1, 2024, 6, Basis.ACTUAL).orElseThrow();
        assertEquals("-2018000000", opCf.value().toPlainString());
        assertEquals(FactSource.CHART, opCf.source());
        assertEquals("-5495000000", value(q1, 12, Metric.INVESTING_CF, Measure.VALUE, null, Span.Q3, 2024, 12, Basis.ACTUAL));
        // Employees printed as 「5,221名」 over FY24 in a chart of year-end headcounts: an instant.
        assertEquals("5221", value(fy24, 10, Metric.EMPLOYEES, Measure.VALUE, null, Span.INSTANT, 2025, 3, Basis.ACTUAL));
    }

    @Test
    void stackedBarsGiveTheirCheckedTotals() {
        // 87,521 stands over 750 + 44,303 + 42,468 and adds up: it is the bar's total.
        Fact q4 = find(q1, 5, Metric.REVENUE, Measure.VALUE, null, Span.Q4, 2025, 3, Basis.ACTUAL).orElseThrow();
        assertEquals("87521000000", q4.value().toPlainString());
        assertEquals(FactSource.CHART, q4.source());
    }

    @Test
    void stackedPartsAreTheSeriesTheirSegmentColourIsNamedBy() {
        // p.5: 42,468 is printed in the dark blue segment, which the legend's swatch names ネットワークサービス.
        Fact nw = find(q1, 5, Metric.REVENUE, Measure.VALUE, "ネットワークサービス", Span.Q4, 2025, 3, Basis.ACTUAL).orElseThrow();
        assertEquals("42468000000", nw.value().toPlainString());
        assertEquals(FactSource.CHART, nw.source());
        assertEquals(5, nw.page());
        assertTrue(nw.evidence().contains("ネットワークサービス"), nw.evidence());
        assertEquals("44303000000", value(q1, 5, Metric.REVENUE, Measure.VALUE, "システムインテグレーション",
                Span.Q4, 2025, 3, Basis.ACTUAL));
        // ATM's grey segment is too thin to hold 715: the label stands just right of it.
        assertEquals("715000000", value(q1, 5, Metric.REVENUE, Measure.VALUE, "ATM運営事業", Span.Q1, 2024, 6, Basis.ACTUAL));
        // p.13: CAPEX stacked as 現金支払 (dark) under ファイナンス・リース (light).
        assertEquals("5954000000", value(q1, 13, Metric.CAPEX, Measure.VALUE, "現金支払", Span.Q1, 2025, 6, Basis.ACTUAL));
        assertEquals("2303000000", value(q1, 13, Metric.CAPEX, Measure.VALUE, "ファイナンス・リース", Span.Q1, 2025, 6, Basis.ACTUAL));
    }

    @Test
    void stackedHalvesArePartsOfTheBarsYear() {
        // FY24 p.4: the year's bar stacks 上期 1,470 and 下期 1,698 (億円); the chart's reading joins the table's.
        Fact h1 = find(fy24, 4, Metric.REVENUE, Measure.VALUE, null, Span.H1, 2024, 9, Basis.ACTUAL).orElseThrow();
        assertEquals("147000000000", h1.value().toPlainString());
        assertTrue(h1.alsoSeen().stream().anyMatch(e -> e.page() == 4 && e.source() == FactSource.CHART), h1.alsoSeen().toString());
        assertEquals("21000000000", value(fy24, 4, Metric.OPERATING_INCOME, Measure.VALUE, null, Span.H2, 2026, 3, Basis.FORECAST));
    }

    @Test
    void aDividendChartLabelledInYenStacksItsInterimAndYearEnd() {
        // FY24 p.5: 「¥35.00」 over 「¥17.50」 (light, the legend's 期末) and 「¥17.50」 (dark, 中間), +1.9% YoY above.
        Fact year = find(fy24, 5, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.FY, 2025, 3, Basis.ACTUAL).orElseThrow();
        assertEquals("35.00", year.value().toPlainString());
        assertTrue(year.page() == 5 && year.source() == FactSource.CHART
                || year.alsoSeen().stream().anyMatch(e -> e.page() == 5 && e.source() == FactSource.CHART));
        assertEquals("1.9", value(fy24, 5, Metric.DIVIDEND_PER_SHARE, Measure.YOY_PCT, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("17.50", value(fy24, 5, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.H1, 2024, 9, Basis.ACTUAL));
        assertEquals("19.50", value(fy24, 5, Metric.DIVIDEND_PER_SHARE, Measure.VALUE, null, Span.H2, 2026, 3, Basis.FORECAST));
        assertEquals("11.4", value(fy24, 5, Metric.DIVIDEND_PER_SHARE, Measure.YOY_PCT, null, Span.FY, 2026, 3, Basis.FORECAST));
        // The halves are the year's parts, never segments named 中間 and 期末.
        assertTrue(fy24.stream().noneMatch(f -> f.segment() != null && f.segment().matches("中間|期末")));
    }

    @Test
    void chartHeadingsAreNeverBorrowedFromANeighbour() {
        // 「設備投資償却額」 bars stand between the CAPEX and Adjusted EBITDA charts; their labels are not EBITDA.
        assertTrue(q1.stream().noneMatch(f -> f.metric() == Metric.EBITDA && f.source() == FactSource.CHART
                && f.value().toPlainString().equals("4139000000")));
    }

    @Test
    void roundFiguresAreMarkedApproximateAndLeftOutOfArithmetic() {
        // 「FY25 CAPEX計画：約300億円規模」 (p.13): the round figure is kept as printed and said to be one.
        Fact capex = find(q1, 13, Metric.CAPEX, Measure.VALUE, null, Span.FY, 2026, 3, Basis.FORECAST).orElseThrow();
        assertEquals("30000000000", capex.value().toPlainString());
        assertTrue(capex.approximate(), capex.display().text());
        // 「前提：CAPEX 約300億円」 (p.14) is the same round figure: the two readings are merged, nothing more.
        assertTrue(capex.alsoSeen().stream().anyMatch(e -> e.page() == 14), capex.alsoSeen().toString());
        assertTrue(q1Checks.stream().filter(c -> capex.checks().contains(c.id()))
                .allMatch(c -> c.rule().equals("same_figure")), capex.checks().toString());
        // A figure printed exactly is not.
        assertTrue(q1.stream().filter(f -> f.metric() == Metric.CAPEX && f.period().span() != Span.FY).noneMatch(Fact::approximate));
    }

    @Test
    void aTitleListingTwoMetricsIsToldByTheFiguresTheDeckStated() {
        // p.6 「売上原価・売上総利益の推移」: the bars' 57,883 and 60,128 are p.4's 売上原価, so the bars are 売上原価.
        Fact q2 = find(q1, 6, Metric.COST_OF_SALES, Measure.VALUE, null, Span.Q2, 2024, 9, Basis.ACTUAL).orElseThrow();
        assertEquals("58468000000", q2.value().toPlainString());
        assertEquals(FactSource.CHART, q2.source());
        // ATM's slice is a point high; its label stands beside it.
        assertEquals("390000000", value(q1, 6, Metric.COST_OF_SALES, Measure.VALUE, "ATM運営事業", Span.Q1, 2024, 6, Basis.ACTUAL));
        assertEquals("36766000000", value(q1, 6, Metric.COST_OF_SALES, Measure.VALUE, "システムインテグレーション",
                Span.Q4, 2025, 3, Basis.ACTUAL));
        // 「FY24:248,429 [+17.1%]」 under the axis: the four quarters add up to it.
        assertEquals("248429000000", value(q1, 6, Metric.COST_OF_SALES, Measure.VALUE, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("17.1", value(q1, 6, Metric.COST_OF_SALES, Measure.YOY_PCT, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertTrue(q1.stream().noneMatch(f -> f.metric() == Metric.GROSS_PROFIT && f.source() == FactSource.CHART));
    }

    @Test
    void aSegmentsChartBreaksItDownByItsParts() {
        // p.7 「NWサービス 売上収益の推移」: NW is the glossary's ネットワーク; the legend's 「法人向けインターネット接続」
        // is the KPI heading's 法人向けインターネット接続サービス.
        String nw = "ネットワークサービス";
        Fact total = find(q1, 7, Metric.REVENUE, Measure.VALUE, nw, Span.Q3, 2024, 12, Basis.ACTUAL).orElseThrow();
        assertEquals("41163000000", total.value().toPlainString());
        assertEquals("11642000000", value(q1, 7, Metric.REVENUE, Measure.VALUE, nw + "/法人向けインターネット接続サービス",
                Span.Q1, 2024, 6, Basis.ACTUAL));
        assertEquals("6943000000", value(q1, 7, Metric.REVENUE, Measure.VALUE, nw + "/WANサービス", Span.Q4, 2025, 3, Basis.ACTUAL));
        // 1Q25: the chart's 12,731 百万円 and the KPI line's 127.3億円 are one figure; the finer is kept.
        assertEquals("12731000000", value(q1, 7, Metric.REVENUE, Measure.VALUE, nw + "/法人向けインターネット接続サービス",
                Span.Q1, 2025, 6, Basis.ACTUAL));
    }

    @Test
    void chartsSideBySideOfSegmentsTheKpiLinesPlaced() {
        // p.8: セキュリティサービス is the part the KPI lines call うちセキュリティ; the mobile chart's axis shares its
        // baseline with the security chart's year total.
        assertEquals("8810000000", value(q1, 8, Metric.REVENUE, Measure.VALUE, "ネットワークサービス/アウトソーシングサービス/セキュリティ",
                Span.Q2, 2024, 9, Basis.ACTUAL));
        assertEquals("12870000000", value(q1, 8, Metric.REVENUE, Measure.VALUE, "モバイルサービス", Span.Q3, 2024, 12, Basis.ACTUAL));
        // Its series are the parts the deck placed under NW's internet services, whose 1Q25 figures they repeat.
        assertEquals("5710000000", value(q1, 8, Metric.REVENUE, Measure.VALUE,
                "ネットワークサービス/個人向けインターネット接続サービス/IIJmio", Span.Q1, 2024, 6, Basis.ACTUAL));
        assertEquals("4220000000", value(q1, 8, Metric.REVENUE, Measure.VALUE,
                "ネットワークサービス/法人向けインターネット接続サービス/法人モバイル", Span.Q4, 2025, 3, Basis.ACTUAL));
    }

    @Test
    void netIncreaseOfStaffIsTheYearsChangeAndKeepsItsRoundness() {
        // 「FY25連結従業員純増計画：約440名」 (p.3) and 「前提：…、連結従業員純増 約440名」 (p.14): one planned change.
        Fact plan = find(q1, 3, Metric.EMPLOYEES, Measure.YOY_AMOUNT, null, Span.INSTANT, 2026, 3, Basis.FORECAST)
                .orElseThrow();
        assertEquals("440", plan.value().toPlainString());
        assertTrue(plan.approximate());
        assertTrue(plan.page() == 14 || plan.alsoSeen().stream().anyMatch(e -> e.page() == 14), plan.alsoSeen().toString());
        // 「連結従業員 純増約440名（見込み）」 has no colon; 「FY24増減：+418名」 is the last year's change.
        assertEquals("440", value(fy24, 8, Metric.EMPLOYEES, Measure.YOY_AMOUNT, null, Span.INSTANT, 2026, 3, Basis.FORECAST));
        assertEquals("418", value(fy24, 10, Metric.EMPLOYEES, Measure.YOY_AMOUNT, null, Span.INSTANT, 2025, 3, Basis.ACTUAL));
        // 「新卒入社 FY23：+246名 FY24：+307名」: the row label is no metric, so neither item is headcount.
        assertTrue(fy24.stream().noneMatch(f -> f.metric() == Metric.EMPLOYEES && f.value().toPlainString().equals("307")));
    }

    @Test
    void aRatioStatedAtTwoDatesOnOneLine() {
        // 「親会社所有者帰属持分比率：25年3月末 45.0%、25年6月末 45.9%」 under the balance sheet.
        assertEquals("45.0", value(q1, 11, Metric.EQUITY_RATIO, Measure.VALUE, null, Span.INSTANT, 2025, 3, Basis.ACTUAL));
        assertEquals("45.9", value(q1, 11, Metric.EQUITY_RATIO, Measure.VALUE, null, Span.INSTANT, 2025, 6, Basis.ACTUAL));
        // 「減価償却費及び償却費 7,963 +364」 in the 営業CF breakdown.
        assertEquals("7963000000", value(q1, 12, Metric.DEPRECIATION, Measure.VALUE, null, Span.Q1, 2025, 6, Basis.ACTUAL));
        assertEquals("364000000", value(q1, 12, Metric.DEPRECIATION, Measure.YOY_AMOUNT, null, Span.Q1, 2025, 6, Basis.ACTUAL));
    }

    @Test
    void tableBesideAChartKeepsToItsOwnColumns() {
        // FY24 p.15: 「FY24 YoY」 under a line shared with the EBITDA chart's heading; the chart's labels share rows.
        assertEquals("28528000000", value(fy24, 15, Metric.OPERATING_CF, Measure.VALUE, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("-19667000000", value(fy24, 15, Metric.FINANCING_CF, Measure.VALUE, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("16.7", value(fy24, 15, Metric.CAPEX, Measure.YOY_PCT, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertEquals("47416000000", value(fy24, 15, Metric.EBITDA, Measure.VALUE, null, Span.FY, 2025, 3, Basis.ACTUAL));
        assertTrue(fy24.stream().noneMatch(f -> f.page() == 15 && f.source() == FactSource.TABLE
                && f.value().toPlainString().equals("13300000000")), "13,300 is the chart's 3Q24 bar");
    }

    @Test
    void anItemSetUprightBesideAChart() {
        // FY24 p.11: 「FY24通期 / 売上収益 / 316,831 / (+14.8%YoY) / うちネットワークサービス / 162,577 / (+7.4%YoY)」.
        assertEquals("162577000000", value(fy24, 11, Metric.REVENUE, Measure.VALUE, "ネットワークサービス", Span.FY, 2025, 3,
                Basis.ACTUAL));
        assertEquals("7.4", value(fy24, 11, Metric.REVENUE, Measure.YOY_PCT, "ネットワークサービス", Span.FY, 2025, 3,
                Basis.ACTUAL));
        assertEquals("14.8", value(fy24, 11, Metric.REVENUE, Measure.YOY_PCT, null, Span.FY, 2025, 3, Basis.ACTUAL));
    }

    @Test
    void aTableTitledByACutOfTheBusinessBesideANoteBlock() {
        // 1Q25 p.3: 「大型案件の動向」 over 1Q24 and 1Q25, its rows sharing baselines with the 事業トピックス notes; a note
        // under it defines 大型案件. Rows are the cut's metrics, and 「売上(3ヶ月)一時」 its one-time revenue.
        assertEquals("7500000000", value(q1, 3, Metric.ORDERS_RECEIVED, Measure.VALUE, "大型案件", Span.Q1, 2025, 6,
                Basis.ACTUAL));
        assertEquals("700000000", value(q1, 3, Metric.REVENUE, Measure.VALUE, "大型案件/一時", Span.Q1, 2024, 6,
                Basis.ACTUAL));
        Fact monthly = find(q1, 3, Metric.REVENUE, Measure.VALUE, "大型案件/月額", Span.Q1, 2025, 6, Basis.ACTUAL)
                .orElseThrow();
        assertEquals("3000000000", monthly.value().toPlainString());
        assertTrue(monthly.approximate());
        // Nothing of the cut is the company's, and the notes beside it give no table figure.
        assertTrue(q1.stream().noneMatch(f -> f.page() == 3 && f.metric() == Metric.ORDERS_RECEIVED && f.segment() == null));
        assertTrue(q1.stream().noneMatch(f -> f.page() == 3 && f.source() == FactSource.TABLE && f.where().bbox() != null
                && f.where().bbox()[2] > 400), "a figure from the notes beside the table");
        // The cut's 「一時」 lends its name to nothing: p.5's 「一時売上」 is still the company's one-time revenue.
        assertEquals("11690000000", value(q1, 5, Metric.REVENUE, Measure.VALUE, "一時売上", Span.Q1, 2025, 6, Basis.ACTUAL));
    }

    @Test
    void twoChartsSideBySideOfTheClassOfDealsTheDeckDefines() {
        // FY24 p.9 (「大型案件：10億円以上の複数年案件」 in its note): at the left 「大型案件の獲得推移（獲得総額）」, single bars;
        // at the right 「大型案件の年度売上推移」, 一時 and 月額 printed inside their pieces, no total printed.
        assertEquals("33800000000", value(fy24, 9, Metric.ORDERS_RECEIVED, Measure.VALUE, "大型案件", Span.FY, 2024, 3,
                Basis.ACTUAL));
        assertEquals("45000000000", value(fy24, 9, Metric.ORDERS_RECEIVED, Measure.VALUE, "大型案件", Span.FY, 2025, 3,
                Basis.ACTUAL));
        assertEquals("5400000000", value(fy24, 9, Metric.REVENUE, Measure.VALUE, "大型案件/一時", Span.FY, 2024, 3,
                Basis.ACTUAL));
        assertEquals("3100000000", value(fy24, 9, Metric.REVENUE, Measure.VALUE, "大型案件/月額", Span.FY, 2024, 3,
                Basis.ACTUAL));
        assertEquals("10000000000", value(fy24, 9, Metric.REVENUE, Measure.VALUE, "大型案件/一時", Span.FY, 2025, 3,
                Basis.ACTUAL));
        assertEquals("6800000000", value(fy24, 9, Metric.REVENUE, Measure.VALUE, "大型案件/月額", Span.FY, 2025, 3,
                Basis.ACTUAL));
        List<Fact> p9 = fy24.stream().filter(f -> f.page() == 9).toList();
        assertEquals(6, p9.size(), "no total made up for the stacked bars: " + p9);
        assertTrue(p9.stream().allMatch(Fact::approximate), "every label reads 「約…」");
    }
}
