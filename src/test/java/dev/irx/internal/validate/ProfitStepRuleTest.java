package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 売上高 = 売上原価 + 売上総利益; under JGAAP 売上総利益 = 販管費 + 営業利益. */
class ProfitStepRuleTest {

    private static List<Check> run(AccountingStandard std, String operatingIncome) {
        return checks(validate(doc(std, null), table(Metric.REVENUE, FY24, "6,466"),
                table(Metric.COST_OF_SALES, FY24, "3,414"), table(Metric.GROSS_PROFIT, FY24, "3,052"),
                table(Metric.SGA, FY24, "1,940"), table(Metric.OPERATING_INCOME, FY24, operatingIncome)),
                "profit_step");
    }

    @Test
    void bothStepsUnderJgaap() {
        List<Check> cs = run(AccountingStandard.JGAAP, "1,112");
        assertEquals(2, cs.size());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
        assertFalse(run(AccountingStandard.JGAAP, "1,121").stream().allMatch(Check::passed));
    }

    @Test
    void underIfrsOnlyGrossProfitIsChecked() {
        // Other operating income and expenses stand between gross profit and operating income.
        List<Check> cs = run(AccountingStandard.IFRS, "1,300");
        assertEquals(1, cs.size());
        assertTrue(cs.get(0).passed());
    }

    @Test
    void okuReadAsMillionsBreaksTheStep() {
        // Cost of sales and gross profit in 億円, revenue 「768.2」 億円 misread as 百万円.
        Check c = checks(validate(doc(AccountingStandard.IFRS, null),
                fact(Metric.REVENUE, Measure.VALUE, null, FY24, Basis.ACTUAL,
                        "768.2", "百万円", FactSource.TABLE, 4),
                fact(Metric.COST_OF_SALES, Measure.VALUE, null, FY24, Basis.ACTUAL,
                        "601.3", "億円", FactSource.TABLE, 4),
                fact(Metric.GROSS_PROFIT, Measure.VALUE, null, FY24, Basis.ACTUAL,
                        "166.9", "億円", FactSource.TABLE, 4)), "profit_step").get(0);
        assertFalse(c.passed(), c.detail());
    }
}
