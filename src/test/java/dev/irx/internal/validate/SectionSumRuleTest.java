package dev.irx.internal.validate;

import static dev.irx.internal.validate.Figures.AT24;
import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Check;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Statement;
import dev.irx.model.StatementLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 流動資産合計 = the lines under 流動資産; 売上高 = 売上原価 + 売上総利益 + 営業収入 where a retailer prints 営業収入. */
class SectionSumRuleTest {

    private static int row;

    /** A statement line printed on page 5, each one lower than the one before. */
    private static Fact line(Metric m, Statement s, String section, String label, Period p, String printed) {
        Fact f = table(m == Metric.LINE_ITEM ? Metric.REVENUE : m, p, printed); // its value and evidence
        Evidence w = f.where();
        float y = 100 + 10 * row++;
        return new Fact(f.id(), m, f.measure(), label, null, true, p, f.basis(), f.value(), f.unit(),
                new Evidence(w.source(), 5, new float[] {40, y, 500, y + 8}, w.text(), w.display()), null, null, null,
                null, null, new StatementLine(s, section, null));
    }

    private static Fact bs(Metric m, String label, String printed) {
        return line(m, Statement.BALANCE_SHEET, "流動資産", label, AT24, printed);
    }

    private static Fact cf(Metric m, String label, String printed) {
        return line(m, Statement.CASH_FLOWS, m == Metric.OPERATING_CF ? null : "営業活動によるキャッシュ・フロー", label, FY24,
                printed);
    }

    /** A balance-sheet line set in under the line {@code within}. */
    private static Fact setIn(String within, String label, String printed) {
        Fact f = bs(Metric.LINE_ITEM, label, printed);
        return new Fact(f.id(), f.metric(), f.measure(), label, null, true, f.period(), f.basis(), f.value(), f.unit(),
                f.where(), null, null, null, null, null,
                new StatementLine(Statement.BALANCE_SHEET, "流動資産", null, within));
    }

    @Test
    void aSubtotalIsTheSumOfTheLinesAboveItUnderItsHeading() {
        List<Check> ok = checks(validate(bs(Metric.LINE_ITEM, "現金及び預金", "1,200"),
                bs(Metric.LINE_ITEM, "受取手形及び売掛金", "800"), bs(Metric.LINE_ITEM, "貸倒引当金", "△10"),
                bs(Metric.CURRENT_ASSETS, "流動資産合計", "1,990")), "section_sum");
        assertEquals(1, ok.size());
        assertTrue(ok.get(0).passed(), ok.get(0).detail());
        List<Check> bad = checks(validate(bs(Metric.LINE_ITEM, "現金及び預金", "1,200"),
                bs(Metric.LINE_ITEM, "受取手形及び売掛金", "800"), bs(Metric.CURRENT_ASSETS, "流動資産合計", "1,990")),
                "section_sum");
        assertFalse(bad.get(0).passed(), bad.get(0).detail());
    }

    @Test
    void aHeadingWithAMetricInsideItsReachIsNotChecked() {
        List<Check> cs = checks(validate(bs(Metric.LINE_ITEM, "現金及び預金", "1,200"),
                bs(Metric.TOTAL_ASSETS, "資産合計", "9,999"), bs(Metric.LINE_ITEM, "受取手形", "800"),
                bs(Metric.CURRENT_ASSETS, "流動資産合計", "2,000")), "section_sum");
        assertTrue(cs.isEmpty(), cs.toString());
    }

    @Test
    void aRetailersTopLineHoldsItsOperatingRevenues() {
        List<Check> cs = checks(validate(doc(AccountingStandard.JGAAP, null),
                line(Metric.REVENUE, Statement.INCOME_STATEMENT, null, "営業収益", FY24, "2,734,750"),
                line(Metric.COST_OF_SALES, Statement.INCOME_STATEMENT, null, "売上原価", FY24, "1,944,527"),
                line(Metric.GROSS_PROFIT, Statement.INCOME_STATEMENT, null, "売上総利益", FY24, "403,345"),
                line(Metric.LINE_ITEM, Statement.INCOME_STATEMENT, null, "営業収入", FY24, "386,877"),
                line(Metric.LINE_ITEM, Statement.INCOME_STATEMENT, null, "営業総利益", FY24, "790,223"),
                line(Metric.SGA, Statement.INCOME_STATEMENT, null, "販売費及び一般管理費", FY24, "730,878"),
                line(Metric.OPERATING_INCOME, Statement.INCOME_STATEMENT, null, "営業利益", FY24, "59,344")),
                "profit_step");
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
    }

    @Test
    void aCashFlowSectionClosesWithItsOwnNameAndItsSubtotalStandsForTheLinesAboveIt() {
        List<Check> cs = checks(validate(cf(Metric.PROFIT_BEFORE_TAX, "税金等調整前当期純利益", "37,414"),
                cf(Metric.DEPRECIATION, "減価償却費", "104,531"), cf(Metric.LINE_ITEM, "減損損失", "1,387"),
                cf(Metric.LINE_ITEM, "その他", "△21,993"), cf(Metric.LINE_ITEM, "小計", "121,339"),
                cf(Metric.LINE_ITEM, "利息の支払額", "△14,458"), cf(Metric.LINE_ITEM, "法人税等の支払額", "△15,794"),
                cf(Metric.OPERATING_CF, "営業活動によるキャッシュ・フロー", "91,087")), "section_sum");
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
        // the total is 小計 and the lines after it, not the lines above the 小計 a second time
        assertTrue(cs.stream().anyMatch(c -> c.facts().size() == 4), cs.toString());
        List<Check> bad = checks(validate(cf(Metric.PROFIT_BEFORE_TAX, "税金等調整前当期純利益", "37,414"),
                cf(Metric.DEPRECIATION, "減価償却費", "104,531"), cf(Metric.LINE_ITEM, "小計", "150,000"),
                cf(Metric.LINE_ITEM, "利息の支払額", "△14,458"),
                cf(Metric.OPERATING_CF, "営業活動によるキャッシュ・フロー", "135,542")), "section_sum");
        // a misprinted 小計 fails its own check; the total, taken from it as printed, still agrees
        assertEquals(2, bad.size(), bad.toString());
        assertEquals(1, bad.stream().filter(c -> !c.passed()).count(), bad.toString());
        assertTrue(bad.stream().filter(c -> !c.passed()).allMatch(c -> c.detail().contains("小計>")), bad.toString());
    }

    @Test
    void aLineThatIsTheSumOfTheLinesAboveItIsTheirSubtotalUnderItsOwnName() {
        List<Check> cs = checks(validate(cf(Metric.NET_INCOME, "四半期利益", "183,721"),
                cf(Metric.DEPRECIATION, "減価償却費及び償却費", "283,595"), cf(Metric.LINE_ITEM, "営業活動による現金生成額", "467,316"),
                cf(Metric.LINE_ITEM, "法人所得税等の支払額", "△78,707"),
                cf(Metric.OPERATING_CF, "営業活動によるキャッシュ・フロー", "388,609")), "section_sum");
        assertEquals(1, cs.size(), cs.toString());
        assertTrue(cs.get(0).passed(), cs.get(0).detail());
    }

    @Test
    void linesOfAnotherHeadingAmongASectionsLinesLeaveItUnchecked() {
        List<Check> cs = checks(validate(cf(Metric.NET_INCOME, "四半期利益", "183,721"),
                line(Metric.LINE_ITEM, Statement.CASH_FLOWS, "資産及び負債の増減額", "棚卸資産の増加額", FY24, "△24,965"),
                cf(Metric.LINE_ITEM, "法人所得税等の支払額", "△78,707"),
                cf(Metric.OPERATING_CF, "営業活動によるキャッシュ・フロー", "80,049")), "section_sum");
        assertTrue(cs.isEmpty(), cs.toString());
    }

    @Test
    void aLineSetInUnderAnotherIsItsPartAndNotTheHeadings() {
        List<Check> cs = checks(validate(bs(Metric.LINE_ITEM, "現金預け金", "106,096"),
                bs(Metric.LINE_ITEM, "その他負債", "3,795"), setIn("その他負債", "未払法人税等", "179"),
                setIn("その他負債", "リース債務", "67"), setIn("その他負債", "その他の負債", "3,549"),
                bs(Metric.CURRENT_ASSETS, "流動資産合計", "109,891")), "section_sum");
        assertEquals(2, cs.size(), cs.toString());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
        assertTrue(cs.stream().anyMatch(c -> c.detail().contains("set in under その他負債")), cs.toString());
    }

    @Test
    void netLinesSumUnlessTheirGrossLinesArePrintedBesideThem() {
        Period p = AT24;
        List<Check> net = checks(validate(
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "建物及び構築物(純額)", p, "1,687,662"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "土地", p, "1,145,909"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "有形固定資産合計", p, "2,833,571")),
                "section_sum");
        assertEquals(1, net.size(), net.toString());
        assertTrue(net.get(0).passed(), net.get(0).detail());
        List<Check> grossAndNet = checks(validate(
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "建物及び構築物", p, "3,000,000"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "建物及び構築物(純額)", p, "1,687,662"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "土地", p, "1,145,909"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "有形固定資産", "有形固定資産合計", p, "2,833,571")),
                "section_sum");
        assertTrue(grossAndNet.isEmpty(), grossAndNet.toString());
    }

    @Test
    void aBalanceSheetHeadingWithFiguresIsItsLinesBelowEvenOneAndAnAdjustmentTotalIsNoGrossLine() {
        Period p = AT24;
        List<Check> oci = checks(validate(
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, null, "その他の包括利益累計額", p, "861,203"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "その他の包括利益累計額", "その他有価証券評価差額金", p, "50,870"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "その他の包括利益累計額", "為替換算調整勘定", p, "784,065"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "その他の包括利益累計額", "退職給付に係る調整累計額", p, "26,266")),
                "section_sum");
        assertEquals(1, oci.size(), oci.toString());
        assertTrue(oci.get(0).passed(), oci.get(0).detail());
        List<Check> one = checks(validate(
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, null, "繰延資産", p, "685"),
                line(Metric.LINE_ITEM, Statement.BALANCE_SHEET, "繰延資産", "社債発行費", p, "685")), "section_sum");
        assertEquals(1, one.size(), one.toString());
        assertTrue(one.get(0).passed(), one.get(0).detail());
        // under a profit in a P&L, one line set in is a split of it, not all of it
        List<Check> pl = checks(validate(
                line(Metric.NET_INCOME, Statement.INCOME_STATEMENT, null, "当期純利益", FY24, "22,653"),
                line(Metric.LINE_ITEM, Statement.INCOME_STATEMENT, "当期純利益", "非支配株主に帰属する当期純利益", FY24, "1,265")),
                "section_sum");
        assertTrue(pl.isEmpty(), pl.toString());
    }
}
