package dev.irx.internal.extract.table;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.FiscalCalendar;
import dev.irx.internal.normalize.PeriodParser;
import org.junit.jupiter.api.Test;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableSubjectTest {

    private static final LabelDictionary LABELS = LabelDictionary.standard();
    private static final PeriodParser PERIODS =
            new PeriodParser(new FiscalCalendar(3, FiscalCalendar.FyLabel.START_YEAR));

    private static Optional<String> subject(String title, String... slideLines) {
        return TableSubject.of(title, List.of(slideLines), LABELS, PERIODS);
    }

    @Test
    void aTermTheSlideDefinesIsTheSubjectOfItsTable() {
        assertEquals(Optional.of("重点顧客"), subject("重点顧客の動向", "重点顧客:年間取引1億円以上の顧客"));
        assertEquals(Optional.of("重点顧客"), subject("重点顧客の推移", "※重点顧客:年間取引1億円以上の顧客"));
        // Without the note, irx cannot tell a cut of the business from a word for the company's own figures.
        assertEquals(Optional.empty(), subject("重点顧客の動向", "重点顧客は増加"));
        // A note of another kind, not a definition by the term's own head noun, says nothing.
        assertEquals(Optional.empty(), subject("重点顧客の動向", "重点顧客:前年より増加"));
        assertEquals(Optional.empty(), subject("株主還元の推移"));
    }

    @Test
    void aServiceOrAClassOfDealsIsASubjectByItsName() {
        assertEquals(Optional.of("クラウドサービス"), subject("クラウドサービスの動向"));
        assertEquals(Optional.of("大型案件"), subject("大型案件の動向"));
    }

    @Test
    void aTitleNamingAMetricPeriodOrBreakdownHasNoSubject() {
        assertEquals(Optional.empty(), subject("売上高の推移"));
        assertEquals(Optional.empty(), subject("クラウドサービス売上高の推移"));
        assertEquals(Optional.empty(), subject("サービス別の推移"));
        assertEquals(Optional.empty(), subject("FY24の状況", "FY24:前期"));
        assertEquals(Optional.empty(), subject("大型案件の獲得"));
    }

    @Test
    void aRowIsAMetricAGlossAndAPart() {
        TableSubject.RowLabel r = TableSubject.row("売上(3ヶ月)一時", LABELS).orElseThrow();
        assertEquals(Metric.REVENUE, r.metric());
        assertEquals("一時", r.part());
        assertEquals(3, r.months());
        TableSubject.RowLabel spaced = TableSubject.row("売上高 月額", LABELS).orElseThrow();
        assertEquals("月額", spaced.part());
        assertEquals(null, spaced.months());
        TableSubject.RowLabel whole = TableSubject.row("獲得（期間総額）", LABELS).orElseThrow();
        assertEquals(Metric.ORDERS_RECEIVED, whole.metric());
        assertEquals(null, whole.part());
    }

    @Test
    void aRowIsNotReadWhenItsWordsSayMoreThanIrxKnows() {
        // An unknown gloss may change what is counted; a ratio or a change is no part; no metric, no row.
        assertFalse(TableSubject.row("売上(累計)一時", LABELS).isPresent());
        assertFalse(TableSubject.row("売上 構成比", LABELS).isPresent());
        assertFalse(TableSubject.row("売上 YoY", LABELS).isPresent());
        assertFalse(TableSubject.row("件数 一時", LABELS).isPresent());
        assertFalse(TableSubject.row("売上 営業利益", LABELS).isPresent());
    }

    @Test
    void theMonthsOfTheGlossMustBeThoseOfTheColumns() {
        TableSubject.RowLabel r = TableSubject.row("売上(3ヶ月)一時", LABELS).orElseThrow();
        Period q1 = Period.partOfYear(Span.Q1, YearMonth.of(2026, 3), 1, 3);
        Period h1 = Period.partOfYear(Span.H1, YearMonth.of(2026, 3), 1, 6);
        assertTrue(r.fits(List.of(q1)));
        assertFalse(r.fits(List.of(q1, h1)));
        assertFalse(r.fits(List.of(Period.fiscalYear(YearMonth.of(2026, 3)))));
    }
}
