package dev.irx.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Check;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.irx.validate.Figures.AT24;
import static dev.irx.validate.Figures.checks;
import static dev.irx.validate.Figures.doc;
import static dev.irx.validate.Figures.table;
import static dev.irx.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Current + non-current = total; assets = liabilities + net assets; JGAAP 繰延資産 may stand unprinted. */
class BalanceSheetRuleTest {

    private static List<Check> run(AccountingStandard std, String current, String totalLiabilities) {
        return checks(validate(doc(std, null), table(Metric.TOTAL_ASSETS, AT24, "8,417"),
                table(Metric.CURRENT_ASSETS, AT24, current), table(Metric.NONCURRENT_ASSETS, AT24, "2,235"),
                table(Metric.TOTAL_LIABILITIES, AT24, totalLiabilities),
                table(Metric.CURRENT_LIABILITIES, AT24, "1,841"), table(Metric.NONCURRENT_LIABILITIES, AT24, "543"),
                table(Metric.NET_ASSETS, AT24, "6,032")), "balance_sheet");
    }

    @Test
    void aConsistentBalanceSheetPassesAllThreeIdentities() {
        List<Check> cs = run(AccountingStandard.IFRS, "6,181", "2,384");
        assertEquals(3, cs.size());
        assertTrue(cs.stream().allMatch(Check::passed), cs.toString());
    }

    @Test
    void aTransposedDigitInCurrentAssetsFails() {
        List<Check> cs = run(AccountingStandard.IFRS, "6,118", "2,384");
        assertEquals(1, cs.stream().filter(c -> !c.passed()).count(), cs.toString());
        assertTrue(cs.stream().filter(c -> !c.passed()).findFirst().orElseThrow().detail().contains("'6,118'"));
    }

    @Test
    void liabilitiesPlusNetAssetsMustMakeTheAssets() {
        List<Check> cs = run(AccountingStandard.JGAAP, "6,181", "2,834");
        assertEquals(2, cs.stream().filter(c -> !c.passed()).count(), cs.toString());
    }

    @Test
    void underJgaapUnprintedDeferredAssetsMayMakeUpTheDifference() {
        // 7,222 total against 4,613 + 2,606: 3 of 繰延資産 (share issuance costs after an IPO).
        Check jgaap = checks(validate(doc(AccountingStandard.JGAAP, null), table(Metric.TOTAL_ASSETS, AT24, "7,222"),
                table(Metric.CURRENT_ASSETS, AT24, "4,613"), table(Metric.NONCURRENT_ASSETS, AT24, "2,606")),
                "balance_sheet").get(0);
        assertTrue(jgaap.passed(), jgaap.detail());
        Check ifrs = checks(validate(doc(AccountingStandard.IFRS, null), table(Metric.TOTAL_ASSETS, AT24, "7,222"),
                table(Metric.CURRENT_ASSETS, AT24, "4,613"), table(Metric.NONCURRENT_ASSETS, AT24, "2,606")),
                "balance_sheet").get(0);
        assertFalse(ifrs.passed());
        // But parts can never exceed the total, whatever the standard.
        Check over = checks(validate(doc(AccountingStandard.JGAAP, null), table(Metric.TOTAL_ASSETS, AT24, "7,222"),
                table(Metric.CURRENT_ASSETS, AT24, "4,631"), table(Metric.NONCURRENT_ASSETS, AT24, "2,606")),
                "balance_sheet").get(0);
        assertFalse(over.passed());
    }
}
