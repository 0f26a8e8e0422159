package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Check;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Rounding;
import org.junit.jupiter.api.Test;

import static dev.irx.internal.validate.Figures.AT24;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 自己資本比率 = 自己資本 / 総資産 where both are printed; at most 純資産 / 総資産 otherwise. */
class EquityRatioRuleTest {

    @Test
    void ratioOfOwnersEquityToAssets() {
        // A 短信 under 百万円未満切捨て: 1,039 / 1,627 = 63.86, printed 63.8.
        Check ok = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE), table(Metric.TOTAL_ASSETS, AT24, "1,627"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                pct(Metric.EQUITY_RATIO, Measure.VALUE, null, AT24, "63.8")), "equity_ratio");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE), table(Metric.TOTAL_ASSETS, AT24, "1,627"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                pct(Metric.EQUITY_RATIO, Measure.VALUE, null, AT24, "68.3")), "equity_ratio");
        assertFalse(bad.passed());
    }

    @Test
    void withOnlyNetAssetsTheRatioIsBoundedFromAbove() {
        Check ok = only(validate(table(Metric.TOTAL_ASSETS, AT24, "8,417"), table(Metric.NET_ASSETS, AT24, "6,032"),
                pct(Metric.EQUITY_RATIO, Measure.VALUE, null, AT24, "71.6")), "equity_ratio");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(table(Metric.TOTAL_ASSETS, AT24, "8,417"), table(Metric.NET_ASSETS, AT24, "6,032"),
                pct(Metric.EQUITY_RATIO, Measure.VALUE, null, AT24, "76.1")), "equity_ratio");
        assertFalse(bad.passed(), bad.detail());
    }
}
