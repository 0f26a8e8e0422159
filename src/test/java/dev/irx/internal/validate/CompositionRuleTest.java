package dev.irx.internal.validate;

import dev.irx.model.Check;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** 構成比 and a segment's 売上比 are its share of the company total. */
class CompositionRuleTest {

    private static final String NW = "ネットワークサービス";

    @Test
    void compositionIsThePartOverTheTotal() {
        Check ok = only(validate(table(Metric.REVENUE, FY24, "72,016"), table(Metric.REVENUE, NW, FY24, "39,058"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, NW, FY24, "54.2")), "composition");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(table(Metric.REVENUE, FY24, "72,016"), table(Metric.REVENUE, NW, FY24, "39,058"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, NW, FY24, "45.2")), "composition");
        assertFalse(bad.passed());
    }

    @Test
    void aSegmentsRatioToRevenueIsItsShareOfTheCompanysRevenue() {
        Check ok = only(validate(table(Metric.REVENUE, FY24, "6,466"),
                table(Metric.REVENUE, "IoTサービス", FY24, "1,128"),
                pct(Metric.REVENUE, Measure.RATIO_TO_REVENUE_PCT, "IoTサービス", FY24, "17.5")), "ratio_to_revenue");
        assertTrue(ok.passed(), ok.detail());
        Check bad = only(validate(table(Metric.REVENUE, FY24, "6,466"),
                table(Metric.REVENUE, "IoTサービス", FY24, "1,128"),
                pct(Metric.REVENUE, Measure.RATIO_TO_REVENUE_PCT, "IoTサービス", FY24, "71.5")), "ratio_to_revenue");
        assertFalse(bad.passed());
    }
}
