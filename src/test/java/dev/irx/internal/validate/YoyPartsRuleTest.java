package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data book's first year, whose 前期比 compare with a year it does not print: the year's ratio must agree with its
 * quarters' values and ratios. Seven & i's FY2024 営業収益 (百万円) and its 前期比, as published.
 */
class YoyPartsRuleTest {

    private static final YearMonth FYE = YearMonth.of(2025, 2);
    private static final Span[] QUARTERS = {Span.Q1, Span.Q2, Span.Q3, Span.Q4};
    private static final String[] VALUES = {"2,734,750", "3,300,783", "3,034,056", "2,903,171"};

    private static Period quarter(int q) { return Period.partOfYear(QUARTERS[q], FYE, 3 * q + 1, 3 * q + 3); }

    private static List<Fact> revenue(String yearRatio, String... quarterRatios) {
        List<Fact> facts = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            facts.add(table(Metric.REVENUE, quarter(q), VALUES[q]));
            facts.add(pct(Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, null, quarter(q), quarterRatios[q]));
        }
        facts.add(table(Metric.REVENUE, Period.fiscalYear(FYE), "11,972,762"));
        facts.add(pct(Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, null, Period.fiscalYear(FYE), yearRatio));
        return facts;
    }

    @Test
    void theYearsRatioAgreesWithItsQuartersPriorValues() {
        Check c = only(validate(revenue("104.4", "103.2", "114.0", "100.0", "100.4").toArray(new Fact[0])), "yoy_parts");
        assertTrue(c.passed(), c.detail());
        assertEquals(10, c.facts().size(), "the year's ratio and value, and each quarter's");
    }

    @Test
    void aYearRatioOneOffIsCaught() {
        Check c = only(validate(revenue("103.4", "103.2", "114.0", "100.0", "100.4").toArray(new Fact[0])), "yoy_parts");
        assertFalse(c.passed(), c.detail());
    }

    @Test
    void quarterRatiosReadIntoTheWrongColumnsAreCaught() {
        // 2Q's 114.0 and 3Q's 100.0 swapped: the quarters' prior values no longer add up to the year's
        Check c = only(validate(revenue("104.4", "103.2", "100.0", "114.0", "100.4").toArray(new Fact[0])), "yoy_parts");
        assertFalse(c.passed(), c.detail());
    }

    @Test
    void aYearWhosePriorYearIsPrintedIsLeftToTheYoyRule() {
        List<Fact> facts = revenue("104.4", "103.2", "114.0", "100.0", "100.4");
        facts.add(table(Metric.REVENUE, Period.fiscalYear(YearMonth.of(2024, 2)), "11,471,753"));
        assertTrue(checks(validate(facts.toArray(new Fact[0])), "yoy_parts").isEmpty());
    }

    private static Fact change(Period p, String printed) {
        return fact(Metric.REVENUE, Measure.YOY_AMOUNT, null, p, Basis.ACTUAL, printed, "百万円", FactSource.TABLE, 7);
    }

    @Test
    void aYearsChangeInYenIsTheSumOfItsQuartersChanges() {
        List<Fact> facts = new ArrayList<>();
        String[] changes = {"84,798", "405,359", "△56", "11,566"};
        for (int q = 0; q < 4; q++) {
            facts.add(change(quarter(q), changes[q]));
        }
        facts.add(change(Period.fiscalYear(FYE), "501,667"));
        assertTrue(only(validate(facts.toArray(new Fact[0])), "yoy_parts").passed());
        facts.set(4, change(Period.fiscalYear(FYE), "501,767"));
        assertFalse(only(validate(facts.toArray(new Fact[0])), "yoy_parts").passed());
    }
}
