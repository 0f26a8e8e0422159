package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Rounding;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.doc;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a printed figure vouches for, by rounding mode: intervals, never exact equality. */
class RoundingIntervalTest {

    private static BigDecimal m(String millions) { return new BigDecimal(millions).movePointRight(6); }

    private static void assertInterval(String lo, String hi, Precision.Interval i) {
        assertEquals(0, m(lo).compareTo(i.lo()), i.toString());
        assertEquals(0, m(hi).compareTo(i.hi()), i.toString());
    }

    @Test
    void roundedTruncatedAndUnknown() {
        Fact f = table(Metric.REVENUE, FY24, "6,466");
        assertInterval("6465.5", "6466.5", Precision.interval(f, Rounding.ROUND_HALF_UP));
        assertInterval("6466", "6467", Precision.interval(f, Rounding.TRUNCATE));
        assertInterval("6465.5", "6467", Precision.interval(f, null));
        Fact neg = table(Metric.INVESTING_CF, FY24, "△571");
        assertInterval("-572", "-571", Precision.interval(neg, Rounding.TRUNCATE));
    }

    @Test
    void theDocumentsNoteAppliesToItsMillionsAndPercentagesKeepTheWideInterval() {
        Context truncating = Context.of(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE), java.util.List.of());
        assertEquals(Rounding.TRUNCATE, truncating.roundingOf(table(Metric.REVENUE, FY24, "6,466")));
        assertEquals(null, truncating.roundingOf(pct(Metric.REVENUE, Measure.YOY_PCT, null, FY24, "4.8")));
        assertEquals(Rounding.ROUND_HALF_UP, Context.UNKNOWN.roundingOf(table(Metric.REVENUE, FY24, "6,466")),
                "without a note, amounts are taken as rounded half up");
    }

    @Test
    void theRoundingNoteDecidesWhetherFiveTruncatedPartsMayMakeTheirTotal() {
        // Five parts of 100.9 each: truncated to 100, their 504.5 to 504. Rounded half, 5 × 100 cannot make 504.
        Fact[] facts = {table(Metric.REVENUE, FY24, "504"), table(Metric.REVENUE, "A", FY24, "100"),
                table(Metric.REVENUE, "B", FY24, "100"), table(Metric.REVENUE, "C", FY24, "100"),
                table(Metric.REVENUE, "D", FY24, "100"), table(Metric.REVENUE, "E", FY24, "100")};
        assertTrue(only(validate(doc(AccountingStandard.JGAAP, Rounding.TRUNCATE), facts), "segment_sum").passed());
        assertFalse(only(validate(doc(AccountingStandard.JGAAP, Rounding.ROUND_HALF_UP), facts), "segment_sum").passed());
        assertFalse(only(validate(doc(AccountingStandard.JGAAP, null), facts), "segment_sum").passed());
    }
}
