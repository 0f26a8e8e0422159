package dev.irx.internal.extract;

import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Every line of a document folded once (NFKC, dashes, stray spaces), for all the rules that read it:
 * folding is the costliest step of extraction, and each rule would otherwise repeat it.
 */
public final class FoldedText {

    // by page number, not position: PDFBox skips a page with no contents, so page 3 may be the second read
    private final Map<Integer, List<String>> pages;

    private FoldedText(Map<Integer, List<String>> pages) { this.pages = pages; }

    static FoldedText of(SourceDocument doc) {
        Map<Integer, List<String>> pages = new HashMap<>();
        for (Page p : doc.pages()) {
            List<String> lines = new ArrayList<>(p.lines().size());
            for (Line l : p.lines()) lines.add(TextNormalizer.fold(l.text()));
            pages.put(p.number(), lines);
        }
        return new FoldedText(pages);
    }

    /** The folded lines of a page, index for index with {@link Page#lines()}. */
    public List<String> lines(Page page) {
        List<String> lines = pages.get(page.number());
        if (lines == null) throw new IllegalArgumentException("page " + page.number() + " is not this document's");
        return lines;
    }

    private static final Pattern SPACE_NEAR_CJK = Pattern.compile("(?<=[^\\x00-\\x7F]) +| +(?=[^\\x00-\\x7F])");

    /** Folded text without the spaces a text layer puts between Japanese and Latin words. */
    public static String compact(String folded) {
        return SPACE_NEAR_CJK.matcher(folded).replaceAll("");
    }
}
