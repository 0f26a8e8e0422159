package dev.irx.internal.output;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The direction most of a page's glyphs run in (0, 90, 180 or 270), which is the frame irx's boxes on that page are
 * measured in (see {@link PageFrame}).
 */
final class TextDirections extends PDFTextStripper {

    private final Set<Integer> pages;
    private final Map<Integer, int[]> counts = new HashMap<>();

    private TextDirections(Set<Integer> pages) {
        this.pages = pages;
    }

    /** Page number to direction, for the pages given; a page without text counts as 0. */
    static Map<Integer, Integer> of(PDDocument doc, Set<Integer> pages) throws IOException {
        TextDirections t = new TextDirections(pages);
        t.setSortByPosition(false);
        t.writeText(doc, Writer.nullWriter());
        Map<Integer, Integer> dirs = new HashMap<>();
        for (int p : pages) {
            int[] c = t.counts.getOrDefault(p, new int[4]);
            int best = 0;
            for (int k = 1; k < 4; k++) if (c[k] > c[best]) best = k;
            dirs.put(p, best * 90);
        }
        return dirs;
    }

    @Override
    public void processPage(PDPage page) throws IOException {
        if (pages.contains(getCurrentPageNo())) super.processPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        int d = Math.round(t.getDir()) / 90;
        if (d >= 0 && d < 4) counts.computeIfAbsent(getCurrentPageNo(), k -> new int[4])[d]++;
    }

    @Override
    protected void writePage() {
        // directions only
    }
}
