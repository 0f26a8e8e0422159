package dev.irx.internal.read;

import java.util.Arrays;

/**
 * Where each glyph of a word stands across the page: for glyph i, the word's text up to {@code end(i)} is the
 * glyphs up to and including it, and it spans {@code x0(i)..x1(i)}. Lets a part of a word (a figure run into
 * prose printed without spaces) be given its own box. Immutable.
 */
public final class GlyphEdges {

    private final int[] ends;
    private final float[] x0;
    private final float[] x1;

    GlyphEdges(int[] ends, float[] x0, float[] x1) {
        this.ends = ends;
        this.x0 = x0;
        this.x1 = x1;
    }

    public int count() { return ends.length; }

    /** The end (exclusive) of glyph i's text in the word's text. */
    public int end(int i) { return ends[i]; }

    public float x0(int i) { return x0[i]; }

    public float x1(int i) { return x1[i]; }

    @Override
    public boolean equals(Object o) {
        return o instanceof GlyphEdges g && Arrays.equals(ends, g.ends) && Arrays.equals(x0, g.x0)
                && Arrays.equals(x1, g.x1);
    }

    @Override
    public int hashCode() { return Arrays.hashCode(ends) * 31 + Arrays.hashCode(x0); }

    @Override
    public String toString() { return count() + " glyphs"; }
}
