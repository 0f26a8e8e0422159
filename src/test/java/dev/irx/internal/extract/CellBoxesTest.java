package dev.irx.internal.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.DocumentReader;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A fact's bbox is its own figure's box, inside its row's (rowBbox), on real PDFs. */
class CellBoxesTest {

    private static final Path TANSHIN = Path.of("samples/iij-1q25-tanshin-summary.pdf");

    @Test
    void factsOfOneRowHaveTheirOwnBoxesOnTheirPrintedValues() throws Exception {
        IrxDocument doc = IrxExtractor.builder().build().extract(TANSHIN);
        SourceDocument read = new DocumentReader().read(TANSHIN);
        Map<String, List<Fact>> byRow = new HashMap<>();
        for (Fact f : doc.facts()) {
            float[] cell = f.where().bbox(), row = f.where().rowBbox();
            assertNotNull(cell);
            assertTrue(!Arrays.equals(cell, row), "narrowed from its row: " + f.label() + " " + f.display().text());
            assertTrue(cell[0] >= row[0] && cell[1] >= row[1] - 0.5 && cell[2] <= row[2] && cell[3] <= row[3] + 0.5,
                    "inside its row");
            // the box is that of the page's positioned word that prints the value
            Word w = wordAt(read, f.page(), cell);
            assertNotNull(w, "a word of the page has the box of " + f.display().text());
            assertTrue(TextNormalizer.fold(w.text()).contains(f.display().text()), w.text() + " prints "
                    + f.display().text());
            byRow.computeIfAbsent(f.page() + Arrays.toString(row), k -> new ArrayList<>()).add(f);
        }
        int shared = 0;
        for (List<Fact> row : byRow.values()) {
            for (Fact a : row) for (Fact b : row) {
                if (a != b && !a.display().text().equals(b.display().text())) {
                    assertTrue(!Arrays.equals(a.where().bbox(), b.where().bbox()), a.display().text() + " and "
                            + b.display().text() + " share a box");
                }
            }
            shared += row.size() > 1 ? 1 : 0;
        }
        assertTrue(shared >= 5, "rows of several facts: " + shared);
        // and the JSON carries both boxes, valid under the schema
        var json = SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
        assertEquals(4, json.get("facts").get(0).get("rowBbox").size());
    }

    @Test
    void textInputHasNoBoxesAndNoCellLeavesItsRow() throws Exception {
        IrxDocument text = IrxExtractor.builder().build().extract(Path.of("src/test/resources/text/authored-results.txt"));
        for (Fact f : text.facts()) assertTrue(f.where().bbox() == null && f.where().rowBbox() == null);
        String json = IrxExtractor.toJson(text, false);
        assertTrue(!json.contains("rowBbox"), "no rowBbox for text input");
        IrxDocument deck = IrxExtractor.builder().build().extract(Path.of("samples/iij-1q25-results.pdf"));
        int narrowed = 0;
        for (Fact f : deck.facts()) {
            float[] cell = f.where().bbox(), row = f.where().rowBbox();
            assertTrue(cell[0] >= row[0] && cell[2] <= row[2], "never outside its row");
            if (f.source() != FactSource.CHART && !Arrays.equals(cell, row)) narrowed++;
        }
        assertTrue(narrowed > 100, "table and KPI-line figures narrowed: " + narrowed);
    }

    @Test
    void aFigureInProseGetsTheBoxOfItsOwnGlyphs() throws Exception {
        // 「SIの受注高は同12.9%増の453.2億円となり、構築が同12.8%増の170.7億円、…」: one word across the line
        IrxDocument report = IrxExtractor.builder().build().extract(Path.of("samples/fisco-iij-2025.pdf"));
        Fact amount = sentence(report, "453.2億円", null);
        float[] row = amount.where().rowBbox();
        Fact pct = sentence(report, "12.9%", row); // the SI orders' 12.9%, not 運用保守's on the next line
        float[] a = amount.where().bbox(), p = pct.where().bbox();
        assertTrue(p[2] <= a[0], "12.9% stands before 453.2億円 on the line: " + Arrays.toString(p) + " "
                + Arrays.toString(a));
        // seven characters of a line of some sixty: a box of their width, not the line's
        assertTrue(a[2] - a[0] < (row[2] - row[0]) / 5, Arrays.toString(a));
        assertTrue(a[0] > row[0] && a[2] < row[2]);
    }

    private static Fact sentence(IrxDocument doc, String printed, float[] row) {
        return doc.facts().stream().filter(f -> f.page() == 8 && f.source() == FactSource.SENTENCE
                && f.display().text().equals(printed) && f.evidence().contains("SIの受注高は同12.9%増の453.2億円")
                && (row == null || Arrays.equals(row, f.where().rowBbox())))
                .findFirst().orElseThrow(() -> new AssertionError(printed));
    }

    @Test
    void aFigureStandsInAWordOnlyAsAWholeNumber() {
        assertEquals(0, CellBoxes.positions("14.8", "4.8").size());
        assertEquals(0, CellBoxes.positions("4.85", "4.8").size());
        assertEquals(0, CellBoxes.positions("1,466", "466").size());
        assertEquals(1, CellBoxes.positions("△571", "571").size());
        assertEquals(1, CellBoxes.positions("前期比4.8%増", "4.8%").size());
        assertEquals(2, CellBoxes.positions("100.0%/100.0%", "100.0%").size());
        assertEquals(1, CellBoxes.positions("6,466.", "6,466").size(), "a full stop after it");
    }

    private static Word wordAt(SourceDocument doc, int page, float[] box) {
        for (Line l : doc.pages().get(page - 1).lines()) {
            for (Word w : l.words()) {
                if (w.box() != null && Arrays.equals(w.box().toArray(), box)) return w;
            }
        }
        return null;
    }
}
