package dev.irx.internal.extract;

import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;
import java.util.ArrayList;
import java.util.List;

/** Lines of a page laid out in a test: words at given left edges, 9 pt high, each character a given width. */
final class PositionedLines {

    private PositionedLines() {}

    /** A line at height {@code y}: pairs of a word's left edge and its text. */
    static Line line(float y, float charWidth, Object... xText) {
        List<Word> words = new ArrayList<>();
        BoundingBox box = null;
        for (int i = 0; i < xText.length; i += 2) {
            float x = ((Number) xText[i]).floatValue();
            String t = (String) xText[i + 1];
            BoundingBox b = new BoundingBox(x, y, x + charWidth * t.length(), y + 9);
            words.add(new Word(t, b, 9f, null));
            box = box == null ? b : box.union(b);
        }
        return new Line(words, box, 0);
    }
}
