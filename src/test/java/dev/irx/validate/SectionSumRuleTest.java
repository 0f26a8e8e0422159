package dev.irx.validate;

import static dev.irx.validate.Figures.AT24;
import static dev.irx.validate.Figures.FY24;
import static dev.irx.validate.Figures.checks;
import static dev.irx.validate.Figures.doc;
import static dev.irx.validate.Figures.table;
import static dev.irx.validate.Figures.validate;
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
}
