package dev.irx.model;

/**
 * One place a figure was read: a table row, a sentence, a chart label.
 *
 * @param bbox    the box of the figure's own printed text (its cell) where irx found it, else the same as
 *                {@code rowBbox}; null for plain-text input
 * @param rowBbox the box of the evidence the figure was read from: its table row, the lines of its sentence, or,
 *                for a chart label or data-book cell placed by its own word, that word; null for plain-text input
 */
public record Evidence(FactSource source, int page, float[] bbox, String text, Display display, float[] rowBbox) {

    /** Evidence whose only box is its row's: the cell is not known apart from it. */
    public Evidence(FactSource source, int page, float[] bbox, String text, Display display) {
        this(source, page, bbox, text, display, bbox);
    }

    /** The same evidence with the figure's own box; the row's box stays. */
    public Evidence withBbox(float[] cell) {
        return new Evidence(source, page, cell, text, display, rowBbox);
    }
}
