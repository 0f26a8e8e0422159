package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Check;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.irx.internal.validate.Figures.AT24;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Current + non-current = total; assets = liabilities + net assets, or + owners' equity + non-controlling
 * interests; JGAAP 繰延資産 and 新株予約権 may stand unprinted.
 */
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

    // IIJ's IFRS balance sheet at 25年3月末 (百万円): 312,435 = 170,349 + 140,683 + 1,403.
    private static List<Check> ifrsEquity(AccountingStandard std, String owners, String nci) {
        return checks(validate(doc(std, null), table(Metric.TOTAL_ASSETS, AT24, "312,435"),
                table(Metric.TOTAL_LIABILITIES, AT24, "170,349"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, owners),
                table(Metric.NON_CONTROLLING_INTERESTS, AT24, nci)), "balance_sheet");
    }

    @Test
    void underIfrsAssetsAreLiabilitiesPlusOwnersEquityPlusNonControllingInterests() {
        List<Check> ok = ifrsEquity(AccountingStandard.IFRS, "140,683", "1,403");
        assertEquals(1, ok.size(), ok.toString());
        assertTrue(ok.get(0).passed(), ok.get(0).detail());
        assertTrue(ok.get(0).detail().contains("non-controlling"), ok.get(0).detail());
        // Non-controlling interests left out of the sum, or owners' equity with a transposed digit: caught.
        Check dropped = ifrsEquity(AccountingStandard.IFRS, "140,683", "0").get(0);
        assertFalse(dropped.passed(), dropped.detail());
        Check transposed = ifrsEquity(AccountingStandard.IFRS, "140,863", "1,403").get(0);
        assertFalse(transposed.passed(), transposed.detail());
    }

    @Test
    void underJgaapOrAnUnknownStandardUnprintedShareAcquisitionRightsMayMakeUpTheDifference() {
        // 30 of 新株予約権 unprinted: the parts fall short of the total, which only JGAAP allows.
        for (AccountingStandard std : new AccountingStandard[] {AccountingStandard.JGAAP, null}) {
            Check shortfall = ifrsEquity(std, "140,653", "1,403").get(0);
            assertTrue(shortfall.passed(), shortfall.detail());
            assertTrue(shortfall.detail().contains("新株予約権 aside"), shortfall.detail());
            Check over = ifrsEquity(std, "140,883", "1,403").get(0);
            assertFalse(over.passed(), over.detail());
        }
        assertFalse(ifrsEquity(AccountingStandard.IFRS, "140,653", "1,403").get(0).passed());
    }

    @Test
    void netAssetsAreOwnersEquityPlusNonControllingInterests() {
        List<Check> cs = checks(validate(doc(AccountingStandard.IFRS, null), table(Metric.NET_ASSETS, AT24, "142,086"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "140,683"),
                table(Metric.NON_CONTROLLING_INTERESTS, AT24, "1,403")), "balance_sheet");
        assertEquals(1, cs.size(), cs.toString());
        assertTrue(cs.get(0).passed(), cs.get(0).detail());
        Check wrong = checks(validate(doc(AccountingStandard.IFRS, null), table(Metric.NET_ASSETS, AT24, "142,086"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "140,683"),
                table(Metric.NON_CONTROLLING_INTERESTS, AT24, "1,430")), "balance_sheet").get(0);
        assertFalse(wrong.passed(), wrong.detail());
    }
}
