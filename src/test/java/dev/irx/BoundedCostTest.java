package dev.irx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.model.IrxDocument;
import dev.irx.internal.normalize.WorkMeter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline's work grows with the document, not with its square: twice the pages, or twice the lines of a page,
 * must not take much more than twice the text work ({@link WorkMeter}). The work is counted, not timed.
 */
class BoundedCostTest {

    /** Twice the input may cost up to this much more: n·log n and a constant per document stay under it. */
    private static final double MAX_GROWTH = 2.5;

    private final IrxExtractor irx = IrxExtractor.builder().build();

    private long work(Path file) throws Exception {
        long before = WorkMeter.chars();
        IrxDocument doc = irx.extract(file);
        IrxExtractor.toJson(doc, false);
        return WorkMeter.chars() - before;
    }

    @Test
    void twiceThePagesOfADeckIsAboutTwiceTheWork(@TempDir Path dir) throws Exception {
        work(SyntheticDeck.write(dir, 6)); // class loading and dictionaries out of the way
        // large enough that the mix of page kinds barely differs between the two (measured: ×2.08)
        long small = work(SyntheticDeck.write(dir, 24));
        long large = work(SyntheticDeck.write(dir, 48));
        assertTrue(small > 0);
        double growth = (double) large / small;
        assertTrue(growth <= MAX_GROWTH, "24 → 48 pages: work " + small + " → " + large + " (×" + growth + ")");
    }

    @Test
    void twiceTheLinesOfAPageIsAboutTwiceTheWork(@TempDir Path dir) throws Exception {
        long small = work(SyntheticDeck.onePage(dir, 300));
        long large = work(SyntheticDeck.onePage(dir, 600));
        double growth = (double) large / small;
        assertTrue(growth <= MAX_GROWTH, "300 → 600 lines: work " + small + " → " + large + " (×" + growth + ")");
    }
}
