package dev.irx.internal.extract;

import dev.irx.model.Fact;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The financial statements in the body of a 決算短信, in wording, layout and figures of our own: a balance sheet with
 * its headings and 合計 rows over two pages, an income statement with note marks, a quarterly cash-flow statement.
 */
class TanshinStatementsTest {

    private static final String ANNUAL = """
            2025年2月14日
            2024年12月期 決算短信〔日本基準〕(連結)
            上場会社名 株式会社ミナト試作 上場取引所 東
            コード番号 9993
            """;

    private static final String QUARTERLY = """
            2025年11月7日
            2026年3月期 第2四半期決算短信〔日本基準〕(連結)
            上場会社名 株式会社ミナト試作 上場取引所 東
            コード番号 9993
            """;

    private static final String BS_1 = """
            ３．連結財務諸表及び主な注記
            （１）連結貸借対照表
            (単位：千円)
            前連結会計年度 当連結会計年度
            (2023年12月31日) (2024年12月31日)
            資産の部
            流動資産
            現金及び預金 1,204,500 1,388,020
            売掛金 ※1 640,100 ※1 702,300
            その他 51,000 －
            貸倒引当金 △2,400 △2,650
            流動資産合計 1,893,200 2,087,670
            固定資産
            有形固定資産 310,000 298,400
            固定資産合計 310,000 298,400
            資産合計 2,203,200 2,386,070
            """;

    private static final String BS_2 = """
            (単位：千円)
            前連結会計年度 当連結会計年度
            (2023年12月31日) (2024年12月31日)
            負債の部
            流動負債
            買掛金 220,000 240,500
            その他 33,300 29,100
            流動負債合計 253,300 269,600
            負債合計 253,300 269,600
            純資産の部
            株主資本
            資本金 500,000 500,000
            利益剰余金 1,449,900 1,616,470
            株主資本合計 1,949,900 2,116,470
            純資産合計 1,949,900 2,116,470
            負債純資産合計 2,203,200 2,386,070
            """;

    private static final String PL = """
            （２）連結損益計算書及び連結包括利益計算書
            （連結損益計算書）
            (単位：千円)
            前連結会計年度 当連結会計年度
            (自 2023年１月１日 (自 2024年１月１日
            至 2023年12月31日) 至 2024年12月31日)
            売上高 3,010,000 3,250,400
            売上原価 1,800,000 1,905,000
            売上総利益 1,210,000 1,345,400
            販売費及び一般管理費 ※2 990,000 ※2 1,060,200
            営業利益 220,000 285,200
            営業外収益
            受取利息 1,200 1,350
            その他 800 －
            営業外収益合計 2,000 1,350
            経常利益 222,000 286,550
            """;

    private static final String CF = """
            （３）四半期連結キャッシュ・フロー計算書
            (単位：百万円)
            前中間連結会計期間 当中間連結会計期間
            (自 2024年４月１日 (自 2025年４月１日
            至 2024年９月30日) 至 2025年９月30日)
            営業活動によるキャッシュ・フロー
            税金等調整前中間純利益 1,520 1,880
            減価償却費 410 455
            売上債権の増減額（△は増加） △230 118
            営業活動によるキャッシュ・フロー 1,700 2,453
            投資活動によるキャッシュ・フロー
            有形固定資産の取得による支出 △600 △720
            利息の受取額 (4) (9)
            投資活動によるキャッシュ・フロー △600 △720
            現金及び現金同等物の期首残高 5,000 6,100
            現金及び現金同等物の中間期末残高 6,100 7,833
            （４）四半期連結財務諸表に関する注記事項
            """;

    private static final String EQUITY = """
            （３）連結株主資本等変動計算書
            当連結会計年度（自 2024年１月１日 至 2024年12月31日）
            (単位：千円)
            資本金 利益剰余金 株主資本合計 純資産合計
            当期首残高 500,000 1,449,900 1,949,900 1,949,900
            当期変動額
            剰余金の配当 － △40,000 △40,000 △40,000
            親会社株主に帰属する当期純利益 － 206,570 206,570 206,570
            当期変動額合計 － 166,570 166,570 166,570
            当期末残高 500,000 1,616,470 2,116,470 2,116,470
            """;

    @Test
    void equityChangesAreRowsUnderTheirColumnsWithBalancesAtTheYearsEnds() {
        Extractor.Extraction ex = PlainText.extract(ANNUAL, EQUITY);
        Fact dividends = line(ex, Statement.EQUITY_CHANGES, "利益剰余金", "剰余金の配当", LocalDate.of(2024, 12, 31))
                .orElseThrow(() -> new AssertionError(ex.facts().toString()));
        assertEquals("-40000000", dividends.value().toPlainString());
        assertEquals(Span.FY, dividends.period().span());
        Fact opening = line(ex, Statement.EQUITY_CHANGES, "純資産合計", "当期首残高", LocalDate.of(2023, 12, 31))
                .orElseThrow();
        assertTrue(opening.period().isInstant());
        assertEquals("1949900000", opening.value().toPlainString());
        assertEquals("2116470000", line(ex, Statement.EQUITY_CHANGES, "株主資本合計", "当期末残高",
                LocalDate.of(2024, 12, 31)).orElseThrow().value().toPlainString());
        // 「－」 is no figure, and an equity column is no metric of the company
        assertTrue(line(ex, Statement.EQUITY_CHANGES, "資本金", "剰余金の配当", LocalDate.of(2024, 12, 31)).isEmpty());
        assertTrue(ex.facts().stream().filter(f -> f.page() == 2).allMatch(f -> f.metric() == Metric.LINE_ITEM));
    }

    private static final String IFRS_EQUITY = """
            （３）要約四半期連結持分変動計算書
            (単位：百万円)
            資本金 利益剰余金 資本合計
            2025年４月１日残高 900 4,100 5,000
            四半期利益 － 320 320
            配当金 － (150) (150)
            2025年９月30日残高 900 4,270 5,170
            """;

    @Test
    void anIfrsYearBeginsAtItsDatedOpeningBalance() {
        Extractor.Extraction ex = PlainText.extract(QUARTERLY.replace("日本基準", "IFRS"), IFRS_EQUITY);
        Fact opening = line(ex, Statement.EQUITY_CHANGES, "資本合計", "2025年4月1日残高", LocalDate.of(2025, 3, 31))
                .orElseThrow(() -> new AssertionError(ex.facts().toString()));
        assertTrue(opening.period().isInstant());
        Fact dividends = line(ex, Statement.EQUITY_CHANGES, "利益剰余金", "配当金", LocalDate.of(2025, 9, 30)).orElseThrow();
        assertEquals(Span.H1, dividends.period().span());
        assertEquals("-150000000", dividends.value().toPlainString());
        assertTrue(line(ex, Statement.EQUITY_CHANGES, "資本合計", "2025年9月30日残高", LocalDate.of(2025, 9, 30))
                .orElseThrow().period().isInstant());
    }

    private static final String IFRS_SINGLE = """
            （２）連結包括利益計算書
            （単位：千円）
            前連結会計年度 当連結会計年度
            (自 2023年１月１日 (自 2024年１月１日
            至 2023年12月31日) 至 2024年12月31日)
            売上収益 880,000 912,500
            売上原価 △510,000 △530,300
            売上総利益 370,000 382,200
            """;

    @Test
    void aSingleStatementThatDeductsWithTriangleIsTheIncomeStatementWithPositiveCosts() {
        Extractor.Extraction ex = PlainText.extract(ANNUAL.replace("日本基準", "IFRS"), IFRS_SINGLE);
        LocalDate current = LocalDate.of(2024, 12, 31);
        Fact revenue = metric(ex, Metric.REVENUE, current);
        assertEquals(Statement.INCOME_STATEMENT, revenue.line().statement());
        assertEquals("jpigp_cor:RevenueIFRS", revenue.concept());
        // 「売上原価 △530,300」: the sign says the cost is deducted, not that it is negative
        assertEquals("530300000", metric(ex, Metric.COST_OF_SALES, current).value().toPlainString());
    }

    @Test
    void aBalanceSheetsLinesStandUnderTheirHeadingsAtBothDates() {
        Extractor.Extraction ex = PlainText.extract(ANNUAL, BS_1, BS_2);
        LocalDate prior = LocalDate.of(2023, 12, 31), current = LocalDate.of(2024, 12, 31);
        Fact cash = line(ex, Statement.BALANCE_SHEET, "流動資産", "現金及び預金", current).orElseThrow();
        assertEquals("1388020000", cash.value().toPlainString());
        assertTrue(cash.period().isInstant());
        assertEquals("jppfs_cor:CashAndDeposits", cash.concept());
        assertEquals(Boolean.TRUE, cash.consolidated());
        assertEquals("640100000", line(ex, Statement.BALANCE_SHEET, "流動資産", "売掛金", prior).orElseThrow().value()
                .toPlainString()); // ※1 is a note mark, no figure
        assertEquals("-2650000", line(ex, Statement.BALANCE_SHEET, "流動資産", "貸倒引当金", current).orElseThrow()
                .value().toPlainString());
        assertTrue(line(ex, Statement.BALANCE_SHEET, "流動資産", "その他", current).isEmpty()); // 「－」: none
        // two lines named その他, under 流動資産 and 流動負債, are two items
        assertEquals("29100000", line(ex, Statement.BALANCE_SHEET, "流動負債", "その他", current).orElseThrow().value()
                .toPlainString());
        assertEquals("2087670000", metric(ex, Metric.CURRENT_ASSETS, current).value().toPlainString());
        assertEquals("2203200000", metric(ex, Metric.TOTAL_ASSETS, prior).value().toPlainString());
        assertEquals("2116470000", metric(ex, Metric.NET_ASSETS, current).value().toPlainString());
        assertEquals(2, metric(ex, Metric.TOTAL_ASSETS, current).page());
        assertEquals("269600000", metric(ex, Metric.CURRENT_LIABILITIES, current).value().toPlainString());
    }

    @Test
    void anIncomeStatementsFiguresAreTheYearsWithTheirNotesMarksLeftOut() {
        Extractor.Extraction ex = PlainText.extract(ANNUAL, PL);
        LocalDate current = LocalDate.of(2024, 12, 31);
        Fact revenue = metric(ex, Metric.REVENUE, current);
        assertEquals("3250400000", revenue.value().toPlainString());
        assertEquals(Span.FY, revenue.period().span());
        assertEquals(LocalDate.of(2024, 1, 1), revenue.period().start());
        assertEquals("1060200000", metric(ex, Metric.SGA, current).value().toPlainString());
        assertEquals("990000000", metric(ex, Metric.SGA, LocalDate.of(2023, 12, 31)).value().toPlainString());
        assertEquals("1350000", line(ex, Statement.INCOME_STATEMENT, "営業外収益", "受取利息", current).orElseThrow()
                .value().toPlainString());
        // the statement's page is its reader's alone: no other reader states its figures
        assertTrue(ex.facts().stream().filter(f -> f.page() == 2).allMatch(f -> f.line() != null), ex.facts().toString());
    }

    @Test
    void aQuarterlyCashFlowStatementIsTheYearToDateWithItsBalancesAtTheirDates() {
        Extractor.Extraction ex = PlainText.extract(QUARTERLY, CF);
        LocalDate current = LocalDate.of(2025, 9, 30);
        Fact operating = metric(ex, Metric.OPERATING_CF, current);
        assertEquals("2453000000", operating.value().toPlainString());
        assertEquals(Span.H1, operating.period().span());
        assertEquals(LocalDate.of(2025, 4, 1), operating.period().start());
        assertEquals("-600000000", metric(ex, Metric.INVESTING_CF, LocalDate.of(2024, 9, 30)).value().toPlainString());
        assertEquals("-230000000", line(ex, Statement.CASH_FLOWS, "営業活動によるキャッシュ・フロー",
                "売上債権の増減額(△は増加)", LocalDate.of(2024, 9, 30)).orElseThrow().value().toPlainString());
        assertEquals("-9000000", line(ex, Statement.CASH_FLOWS, "投資活動によるキャッシュ・フロー", "利息の受取額", current)
                .orElseThrow().value().toPlainString()); // parentheses: negative
        // the opening balance stands at the day before the period, the closing one at its end
        List<Fact> cash = ex.facts().stream().filter(f -> f.metric() == Metric.CASH_AND_EQUIVALENTS).toList();
        assertTrue(cash.stream().anyMatch(f -> f.period().isInstant() && f.period().end().equals(LocalDate.of(2025, 3, 31))
                && f.value().toPlainString().equals("6100000000")), cash.toString());
        assertTrue(cash.stream().anyMatch(f -> f.period().isInstant() && f.period().end().equals(current)
                && f.value().toPlainString().equals("7833000000")), cash.toString());
    }

    private static final String IFRS_QUARTERLY = """
            2025年11月7日
            2026年3月期 第2四半期決算短信〔IFRS〕(連結)
            上場会社名 株式会社ミナト試作 上場取引所 東
            コード番号 9993
            """;

    private static final String IFRS_CF_DISCONTINUED = """
            （４）要約四半期連結キャッシュ・フロー計算書
            (単位：百万円)
            前中間連結会計期間 当中間連結会計期間
            (自 2024年４月１日 (自 2025年４月１日
            至 2024年９月30日) 至 2025年９月30日)
            営業活動によるキャッシュ・フロー
            継続事業からの税引前中間利益 3,120 2,050
            非継続事業からの税引前中間損失 (40) (310)
            税引前中間利益 3,080 1,740
            減価償却費及び償却費 900 940
            営業活動によるキャッシュ・フロー 4,100 3,020
            （５）要約四半期連結財務諸表に関する注記事項
            """;

    @Test
    void withDiscontinuedOperationsTheContinuingProfitBeforeTaxIsTheMetricAndTheTotalALine() {
        Extractor.Extraction ex = PlainText.extract(IFRS_QUARTERLY, IFRS_CF_DISCONTINUED);
        LocalDate current = LocalDate.of(2025, 9, 30);
        List<Fact> pbt = ex.facts().stream().filter(f -> f.metric() == Metric.PROFIT_BEFORE_TAX
                && f.period().end().equals(current)).toList();
        assertEquals(List.of("2050000000"), pbt.stream().map(f -> f.value().toPlainString()).toList(), pbt.toString());
        Fact total = ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM && f.period().end().equals(current)
                && dev.irx.model.LineItemName.of(f.label()).equals("税引前中間利益")).findFirst().orElseThrow();
        assertEquals("1740000000", total.value().toPlainString());
        assertEquals(null, total.line().concept()); // not the taxonomy's profit before tax either
    }

    private static Optional<Fact> line(Extractor.Extraction ex, Statement s, String section, String label, LocalDate end) {
        return ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM && f.line().statement() == s
                && section.equals(f.line().section()) && label.equals(dev.irx.model.LineItemName.of(f.label()))
                && f.period().end().equals(end)).findFirst();
    }

    private static Fact metric(Extractor.Extraction ex, Metric m, LocalDate end) {
        return ex.facts().stream().filter(f -> f.metric() == m && f.line() != null && f.period().end().equals(end))
                .findFirst().orElseThrow(() -> new AssertionError(m + " @" + end + " not in " + ex.facts()));
    }
}
