package dev.irx.internal.extract.databook;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Basis;
import dev.irx.model.DocumentKind;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.read.DocumentReader;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A data book's grid (src/test/resources/pdf/data-book.pdf, an invented company of ours), read by position. */
class DataBookGridTest {

    private static Extractor.Extraction extract() throws Exception {
        return extract("data-book.pdf");
    }

    private static Extractor.Extraction extract(String name) throws Exception {
        Path f = Files.createTempFile("data-book", ".pdf");
        try (InputStream in = DataBookGridTest.class.getResourceAsStream("/pdf/" + name)) {
            Files.copy(in, f, StandardCopyOption.REPLACE_EXISTING);
        }
        try {
            return new Extractor(LabelDictionary.standard()).extract(new DocumentReader().read(f));
        } finally {
            Files.deleteIfExists(f);
        }
    }

    private static Fact one(List<Fact> facts, Metric m, Measure measure, String segment, Span span, String end) {
        List<Fact> fs = facts.stream().filter(f -> f.metric() == m && f.measure() == measure
                && java.util.Objects.equals(f.segment(), segment) && f.period().span() == span
                && f.period().end().equals(LocalDate.parse(end))).toList();
        assertEquals(1, fs.size(), m + " " + measure + " " + segment + " " + span + " " + end + ": " + fs);
        return fs.get(0);
    }

    @Test
    void everyFigureOfTheGridWithItsPeriodSegmentAndRatio() throws Exception {
        Extractor.Extraction ex = extract();
        assertEquals(DocumentKind.DATA_BOOK, ex.info().kind());
        List<Fact> facts = ex.facts();
        String all = facts.stream().map(Fact::toString).collect(Collectors.joining("\n"));
        // two metrics × four rows × ten figure columns, and 前期比 of FY2025 for the total and two segments of each;
        // EPS in its own unit (円) under the page's 百万円, ten figures and five 前期比
        assertEquals(125, facts.size(), all);
        Fact eps = one(facts, Metric.EPS, Measure.VALUE, null, Span.Q1_Q3, "2025-11-30");
        assertEquals("19.53", eps.value().toPlainString());
        assertEquals("JPY/share", eps.unit());
        assertTrue(ex.warnings().isEmpty(), ex.warnings().toString());
        assertEquals("2079000000", one(facts, Metric.REVENUE, Measure.VALUE, null, Span.Q1, "2025-05-31").value()
                .toPlainString());
        // 累計 after Q1–Q3 is the nine months
        Fact ytd = one(facts, Metric.REVENUE, Measure.VALUE, null, Span.Q1_Q3, "2025-11-30");
        assertEquals("6569000000", ytd.value().toPlainString());
        assertEquals(LocalDate.of(2025, 3, 1), ytd.period().start());
        Fact forecast = one(facts, Metric.REVENUE, Measure.VALUE, null, Span.FY, "2026-02-28");
        assertEquals(Basis.FORECAST, forecast.basis());
        assertEquals("8905000000", forecast.value().toPlainString());
        assertEquals(Basis.ACTUAL, one(facts, Metric.REVENUE, Measure.VALUE, null, Span.FY, "2025-02-28").basis());
        // set in under 営業収益: its segments; 消去及び全社 in brackets is negative
        assertEquals("-20000000", one(facts, Metric.REVENUE, Measure.VALUE, "消去及び全社", Span.Q1, "2024-05-31")
                .value().toPlainString());
        assertEquals("1300000000", one(facts, Metric.REVENUE, Measure.VALUE, "国内小売事業", Span.Q3, "2025-11-30")
                .value().toPlainString());
        // the English row under a figure row carries its ratio to the year before
        Fact ratio = one(facts, Metric.OPERATING_INCOME, Measure.RATIO_TO_PRIOR_PCT, "海外小売事業", Span.Q1, "2025-05-31");
        assertEquals("110.0", ratio.value().toPlainString());
        assertEquals("%", ratio.unit());
        // the empty FY2025 Q4 column shows nothing; its white text is not read
        assertTrue(facts.stream().noneMatch(f -> f.period().span() == Span.Q4 && f.period().end().getYear() == 2026), all);
    }

    @Test
    void sharesRatiosAndChangesBesideEachYearsResult() throws Exception {
        Extractor.Extraction ex = extract("segment-book.pdf");
        assertEquals(DocumentKind.DATA_BOOK, ex.info().kind());
        List<Fact> facts = ex.facts();
        String all = facts.stream().map(Fact::toString).collect(Collectors.joining("\n"));
        assertTrue(ex.warnings().isEmpty(), ex.warnings().toString());
        // ten rows: two results and two shares each, and one 前年比 and one 前年差 where they are printed
        assertEquals(54, facts.size(), all);
        assertEquals("45530000000", one(facts, Metric.REVENUE, Measure.VALUE, "電子部品事業", Span.FY, "2025-03-31")
                .value().toPlainString());
        assertEquals("58.4", one(facts, Metric.REVENUE, Measure.COMPOSITION_PCT, "電子部品事業", Span.FY, "2025-03-31")
                .value().toPlainString());
        assertEquals("95.6", one(facts, Metric.REVENUE, Measure.RATIO_TO_PRIOR_PCT, "産業機器事業", Span.FY, "2025-03-31")
                .value().toPlainString());
        assertEquals("-1320000000", one(facts, Metric.REVENUE, Measure.YOY_AMOUNT, "産業機器事業", Span.FY, "2025-03-31")
                .value().toPlainString());
        assertEquals("-710000000", one(facts, Metric.OPERATING_INCOME, Measure.VALUE, "調整額", Span.FY, "2025-03-31")
                .value().toPlainString());
        assertEquals(Basis.ACTUAL, one(facts, Metric.REVENUE, Measure.VALUE, null, Span.FY, "2024-03-31").basis());
    }
}
