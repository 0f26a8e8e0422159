package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import static dev.irx.internal.validate.Figures.FY23;
import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.fact;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The five errors an extractor makes, each planted in one consistent document (FISCO's サイバートラスト
 * tables, FY23 and FY24): the untouched document passes every check; each planted error is a conflict
 * on the planted figure, with a warning.
 */
class PlantedErrorsTest {

    private static final String SEC = "認証・セキュリティサービス", OSS = "Linux/OSSサービス", IOT = "IoTサービス";

    private static List<Fact> document() {
        List<Fact> d = new ArrayList<>();
        d.add(table(Metric.REVENUE, FY23, "6,167"));
        d.add(table(Metric.REVENUE, FY24, "6,466"));
        d.add(table(Metric.REVENUE, SEC, FY23, "3,543"));
        d.add(table(Metric.REVENUE, SEC, FY24, "3,943"));
        d.add(table(Metric.REVENUE, SEC + "/ライセンス", FY24, "158"));
        d.add(table(Metric.REVENUE, SEC + "/プロフェッショナルサービス", FY24, "598"));
        d.add(table(Metric.REVENUE, SEC + "/リカーリングサービス", FY24, "3,186"));
        d.add(table(Metric.REVENUE, OSS, FY23, "1,447"));
        d.add(table(Metric.REVENUE, OSS, FY24, "1,394"));
        d.add(table(Metric.REVENUE, IOT, FY23, "1,176"));
        d.add(table(Metric.REVENUE, IOT, FY24, "1,128"));
        d.add(amount(Metric.REVENUE, Measure.YOY_AMOUNT, null, "298"));
        d.add(amount(Metric.REVENUE, Measure.YOY_AMOUNT, SEC, "399"));
        d.add(amount(Metric.REVENUE, Measure.YOY_AMOUNT, OSS, "△52"));
        d.add(amount(Metric.REVENUE, Measure.YOY_AMOUNT, IOT, "△48"));
        d.add(pct(Metric.REVENUE, Measure.YOY_PCT, IOT, FY24, "△4.1"));
        d.add(table(Metric.GROSS_PROFIT, FY24, "3,052"));
        d.add(table(Metric.SGA, FY24, "1,940"));
        d.add(table(Metric.OPERATING_INCOME, FY24, "1,112"));
        d.add(table(Metric.ORDINARY_INCOME, FY24, "1,121"));
        return d;
    }

    private static Fact amount(Metric m, Measure measure, String segment, String printed) {
        return fact(m, measure, segment, FY24, Basis.ACTUAL, printed, "百万円", FactSource.TABLE, 7);
    }

    /** Validates the document with fact {@code i} replaced; returns the status of the replacement. */
    private static Validator.Result plant(int i, UnaryOperator<Fact> error) {
        List<Fact> d = document();
        if (i >= 0) d.set(i, error.apply(d.get(i)));
        return new Validator().validate(d);
    }

    private static void assertCaught(Validator.Result r, String printed) {
        assertTrue(r.checks().stream().anyMatch(c -> !c.passed()), "no check failed");
        assertTrue(r.facts().stream().anyMatch(f -> f.display().text().equals(printed)
                && f.status() == FactStatus.CONFLICT), "the planted " + printed + " is not a conflict");
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("conflict: ") && w.contains(printed)),
                r.warnings().toString());
    }

    @Test
    void theUntouchedDocumentPassesEveryCheck() {
        Validator.Result r = plant(-1, f -> f);
        assertTrue(r.checks().size() >= 8, r.checks().toString());
        assertTrue(r.checks().stream().allMatch(c -> c.passed()), r.checks().toString());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void aTransposedDigit() {
        assertCaught(plant(8, f -> table(Metric.REVENUE, OSS, FY24, "1,349")), "1,349");
    }

    @Test
    void aValueShiftedIntoTheNeighbouringPeriodColumn() {
        // FY23's 1,176 read into the FY24 column of IoT.
        assertCaught(plant(10, f -> table(Metric.REVENUE, IOT, FY24, "1,176")), "1,176");
    }

    @Test
    void aMissingTriangle() {
        assertCaught(plant(13, f -> amount(Metric.REVENUE, Measure.YOY_AMOUNT, OSS, "52")), "52");
    }

    @Test
    void okuReadAsMillions() {
        // 「11.28億円」 read under the table's 百万円 caption as 11.28 百万円.
        assertCaught(plant(10, f -> table(Metric.REVENUE, IOT, FY24, "11.28")), "11.28");
    }

    @Test
    void aSubRowCountedTwice() {
        // The リカーリング sub-row read again as the 「ライセンス」 row.
        assertCaught(plant(4, f -> table(Metric.REVENUE, SEC + "/ライセンス", FY24, "3,186")), "3,186");
    }
}
