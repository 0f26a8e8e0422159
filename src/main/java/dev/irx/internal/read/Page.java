package dev.irx.internal.read;

import java.util.List;

/**
 * One page, its lines in reading order.
 *
 * @param number 1-based page number
 * @param width  page width in points; 0 for plain text
 * @param height page height in points; 0 for plain text
 * @param fills  the page's filled shapes with their colours (chart bars, legend swatches), in drawing order;
 *               empty for plain text
 * @param glyphs the glyphs the page draws, forms included; 0 for plain text
 * @param unmappedGlyphs of those, the glyphs no font maps to Unicode, whose text is lost; 0 for plain text
 */
public record Page(int number, float width, float height, List<Line> lines, List<FilledBox> fills, int glyphs,
                   int unmappedGlyphs) {

    public Page {
        lines = List.copyOf(lines);
        fills = List.copyOf(fills);
    }

    /** A page whose glyphs were not counted: plain text, or a test's page. */
    public Page(int number, float width, float height, List<Line> lines, List<FilledBox> fills) {
        this(number, width, height, lines, fills, 0, 0);
    }

    /** A page with no filled shapes: plain text, or a test's page. */
    public Page(int number, float width, float height, List<Line> lines) {
        this(number, width, height, lines, List.of());
    }

    /** The page's lines joined by newlines. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) sb.append(l.text()).append('\n');
        return sb.toString();
    }
}
