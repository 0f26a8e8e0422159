package dev.irx.internal.extract.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A statement of changes in equity whose column names wrap under a group's heading set close above them: 「資本剰余金」
 * over 「その他 / 資本剰余金」 and 「資本剰余金 / 合計」 (a layout of a real 短信, our own figures aside).
 */
class EquityHeaderTest {

    /** A header line: words centred at the given x, 10 pt per character. */
    private static Line line(float y, Object... xText) {
        List<Word> words = new ArrayList<>();
        BoundingBox box = null;
        for (int i = 0; i < xText.length; i += 2) {
            float c = ((Number) xText[i]).floatValue();
            String t = (String) xText[i + 1];
            BoundingBox b = new BoundingBox(c - 5 * t.length(), y, c + 5 * t.length(), y + 9);
            words.add(new Word(t, b, 9f, null));
            box = box == null ? b : box.union(b);
        }
        return new Line(words, box, 0);
    }

    @Test
    void wrappedColumnNamesUnderAGroupHeadingAreTheComponentsTheyName() {
        // columns' right edges (the figures'): 資本金, 資本準備金, その他資本剰余金, 資本剰余金合計
        float[] edges = {200, 260, 320, 380};
        List<Line> head = List.of(
                line(100, 290, "株主資本"),
                line(110, 320, "資本剰余金"),
                line(120, 175, "資本金", 295, "その他", 355, "資本剰余金"),
                line(130, 235, "資本準備金"),
                line(140, 295, "資本剰余金", 355, "合計"));
        assertEquals(List.of("資本金", "資本準備金", "その他資本剰余金", "資本剰余金合計"), EquityMatrix.labels(head, edges));
    }
}
