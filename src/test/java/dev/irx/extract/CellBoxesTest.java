package dev.irx.extract;

import dev.irx.IrxExtractor;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.normalize.TextNormalizer;
import dev.irx.read.DocumentReader;
import dev.irx.read.Line;
import dev.irx.read.SourceDocument;
import dev.irx.read.Word;
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
    void aFigureStandsInAWordOnlyAsAWholeNumber() {
        assertEquals(0, CellBoxes.occurrences("14.8", "4.8"));
        assertEquals(0, CellBoxes.occurrences("4.85", "4.8"));
        assertEquals(0, CellBoxes.occurrences("1,466", "466"));
        assertEquals(1, CellBoxes.occurrences("△571", "571"));
        assertEquals(1, CellBoxes.occurrences("前期比4.8%増", "4.8%"));
        assertEquals(2, CellBoxes.occurrences("100.0%/100.0%", "100.0%"));
        assertEquals(1, CellBoxes.occurrences("6,466.", "6,466"), "a full stop after it");
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
