package dev.irx.internal.validate;

import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static dev.irx.internal.validate.Figures.FY24;
import static dev.irx.internal.validate.Figures.checks;
import static dev.irx.internal.validate.Figures.onPage;
import static dev.irx.internal.validate.Figures.only;
import static dev.irx.internal.validate.Figures.pct;
import static dev.irx.internal.validate.Figures.table;
import static dev.irx.internal.validate.Figures.validate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Segments add up to the total, sub-rows to their segment, a 取引形態別 breakdown to the total; partial sets are skipped. */
class SegmentSumRuleTest {

    private static final String SEC = "認証・セキュリティサービス", OSS = "Linux/OSSサービス", IOT = "IoTサービス";

    /** サービス別売上高 FY24 as a FISCO table prints it (百万円). */
    private static List<Fact> serviceTable() {
        return new ArrayList<>(List.of(table(Metric.REVENUE, FY24, "6,466"),
                table(Metric.REVENUE, SEC, FY24, "3,943"),
                table(Metric.REVENUE, SEC + "/ライセンス", FY24, "158"),
                table(Metric.REVENUE, SEC + "/プロフェッショナルサービス", FY24, "598"),
                table(Metric.REVENUE, SEC + "/リカーリングサービス", FY24, "3,186"),
                table(Metric.REVENUE, OSS, FY24, "1,394"),
                table(Metric.REVENUE, IOT, FY24, "1,128"),
                table(Metric.REVENUE, "取引形態別/ライセンス", FY24, "564"),
                table(Metric.REVENUE, "取引形態別/プロフェッショナルサービス", FY24, "1,673"),
                table(Metric.REVENUE, "取引形態別/リカーリングサービス", FY24, "4,229")));
    }

    private static Validator.Result run(List<Fact> facts) {
        return validate(facts.toArray(new Fact[0]));
    }

    @Test
    void segmentsSubRowsAndBreakdownsAddUp() {
        Validator.Result r = run(serviceTable());
        List<Check> sums = checks(r, "segment_sum");
        assertEquals(3, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(Check::passed), sums.toString());
        // 「Linux/OSSサービス」 is one segment, not 「OSSサービス」 under 「Linux」.
        assertTrue(sums.stream().anyMatch(c -> c.detail().contains("the segments") && c.facts().size() == 4));
        assertTrue(sums.stream().anyMatch(c -> c.detail().contains("sub-rows of " + SEC)));
        assertTrue(sums.stream().anyMatch(c -> c.detail().contains("取引形態別 breakdown")));
        assertTrue(r.facts().stream().allMatch(f -> f.status() == FactStatus.RECONCILED));
    }

    @Test
    void aTransposedDigitInASegmentIsAConflictNamingTheFigures() {
        List<Fact> facts = serviceTable();
        facts.set(5, table(Metric.REVENUE, OSS, FY24, "1,349"));
        Check c = checks(run(facts), "segment_sum").stream().filter(x -> x.detail().contains("the segments"))
                .findFirst().orElseThrow();
        assertFalse(c.passed());
        assertTrue(c.detail().contains("'1,349'") && c.detail().contains("'6,466'") && c.detail().contains("p.7"),
                c.detail());
    }

    @Test
    void aSubRowCountedTwiceIsCaught() {
        // The リカーリング sub-row read a second time as a segment of its own.
        List<Fact> facts = serviceTable();
        facts.add(table(Metric.REVENUE, "リカーリングサービス", FY24, "3,186"));
        Validator.Result r = run(facts);
        Check c = checks(r, "segment_sum").stream().filter(x -> x.detail().contains("the segments"))
                .findFirst().orElseThrow();
        assertFalse(c.passed(), c.detail());
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("conflict: ") && w.contains("'3,186'")));
    }

    @Test
    void aSubRowCountedTwiceUnderItsSegmentIsCaught() {
        // A wrapped label read as two rows: 「リカーリング」 and 「リカーリングサービス」, both 3,186.
        List<Fact> facts = serviceTable();
        facts.add(table(Metric.REVENUE, SEC + "/リカーリング", FY24, "3,186"));
        Check c = checks(run(facts), "segment_sum").stream().filter(x -> x.detail().contains("sub-rows"))
                .findFirst().orElseThrow();
        assertFalse(c.passed());
    }

    @Test
    void nRoundedPartsMayMissTheTotalByHalfAUnitEach() {
        // 2,818 + 1,001 + 600 = 4,419 against a printed 4,421: within (3 + 1) halves of a unit.
        Validator.Result ok = run(List.of(table(Metric.REVENUE, FY24, "4,421"), table(Metric.REVENUE, SEC, FY24, "2,818"),
                table(Metric.REVENUE, OSS, FY24, "1,001"), table(Metric.REVENUE, IOT, FY24, "600")));
        assertTrue(only(ok, "segment_sum").passed());
        Validator.Result off = run(List.of(table(Metric.REVENUE, FY24, "4,422"), table(Metric.REVENUE, SEC, FY24, "2,818"),
                table(Metric.REVENUE, OSS, FY24, "1,001"), table(Metric.REVENUE, IOT, FY24, "600")));
        assertFalse(only(off, "segment_sum").passed());
    }

    @Test
    void aTableWithFewerSegmentsThanTheDocumentNamesIsNotSummed() {
        // p.11 lists two of three segments beside a 合計 that includes the third; p.7 names all three.
        List<Fact> facts = new ArrayList<>(List.of(
                onPage(table(Metric.REVENUE, Figures.FY23, "6,167"), 7),
                onPage(table(Metric.REVENUE, SEC, Figures.FY23, "3,543"), 7),
                onPage(table(Metric.REVENUE, OSS, Figures.FY23, "1,447"), 7),
                onPage(table(Metric.REVENUE, IOT, Figures.FY23, "1,176"), 7),
                onPage(table(Metric.GROSS_PROFIT, FY24, "3,052"), 11),
                onPage(table(Metric.GROSS_PROFIT, SEC, FY24, "2,000"), 11),
                onPage(table(Metric.GROSS_PROFIT, OSS, FY24, "600"), 11)));
        Validator.Result r = run(facts);
        List<Check> sums = checks(r, "segment_sum");
        assertEquals(1, sums.size(), sums.toString());
        assertTrue(sums.get(0).passed());
        assertTrue(r.warnings().isEmpty(), r.warnings().toString());
    }

    private static Fact chart(Metric m, String segment, String printed) {
        return Figures.fact(m, Measure.VALUE, segment, Figures.FY24, Basis.ACTUAL, printed, "百万円", FactSource.CHART, 5);
    }

    @Test
    void aStackedBarsPartsAddUpToItsTotal() {
        // IIJ's 1Q25 bar: NW 42,512 + SI 33,560 + ATM 749 = 76,821, all read from one chart.
        List<Fact> bar = List.of(chart(Metric.REVENUE, null, "76,821"), chart(Metric.REVENUE, "NW", "42,512"),
                chart(Metric.REVENUE, "SI", "33,560"), chart(Metric.REVENUE, "ATM", "749"));
        Check ok = only(run(bar), "segment_sum");
        assertTrue(ok.passed(), ok.detail());
        List<Fact> misread = new ArrayList<>(bar);
        misread.set(2, chart(Metric.REVENUE, "SI", "35,560"));
        assertFalse(only(run(misread), "segment_sum").passed());
    }

    @Test
    void capexSplitByPaymentIsAFamilyOfItsOwn() {
        // CAPEX parts under the company total do not make the segments' revenue set look incomplete.
        List<Fact> facts = List.of(chart(Metric.REVENUE, null, "76,821"), chart(Metric.REVENUE, "NW", "42,512"),
                chart(Metric.REVENUE, "SI", "33,560"), chart(Metric.REVENUE, "ATM", "749"),
                chart(Metric.CAPEX, null, "8,257"), chart(Metric.CAPEX, "現金支払", "5,954"),
                chart(Metric.CAPEX, "ファイナンス・リース", "2,303"));
        List<Check> sums = checks(run(facts), "segment_sum");
        assertEquals(2, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(Check::passed), sums.toString());
    }

    @Test
    void partsReadOnAnotherPageThanTheTotalAreNotSummed() {
        Validator.Result r = run(List.of(onPage(table(Metric.REVENUE, FY24, "6,466"), 12),
                table(Metric.REVENUE, SEC, FY24, "3,943"), table(Metric.REVENUE, OSS, FY24, "1,394")));
        assertTrue(checks(r, "segment_sum").isEmpty());
    }

    @Test
    void anOverlappingReferenceRowKeepsItsSetFromBeingSummed() {
        List<Fact> facts = new ArrayList<>(List.of(table(Metric.REVENUE, FY24, "6,466"),
                table(Metric.REVENUE, SEC, FY24, "3,943"), table(Metric.REVENUE, OSS, FY24, "1,394"),
                table(Metric.REVENUE, IOT, FY24, "1,128"),
                table(Metric.REVENUE, "(参考)クラウド関連", FY24, "2,000")));
        assertTrue(checks(run(facts), "segment_sum").isEmpty());
    }

    @Test
    void sharesOfSegmentsAddUpToTheTotalShare() {
        Validator.Result r = run(List.of(table(Metric.REVENUE, FY24, "72,016"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, null, FY24, "100.0"),
                table(Metric.REVENUE, "ネットワークサービス", FY24, "39,058"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, "ネットワークサービス", FY24, "54.2"),
                table(Metric.REVENUE, "システムインテグレーション", FY24, "32,243"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, "システムインテグレーション", FY24, "44.8"),
                table(Metric.REVENUE, "ATM運営事業", FY24, "715"),
                pct(Metric.REVENUE, Measure.COMPOSITION_PCT, "ATM運営事業", FY24, "1.0")));
        List<Check> sums = checks(r, "segment_sum");
        assertEquals(2, sums.size());
        assertTrue(sums.stream().allMatch(Check::passed), sums.toString());
        assertEquals(Set.of(FactStatus.RECONCILED), r.facts().stream().map(Fact::status).collect(
                java.util.stream.Collectors.toSet()));
    }
}
