package dev.irx.internal.read;

import java.util.List;

/**
 * Words that share a baseline and belong together: one line of prose, one table row, or the part
 * of a row that lies in one of two side-by-side tables.
 *
 * @param words  the words, left to right
 * @param box    the union of the words' boxes; null for plain-text input
 * @param column 0 for a line outside side-by-side blocks, or in the leftmost block; 1, 2, ... for lines in the
 *               blocks to its right. Within a run of rows split at a gutter, a row that has words on the right
 *               side only (the right table is longer) is in column 1 although it is alone on its baseline.
 */
public record Line(List<Word> words, BoundingBox box, int column) {

    public Line {
        words = List.copyOf(words);
    }

    /** The words joined by single spaces. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Word w : words) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        return sb.toString();
    }

    public boolean isBlank() { return words.isEmpty() || text().isBlank(); }

    /** A line of plain text: the words are the whitespace-separated pieces, with no positions. */
    public static Line plain(String text) {
        return new Line(java.util.Arrays.stream(text.trim().split("[ \\t\\u3000]+"))
                .filter(s -> !s.isEmpty()).map(Word::plain).toList(), null, 0);
    }
}
