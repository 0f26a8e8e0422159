package dev.irx.internal.extract.databook;

import dev.irx.ReadLimits;
import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.read.DocumentReader;
import dev.irx.internal.read.PageSelection;
import dev.irx.internal.validate.Validator;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data book's cash-flow statement over two pages (src/test/resources/pdf/data-book-cf.pdf, an invented company of
 * ours). The second page's header misprints its second year (「FY2024 FY2024」) and is otherwise the first page's, word
 * for word; a line's Japanese name stands over the first line of its English name, its figures under that; and the
 * statement's top-level lines (換算差額, 増減額, 期首残高, 期末残高) follow the financing section's total.
 */
class DataBookCashFlowsTest {

    private static Extractor.Extraction extract(String pages) throws Exception {
        Path f = Files.createTempFile("data-book-cf", ".pdf");
        try (InputStream in = DataBookCashFlowsTest.class.getResourceAsStream("/pdf/data-book-cf.pdf")) {
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            return new Extractor(LabelDictionary.standard()).extract(
                    new DocumentReader(ReadLimits.DEFAULT, null, PageSelection.parse(pages)).read(f));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static Fact line(List<Fact> facts, String label, Span span, String start) {
        List<Fact> fs = facts.stream().filter(f -> f.metric() == Metric.LINE_ITEM && f.measure() == Measure.VALUE
                && f.item().endsWith(label) && f.period().span() == span
                && f.period().start().equals(LocalDate.parse(start))).toList();
        assertEquals(1, fs.size(), label + " " + span + " " + start + ": " + fs);
        return fs.get(0);
    }

    @Test
    void aMisprintedYearIsReadAsThePageBeforesHeaderWithAWarning() throws Exception {
        Extractor.Extraction ex = extract("1-2");
        assertTrue(ex.warnings().stream().anyMatch(w -> w.startsWith("p.2: data book header names the year twice")
                && w.contains("read as p.1's (FY2024 FY2025)")), ex.warnings().toString());
        // (a grid whose page before has another header is left out: DataBookStatementsTest)
        // the second run of quarters is FY2025's (the year ending February 2026), the first FY2024's
        assertEquals("50000000", line(ex.facts(), "短期借入金の純増減額", Span.Q1, "2025-03-01").value().toPlainString());
        assertEquals("100000000", line(ex.facts(), "短期借入金の純増減額", Span.Q1, "2024-03-01").value().toPlainString());
        assertEquals("40000000", line(ex.facts(), "短期借入金の純増減額", Span.Q1_Q3, "2025-03-01").value().toPlainString());
    }

    @Test
    void aJapaneseNameOverItsEnglishNamesFirstLineNamesTheFiguresUnderIt() throws Exception {
        List<Fact> facts = extract("1-2").facts();
        assertEquals("-8000000", line(facts, "連結の範囲の変更を伴わない子会社株式の取得による支出", Span.Q1, "2025-03-01")
                .value().toPlainString());
    }

    @Test
    void linesAfterTheLastSectionAreTopLevelAndBalancesAreNotSummed() throws Exception {
        Extractor.Extraction ex = extract("1-2");
        Fact change = line(ex.facts(), "現金及び現金同等物の増減額", Span.FY, "2024-03-01");
        assertEquals(null, change.line().section());
        assertEquals("400000000", change.value().toPlainString());
        line(ex.facts(), "現金及び現金同等物の期首残高", Span.Q2, "2024-06-01");
        Validator.Result r = new Validator().validate(ex.facts(), ex.info());
        List<Check> checks = r.checks();
        assertFalse(checks.isEmpty());
        assertTrue(checks.stream().allMatch(Check::passed),
                checks.stream().filter(c -> !c.passed()).map(Check::detail).toList().toString());
        // the quarters of 現金及び現金同等物の増減額 add up to its year; those of 期首残高, a balance, are not added
        assertTrue(checks.stream().anyMatch(c -> c.rule().equals("period_sum") && c.detail().contains("の増減額>")));
        assertTrue(checks.stream().noneMatch(c -> c.rule().equals("period_sum") && c.detail().contains("期首残高")));
    }
}
