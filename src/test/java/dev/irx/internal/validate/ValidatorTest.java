package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule passes on consistent figures and catches a planted error. */
class ValidatorTest {

    private static final Period FY24 = Period.fiscalYear(YearMonth.of(2024, 3));
    private static final Period FY23 = Period.fiscalYear(YearMonth.of(2023, 3));
    private static int page = 1;

    private static Fact fact(Metric m, Measure measure, Period p, Basis b, String value, String unit, String text,
                             String scale, FactSource source) {
        Evidence where = new Evidence(source, page++, null, "evidence " + text, new Display(text, scale));
        return new Fact("f0", m, measure, m.json(), null, true, p, b, new BigDecimal(value), unit, where, null,
                null, null, null);
    }

    private static Fact yen(Metric m, Period p, Basis b, String millions) {
        String v = new BigDecimal(millions.replace(",", "")).movePointRight(6).toPlainString();
        return fact(m, Measure.VALUE, p, b, v, "JPY", millions, "百万円", FactSource.TABLE);
    }

    private static Fact pct(Metric m, Measure measure, Period p, Basis b, String printed) {
        return fact(m, measure, p, b, printed, "%", printed + "%", "%", FactSource.TABLE);
    }

    private static Validator.Result validate(Fact... facts) {
        return new Validator().validate(List.of(facts));
    }

    private static List<Check> checks(Validator.Result r, String rule) {
        List<Check> out = new ArrayList<>();
        for (Check c : r.checks()) if (c.rule().equals(rule)) out.add(c);
        return out;
    }

    @Test
    void sameFigureInTableAndSentenceMergesIntoOneFact() {
        Fact table = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        Fact sentence = fact(Metric.REVENUE, Measure.VALUE, FY24, Basis.ACTUAL, "6466000000", "JPY", "6,466百万円",
                "百万円", FactSource.SENTENCE);
        Validator.Result r = validate(table, sentence);
        assertEquals(1, r.facts().size());
        Fact merged = r.facts().get(0);
        assertEquals(FactSource.TABLE, merged.source());
        assertEquals(1, merged.alsoSeen().size());
        assertEquals(FactSource.SENTENCE, merged.alsoSeen().get(0).source());
        assertEquals(FactStatus.RECONCILED, merged.status());
        assertTrue(checks(r, "same_figure").get(0).passed());
        assertTrue(r.warnings().isEmpty());
    }

    @Test
    void hundredMillionsAgreeWithMillionsWithinTheCoarserPrecision() {
        Fact millions = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        Fact oku = fact(Metric.REVENUE, Measure.VALUE, FY24, Basis.ACTUAL, "6470000000", "JPY", "64.7億円", "億円",
                FactSource.SENTENCE);
        Validator.Result r = validate(millions, oku);
        assertEquals(1, r.facts().size());
        assertEquals("6466000000", r.facts().get(0).value().toPlainString(), "the more precise value is kept");
    }

    @Test
    void transposedDigitsAreAConflictNamingBothFigures() {
        Fact table = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        Fact sentence = fact(Metric.REVENUE, Measure.VALUE, FY24, Basis.ACTUAL, "6646000000", "JPY", "6,646百万円",
                "百万円", FactSource.SENTENCE);
        Validator.Result r = validate(table, sentence);
        assertEquals(2, r.facts().size());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.CONFLICT));
        assertEquals(1, r.warnings().size());
        String w = r.warnings().get(0);
        assertTrue(w.contains("6466000000") && w.contains("6646000000") && w.contains("p."), w);
    }

    @Test
    void okuReadAsMillionsIsCaught() {
        Fact millions = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        // 「64.7億円」 misread under a 百万円 caption: 64.7 百万円.
        Fact misread = fact(Metric.REVENUE, Measure.VALUE, FY24, Basis.ACTUAL, "64700000", "JPY", "64.7", "百万円",
                FactSource.CHART);
        Validator.Result r = validate(millions, misread);
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.CONFLICT));
    }

    @Test
    void yoyPercentAndAmountAgreeWithTheValues() {
        Validator.Result r = validate(yen(Metric.REVENUE, FY23, Basis.ACTUAL, "6,167"),
                yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466"),
                pct(Metric.REVENUE, Measure.YOY_PCT, FY24, Basis.ACTUAL, "4.8"),
                fact(Metric.REVENUE, Measure.YOY_AMOUNT, FY24, Basis.ACTUAL, "298000000", "JPY", "298", "百万円",
                        FactSource.TABLE));
        List<Check> yoy = checks(r, "yoy");
        assertEquals(2, yoy.size());
        assertTrue(yoy.stream().allMatch(Check::passed), yoy.toString());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.RECONCILED));
    }

    @Test
    void anApproximateFigureTakesPartInNoArithmetic() {
        // 「約65億円」 is a round figure: read as exact it would fail the YoY check against 6,466 and 6,167.
        Fact approx = fact(Metric.REVENUE, Measure.VALUE, FY24, Basis.ACTUAL, "6500000000", "JPY", "約65億円",
                "億円", FactSource.SENTENCE);
        Fact elsewhere = fact(Metric.REVENUE, Measure.VALUE, FY23, Basis.ACTUAL, "6167000000", "JPY", "6,167",
                "百万円", FactSource.TABLE);
        Validator.Result r = validate(approx, elsewhere, pct(Metric.REVENUE, Measure.YOY_PCT, FY24, Basis.ACTUAL,
                "4.8"));
        assertTrue(approx.approximate());
        assertEquals(0, checks(r, "yoy").size(), r.checks().toString());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.UNCHECKED));
    }

    @Test
    void transposedYoyPercentFails() {
        Validator.Result r = validate(yen(Metric.REVENUE, FY23, Basis.ACTUAL, "6,167"),
                yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466"),
                pct(Metric.REVENUE, Measure.YOY_PCT, FY24, Basis.ACTUAL, "8.4"));
        assertEquals(1, checks(r, "yoy").size());
        assertTrue(!checks(r, "yoy").get(0).passed());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.CONFLICT));
    }

    @Test
    void missingTriangleOnADecreaseFails() {
        Validator.Result r = validate(yen(Metric.NET_INCOME, FY23, Basis.ACTUAL, "725"),
                yen(Metric.NET_INCOME, FY24, Basis.ACTUAL, "518"),
                fact(Metric.NET_INCOME, Measure.YOY_AMOUNT, FY24, Basis.ACTUAL, "206000000", "JPY", "206", "百万円",
                        FactSource.TABLE));
        assertTrue(!checks(r, "yoy").get(0).passed());
    }

    @Test
    void valueShiftedIntoTheNeighbouringPeriodFails() {
        // The 24/3 value read into the 23/3 column: both years 6,466, so +4.8% no longer follows.
        Validator.Result r = validate(yen(Metric.REVENUE, FY23, Basis.ACTUAL, "6,466"),
                yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466"),
                pct(Metric.REVENUE, Measure.YOY_PCT, FY24, Basis.ACTUAL, "4.8"));
        assertTrue(!checks(r, "yoy").get(0).passed());
    }

    @Test
    void ratioToRevenue() {
        Fact rev = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        Fact op = yen(Metric.OPERATING_INCOME, FY24, Basis.ACTUAL, "1,112");
        assertTrue(checks(validate(rev, op, pct(Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, FY24,
                Basis.ACTUAL, "17.2")), "ratio_to_revenue").get(0).passed());
        assertTrue(!checks(validate(rev, op, pct(Metric.OPERATING_INCOME, Measure.RATIO_TO_REVENUE_PCT, FY24,
                Basis.ACTUAL, "71.2")), "ratio_to_revenue").get(0).passed());
    }

    @Test
    void achievementAgainstPriorForecast() {
        Fact actual = yen(Metric.REVENUE, FY24, Basis.ACTUAL, "6,466");
        Fact forecast = yen(Metric.REVENUE, FY24, Basis.PRIOR_FORECAST, "6,500");
        assertTrue(checks(validate(actual, forecast, pct(Metric.REVENUE, Measure.ACHIEVEMENT_PCT, FY24,
                Basis.ACTUAL, "99.5")), "achievement").get(0).passed());
        assertTrue(!checks(validate(actual, forecast, pct(Metric.REVENUE, Measure.ACHIEVEMENT_PCT, FY24,
                Basis.ACTUAL, "95.5")), "achievement").get(0).passed());
        assertTrue(checks(validate(actual, forecast, fact(Metric.REVENUE, Measure.ACHIEVEMENT_AMOUNT, FY24,
                Basis.ACTUAL, "-34000000", "JPY", "-34", "百万円", FactSource.TABLE)), "achievement").get(0).passed());
    }

    @Test
    void aLoneFactIsUncheckedAndIdsAreSequential() {
        Validator.Result r = validate(yen(Metric.TOTAL_ASSETS, FY24, Basis.ACTUAL, "8,417"),
                yen(Metric.CAPEX, FY24, Basis.ACTUAL, "100"));
        assertEquals(List.of("f1", "f2"), r.facts().stream().map(Fact::id).toList());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.UNCHECKED));
        assertTrue(r.checks().isEmpty());
    }
}
