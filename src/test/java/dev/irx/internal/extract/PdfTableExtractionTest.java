package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on a real PDF table (src/test/resources/pdf/table.html printed by Chromium):
 * a top-row 構成比 column, a label wrapped over two lines, △ and 「-」 cells, a ※2 mark, and Kangxi
 * radicals (⾼ for 高) in the text layer. Values as written in table.html.
 */
class PdfTableExtractionTest {

    private static List<Fact> facts() throws Exception {
        IrxDocument doc = IrxExtractor.builder().build().extract(Path.of("src/test/resources/pdf/table.pdf"));
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
        return doc.facts();
    }

    private static String value(List<Fact> facts, Metric m, Measure measure, int fyEndYear) {
        return facts.stream().filter(f -> f.metric() == m && f.measure() == measure
                        && f.period().fiscalYearEnd().getYear() == fyEndYear).map(f -> f.value().toPlainString())
                .findFirst().orElse("missing");
    }

    @Test
    void everyCellOfTheTable() throws Exception {
        List<Fact> facts = facts();
        assertEquals("6167000000", value(facts, Metric.REVENUE, Measure.VALUE, 2023));
        assertEquals("100.0", value(facts, Metric.REVENUE, Measure.COMPOSITION_PCT, 2023));
        assertEquals("6466000000", value(facts, Metric.REVENUE, Measure.VALUE, 2024));
        assertEquals("2735000000", value(facts, Metric.GROSS_PROFIT, Measure.VALUE, 2023));
        assertEquals("44.4", value(facts, Metric.GROSS_PROFIT, Measure.COMPOSITION_PCT, 2023));
        assertEquals("2910000000", value(facts, Metric.GROSS_PROFIT, Measure.VALUE, 2024));
        assertEquals("-571000000", value(facts, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, 2023));
        assertEquals("412000000", value(facts, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, 2024));
        assertEquals("-35000000", value(facts, Metric.OPERATING_INCOME, Measure.VALUE, 2024));
        assertEquals(9, facts.size(), "dash cells give no facts");
    }

    @Test
    void factsCarryPageBoxAndEvidence() throws Exception {
        Fact revenue = facts().get(0);
        assertEquals(1, revenue.page());
        float[] box = revenue.where().bbox();
        assertNotNull(box);
        assertTrue(box[0] < box[2] && box[1] < box[3] && box[1] > 100 && box[3] < 150, java.util.Arrays.toString(box));
        assertTrue(revenue.evidence().startsWith("売上高 6,167"), revenue.evidence());
        assertEquals("百万円", revenue.display().scale());
    }
}
