package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Rounding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

import static dev.irx.internal.validate.Figures.AT24;
import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * EPS and BPS against the share counts of the 短信's notes; ROE and ROA against the mean of the year's opening and
 * closing base. Figures of インフォネット's 2024年3月期 短信 (百万円未満切捨て).
 */
class PerShareAndAverageBaseRuleTest {

    private static final Period AT23 = Period.instant(LocalDate.of(2023, 3, 31), YearMonth.of(2023, 3));

    /** A share count as the notes print it: 「2,034,978株」, no scope. */
    private static Fact shares(Metric m, Period p, String printed) {
        Evidence where = new Evidence(FactSource.TABLE, 2, null, "③期中平均株式数 " + printed, new Display(printed, null));
        return new Fact("f0", m, Measure.VALUE, m.json(), null, null, p, Basis.ACTUAL,
                new BigDecimal(printed.replace(",", "").replace("株", "")), "shares", where, null, null, null, null);
    }

    private static Fact perShare(Metric m, Period p, String printed) {
        return fact(m, Measure.VALUE, null, p, Basis.ACTUAL, printed, "円", FactSource.TABLE, 1);
    }

    @Test
    void epsIsTheOwnersProfitOverTheAverageShares() {
        // 99百万円 (truncated: 99 to 100) / 2,034,978 = 48.65 to 49.14; printed 48.94
        Check ok = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, FY24, "99"),
                shares(Metric.AVERAGE_SHARES, FY24, "2,034,978株"), perShare(Metric.EPS, FY24, "48.94")), "per_share");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, FY24, "99"),
                shares(Metric.AVERAGE_SHARES, FY24, "2,034,978株"), perShare(Metric.EPS, FY24, "84.94")), "per_share");
        assertFalse(bad.passed(), bad.detail());
    }

    @Test
    void bpsIsEquityOverTheSharesOutstandingAndNeedsBothCounts() {
        // 1,039百万円 / (2,038,418 − 0) = 509.7 to 510.2; printed 509.77
        Check ok = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                shares(Metric.SHARES_ISSUED, AT24, "2,038,418株"), shares(Metric.TREASURY_SHARES, AT24, "0株"),
                perShare(Metric.BPS, AT24, "509.77")), "per_share");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                shares(Metric.SHARES_ISSUED, AT24, "2,038,418株"), shares(Metric.TREASURY_SHARES, AT24, "400,000株"),
                perShare(Metric.BPS, AT24, "509.77")), "per_share");
        assertFalse(bad.passed(), bad.detail());
        // with no treasury count printed (「—株」), nothing is assumed
        Validator.Result none = validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                shares(Metric.SHARES_ISSUED, AT24, "2,038,418株"), perShare(Metric.BPS, AT24, "509.77"));
        assertTrue(none.checks().stream().noneMatch(c -> c.rule().equals("per_share")));
    }

    @Test
    void roeIsOnTheMeanOfOpeningAndClosingEquity() {
        // 99 / ((930 + 1,039) / 2) = 10.06%; printed 10.1
        Check ok = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, FY24, "99"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT23, "930"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                pct(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.RATIO_TO_EQUITY_PCT, null, FY24, "10.1")),
                "average_base");
        assertTrue(ok.passed(), ok.detail());
        // on the closing equity alone it would be 9.5: a ratio read from the wrong column is caught
        Check bad = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, FY24, "99"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT23, "930"),
                table(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, AT24, "1,039"),
                pct(Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.RATIO_TO_EQUITY_PCT, null, FY24, "9.5")),
                "average_base");
        assertFalse(bad.passed(), bad.detail());
    }

    @Test
    void roaIsOnTheMeanOfTotalAssets() {
        // 168 / ((1,612 + 1,627) / 2) = 10.37%; printed 10.4
        Check ok = only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE),
                table(Metric.ORDINARY_INCOME, FY24, "168"), table(Metric.TOTAL_ASSETS, AT23, "1,612"),
                table(Metric.TOTAL_ASSETS, AT24, "1,627"),
                pct(Metric.ORDINARY_INCOME, Measure.RATIO_TO_TOTAL_ASSETS_PCT, null, FY24, "10.4")), "average_base");
        assertTrue(ok.passed(), ok.detail());
    }
}
