package dev.irx.internal.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bank's balance sheet: lines set in under a line with figures are its parts; totals never are. */
class NestingTest {

    private static Line at(float x, String label) {
        BoundingBox b = new BoundingBox(x, 100, x + 9 * label.length(), 110);
        return new Line(List.of(new Word(label, b, 10f, null), new Word("5,764",
                new BoundingBox(300, 100, 330, 110), 10f, null)), b.union(new BoundingBox(300, 100, 330, 110)), 0);
    }

    @Test
    void aLineSetInIsAPartOfTheLineAboveItAndTheNextLineOutEndsIt() {
        List<Nesting.Parent> parents = new ArrayList<>();
        assertNull(Nesting.within(parents, at(40, "外国為替"), "外国為替"));
        assertNull(Nesting.within(parents, at(40, "その他負債"), "その他負債"));
        assertEquals("その他負債", Nesting.within(parents, at(58, "未払法人税等"), "未払法人税等"));
        // a producer's jitter of a point is no indent
        assertEquals("その他負債", Nesting.within(parents, at(59, "リース債務"), "リース債務"));
        assertEquals("リース債務", Nesting.within(parents, at(76, "うちリース債務(短期)"), "うちリース債務(短期)"));
        assertEquals("その他負債", Nesting.within(parents, at(58, "その他の負債"), "その他の負債"));
        assertNull(Nesting.within(parents, at(40, "賞与引当金"), "賞与引当金"));
    }

    @Test
    void aTotalSetInForEmphasisIsNoPartAndClosesTheLinesAboveIt() {
        List<Nesting.Parent> parents = new ArrayList<>();
        Nesting.within(parents, at(40, "現金及び預金"), "現金及び預金");
        assertNull(Nesting.within(parents, at(70, "流動資産合計"), "流動資産合計"));
        assertNull(Nesting.within(parents, at(58, "建物"), "建物"));
    }
}
