package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.FactStatus;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodBoundsRuleTest {

    private static final Period FY2013 = Period.fiscalYear(YearMonth.of(2013, 12));
    /** 平成25年12月期 read as 2025: the bug the rule is there to catch. */
    private static final Period FY2025 = Period.fiscalYear(YearMonth.of(2025, 12));

    private static DocumentInfo tanshin(LocalDate published) {
        return new DocumentInfo(DocumentKind.KESSAN_TANSHIN, null, null, published, null, 12, null);
    }

    @Test
    void anActualFigureForAPeriodEndingAfterPublicationFails() {
        var ok = Figures.table(Metric.REVENUE, FY2013, "12,345");
        var late = Figures.table(Metric.REVENUE, FY2025, "12,345");
        Validator.Result r = new Validator().validate(List.of(ok, late), tanshin(LocalDate.of(2014, 2, 14)));
        List<Check> failed = r.checks().stream().filter(c -> c.rule().equals("period_bounds")).toList();
        assertEquals(1, failed.size(), r.checks().toString());
        assertTrue(!failed.get(0).passed());
        assertEquals(FactStatus.CONFLICT, r.facts().get(1).status());
        assertEquals(FactStatus.UNCHECKED, r.facts().get(0).status());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("after the document's publication on 2014-02-14")),
                r.warnings().toString());
    }

    @Test
    void aForecastFarFromTheDocumentsYearsFails() {
        var near = Figures.fact(Metric.REVENUE, Measure.VALUE, null, Period.fiscalYear(YearMonth.of(2014, 12)),
                Basis.FORECAST, "13,000", "百万円", FactSource.TABLE, 1);
        var far = Figures.fact(Metric.REVENUE, Measure.VALUE, null, Period.fiscalYear(YearMonth.of(2026, 12)),
                Basis.FORECAST, "13,000", "百万円", FactSource.TABLE, 1);
        Validator.Result r = new Validator().validate(List.of(near, far), tanshin(LocalDate.of(2014, 2, 14)));
        List<Check> failed = r.checks().stream().filter(c -> c.rule().equals("period_bounds")).toList();
        assertEquals(1, failed.size());
        assertEquals(List.of(r.facts().get(1).id()), failed.get(0).facts());
    }

    @Test
    void withoutAPublicationDateNothingIsJudged() {
        var late = Figures.table(Metric.REVENUE, FY2025, "12,345");
        Validator.Result r = new Validator().validate(List.of(late), tanshin(null));
        assertTrue(r.checks().stream().noneMatch(c -> c.rule().equals("period_bounds")));
    }

    @Test
    void aDeckMayReachFurtherThanATanshin() {
        LocalDate published = LocalDate.of(2025, 5, 13);
        Period plan = Period.fiscalYear(YearMonth.of(2033, 3));
        DocumentInfo deck = new DocumentInfo(DocumentKind.KESSAN_DECK, null, null, published, null, 3, null);
        assertTrue(PeriodBounds.violation(plan, Basis.FORECAST, deck).isEmpty());
        assertTrue(PeriodBounds.violation(plan, Basis.FORECAST, tanshin(published)).isPresent());
    }
}
