package dev.irx.extract;

import dev.irx.normalize.TextNormalizer;
import dev.irx.read.Line;
import dev.irx.read.Page;
import dev.irx.read.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Every line of a document folded once (NFKC, dashes, stray spaces), for all the rules that read it:
 * folding is the costliest step of extraction, and each rule would otherwise repeat it.
 */
final class FoldedText {

    private final List<List<String>> pages;

    private FoldedText(List<List<String>> pages) { this.pages = pages; }

    static FoldedText of(SourceDocument doc) {
        List<List<String>> pages = new ArrayList<>(doc.pageCount());
        for (Page p : doc.pages()) {
            List<String> lines = new ArrayList<>(p.lines().size());
            for (Line l : p.lines()) lines.add(TextNormalizer.fold(l.text()));
            pages.add(lines);
        }
        return new FoldedText(pages);
    }

    /** The folded lines of a page, index for index with {@link Page#lines()}. */
    List<String> lines(Page page) { return pages.get(page.number() - 1); }
}
