package dev.irx.internal.read;

/**
 * One glyph as drawn on a page, in the page's reading direction (PDFBox "DirAdj" values).
 *
 * @param text     its Unicode text (may be more than one char for ligatures)
 * @param x0       left edge, points
 * @param x1       right edge, points
 * @param baseline baseline y, from the top of the page, points
 * @param size     font size in points (always &gt; 0)
 * @param font     the font's name, or null
 */
record Glyph(String text, float x0, float x1, float baseline, float size, String font) {

    /** Ascent and descent as fractions of the em: glyph boxes are built from the font size, not PDFBox's heights. */
    static final float ASCENT = 0.88f;
    static final float DESCENT = 0.12f;

    float top() { return baseline - ASCENT * size; }

    float bottom() { return baseline + DESCENT * size; }

    /** Blank, including no-break and ideographic spaces. */
    boolean isSpace() {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }
}
