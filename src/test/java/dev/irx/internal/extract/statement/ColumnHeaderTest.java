package dev.irx.internal.extract.statement;

import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.model.Statement;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The column header grammar of a statement, on headers of our own layout. */
class ColumnHeaderTest {

    private static final Period HALF = new Period(Span.H1, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 8, 31),
            YearMonth.of(2026, 2));
    private static final Period Q3 = new Period(Span.Q1_Q3, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 11, 30),
            YearMonth.of(2026, 2));

    @Test
    void datesSpreadOverTwoLinesPairTheNthFromWithTheNthTo() {
        // 「前第3四半期連結累計期間 当第3四半期連結累計期間」 over 「(自 … (自 …」 over 「至 …) 至 …)」
        String text = "前第3四半期連結累計期間当第3四半期連結累計期間" + "(自2024年3月1日(自2025年3月1日"
                + "至2024年11月30日)至2025年11月30日)";
        ColumnHeader h = ColumnHeader.parse(text).orElseThrow();
        assertEquals(2, h.columns().size());
        List<Period> p = new ColumnPeriods(Q3).of(h, Statement.INCOME_STATEMENT).orElseThrow();
        assertEquals(new Period(Span.Q1_Q3, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 11, 30), YearMonth.of(2025, 2)),
                p.get(0));
        assertEquals(Q3.start(), p.get(1).start());
        assertEquals(Span.Q1_Q3, p.get(1).span());
    }

    @Test
    void aColumnPerLineWithItsOwnDatesReadsAlike() {
        String text = "前連結会計年度(2025年2月28日)当中間連結会計期間(2025年8月31日)";
        ColumnHeader h = ColumnHeader.parse(text).orElseThrow();
        List<Period> p = new ColumnPeriods(HALF).of(h, Statement.BALANCE_SHEET).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 28), p.get(0).end());
        assertTrue(p.get(0).isInstant());
        assertEquals(LocalDate.of(2025, 8, 31), p.get(1).end());
    }

    @Test
    void columnsNamedOnlyAreDatedFromTheDocumentsPeriod() {
        ColumnHeader h = ColumnHeader.parse("前期当期").orElseThrow();
        List<Period> bs = new ColumnPeriods(HALF).of(h, Statement.BALANCE_SHEET).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 28), bs.get(0).end()); // the end of the year before
        List<Period> pl = new ColumnPeriods(HALF).of(h, Statement.INCOME_STATEMENT).orElseThrow();
        assertEquals(new Period(Span.H1, LocalDate.of(2024, 3, 1), LocalDate.of(2024, 8, 31), YearMonth.of(2025, 2)),
                pl.get(0));
        assertEquals(HALF, pl.get(1));
    }

    @Test
    void anEraYearAndA注記ColumnAreRead() {
        ColumnHeader h = ColumnHeader.parse("注記前事業年度当事業年度(自令和6年3月1日(自令和7年3月1日至令和7年2月28日)至令和7年8月31日)")
                .orElseThrow();
        assertTrue(h.notes());
        assertEquals(LocalDate.of(2025, 3, 1), h.columns().get(1).from());
    }

    @Test
    void aHeaderWhoseCurrentColumnIsNotTheDocumentsPeriodIsNotTrusted() {
        // three months alone (当第3四半期連結会計期間): not the year to date the document reports on
        ColumnHeader h = ColumnHeader.parse("(自2025年9月1日至2025年11月30日)").orElseThrow();
        assertTrue(new ColumnPeriods(Q3).of(h, Statement.INCOME_STATEMENT).isEmpty());
        assertTrue(ColumnHeader.parse("当期(自2025年3月1日至2025年8月31日)前期(自2024年3月1日至2024年8月31日)").isEmpty());
    }

    @Test
    void headerLinesAreToldFromHeadings() {
        assertTrue(ColumnHeader.isHeaderLine("前連結会計年度当第2四半期連結会計期間"));
        assertTrue(ColumnHeader.isHeaderLine("至2025年8月31日)至2025年11月30日)"));
        assertFalse(ColumnHeader.isHeaderLine("以下に帰属する当期利益"));
        assertFalse(ColumnHeader.isHeaderLine("当期変動額"));
        assertFalse(ColumnHeader.isHeaderLine("流動資産"));
    }

    @Test
    void namesWrappedAcrossLinesAndAChangeColumnBesideTheDates() {
        // 「当第3四半期」 over 「前連結会計年度」 over 「連結会計期間 増減」 over the two dates, read line by line
        assertTrue(ColumnHeader.isHeaderLine("連結会計期間増減"));
        String text = "当第3四半期" + "前連結会計年度" + "連結会計期間増減" + "(2025年2月28日)" + "(2025年11月30日)";
        ColumnHeader h = ColumnHeader.parse(text).orElseThrow();
        assertEquals(2, h.columns().size());
        assertEquals(1, h.changes());
        List<Period> p = new ColumnPeriods(Q3).of(h, Statement.BALANCE_SHEET).orElseThrow();
        assertEquals(LocalDate.of(2025, 2, 28), p.get(0).end());
        assertEquals(LocalDate.of(2025, 11, 30), p.get(1).end());
        assertTrue(p.get(0).isInstant());
        // dates out of order are no header, whatever the names say
        assertTrue(ColumnHeader.parse("当第3四半期前連結会計年度(2025年11月30日)(2025年2月28日)").isEmpty());
    }
}
