package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static dev.irx.internal.validate.Figures.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A bridge chart's start total plus its steps is its end total, within what its 億円 labels allow. */
class BridgeSumRuleTest {

    private static final Period H1_PRIOR = new Period(Span.H1, LocalDate.of(2021, 4, 1), LocalDate.of(2021, 9, 30),
            YearMonth.of(2022, 3));
    private static final Period H1 = new Period(Span.H1, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 9, 30),
            YearMonth.of(2023, 3));

    private static Fact chart(Measure measure, Period p, String printed) {
        return fact(Metric.OPERATING_INCOME, measure, null, p, Basis.ACTUAL, printed, "億円", FactSource.CHART, 3);
    }

    private static Validator.Result run(String end, String... steps) {
        Fact start = chart(Measure.VALUE, H1_PRIOR, "1,180"), last = chart(Measure.VALUE, H1, end);
        List<Fact> stepFacts = java.util.Arrays.stream(steps).map(s -> chart(Measure.YOY_AMOUNT, H1, s)).toList();
        return new Validator().validate(List.of(start, last), null, List.of(new Bridge(start, last, stepFacts, "p.3")));
    }

    @Test
    void aBridgeThatClosesWithinItsRounding() {
        // 1,180 + 628 − 331 − 141 = 1,336 exactly; one 億円 off is still what five rounded labels allow
        for (String end : List.of("1,336", "1,337")) {
            Validator.Result r = run(end, "+628", "▲331", "▲141");
            List<Check> cs = r.checks().stream().filter(c -> c.rule().equals("bridge_sum")).toList();
            assertEquals(1, cs.size(), r.checks().toString());
            assertTrue(cs.get(0).passed(), cs.get(0).detail());
            assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.RECONCILED), r.facts().toString());
        }
    }

    @Test
    void aBridgeThatDoesNotCloseIsAConflict() {
        // a step misread (or misprinted) by ten: the steps give 1,346, the chart ends at 1,336
        Validator.Result r = run("1,336", "+638", "▲331", "▲141");
        Check c = r.checks().stream().filter(x -> x.rule().equals("bridge_sum")).findFirst().orElseThrow();
        assertFalse(c.passed(), c.detail());
        assertTrue(c.detail().contains("disagrees"), c.detail());
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.CONFLICT), r.facts().toString());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("conflict: p.3: bridge")), r.warnings().toString());
    }

    @Test
    void noBridgeNoCheck() {
        Fact start = chart(Measure.VALUE, H1_PRIOR, "1,180"), end = chart(Measure.VALUE, H1, "1,336");
        Validator.Result r = new Validator().validate(List.of(start, end), null, List.of());
        assertTrue(r.checks().stream().noneMatch(c -> c.rule().equals("bridge_sum")));
    }
}
