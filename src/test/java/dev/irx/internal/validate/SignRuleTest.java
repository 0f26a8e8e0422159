package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.sentence;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** △, ▲, 「減」 and 「マイナス」 make a figure negative once; only a contradiction is recorded. */
class SignRuleTest {

    private static final String S = "IoTサービスの売上高は前期比△4.1%減の1,128百万円となった。";

    @Test
    void triangleAndDecreaseTogetherAreOneMinus() {
        Validator.Result ok = validate(sentence(Metric.REVENUE, Measure.YOY_PCT, FY24, "△4.1%", "%",
                new BigDecimal("-4.1"), S, 9));
        assertTrue(checks(ok, "sign").isEmpty(), "agreement is not recorded");
        assertEquals(FactStatus.UNCHECKED, ok.facts().get(0).status());
        Validator.Result twice = validate(sentence(Metric.REVENUE, Measure.YOY_PCT, FY24, "△4.1%", "%",
                new BigDecimal("4.1"), S, 9));
        Check c = only(twice, "sign");
        assertFalse(c.passed());
        assertEquals(FactStatus.CONFLICT, twice.facts().get(0).status());
        assertTrue(twice.warnings().get(0).contains("applied twice"));
    }

    @Test
    void decreaseWithoutTriangleIsNegative() {
        String s = "Linux/OSSサービスの売上高は前期比3.6%減の1,394百万円。";
        assertTrue(checks(validate(sentence(Metric.REVENUE, Measure.YOY_PCT, FY24, "3.6%", "%",
                new BigDecimal("-3.6"), s, 9)), "sign").isEmpty());
        assertFalse(only(validate(sentence(Metric.REVENUE, Measure.YOY_PCT, FY24, "3.6%", "%",
                new BigDecimal("3.6"), s, 9)), "sign").passed());
        // 「13.6%増」 beside it does not count as the 3.6's word.
        String two = "売上高は同13.6%増、営業利益は同3.6%減となった。";
        assertFalse(only(validate(sentence(Metric.OPERATING_INCOME, Measure.YOY_PCT, FY24, "3.6%", "%",
                new BigDecimal("3.6"), two, 9)), "sign").passed());
    }

    @Test
    void aMinusSignInATableMustGiveANegativeValue() {
        Fact printed = fact(Metric.REVENUE, Measure.YOY_AMOUNT, "IoTサービス", FY24, Basis.ACTUAL, "△48", "百万円",
                FactSource.TABLE, 13);
        assertTrue(checks(validate(printed), "sign").isEmpty());
        Fact flipped = new Fact(printed.id(), printed.metric(), printed.measure(), printed.label(), printed.segment(),
                printed.consolidated(), printed.period(), printed.basis(), printed.value().negate(), printed.unit(),
                printed.where(), null, null, null, null);
        assertFalse(only(validate(flipped), "sign").passed());
    }
}
