package dev.irx.internal.read;

/**
 * A run of glyphs with no wide gap inside: a word, a number, a table cell's text.
 *
 * @param text     the text as extracted, before normalization
 * @param box      its bounding box; null for plain-text input
 * @param fontSize the dominant font size in points; 0 when unknown
 * @param fontName the dominant font's name; null when unknown
 * @param glyphs   where its glyphs stand, as the layout read them; null for a word pieced together later or for
 *                 plain text
 */
public record Word(String text, BoundingBox box, float fontSize, String fontName, GlyphEdges glyphs) {

    /** A word whose glyphs' places are not kept. */
    public Word(String text, BoundingBox box, float fontSize, String fontName) {
        this(text, box, fontSize, fontName, null);
    }

    public static Word plain(String text) { return new Word(text, null, 0f, null); }
}
