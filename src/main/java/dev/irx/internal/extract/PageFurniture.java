package dev.irx.internal.extract;

import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Running headers and footers: lines that recur on most pages (report title, company, date, page
 * number). A table that runs onto the next page is read past them.
 */
final class PageFurniture {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final int MIN_PAGES = 3;

    private final Set<String> keys;

    private PageFurniture(Set<String> keys) { this.keys = keys; }

    static PageFurniture of(SourceDocument doc, FoldedText folded) {
        int pages = doc.pageCount();
        if (pages < MIN_PAGES) return new PageFurniture(Set.of());
        Map<String, Integer> counts = new HashMap<>();
        for (Page p : doc.pages()) {
            Set<String> seen = new HashSet<>();
            for (String line : folded.lines(p)) {
                String k = key(line);
                if (!k.isBlank() && seen.add(k)) counts.merge(k, 1, Integer::sum);
            }
        }
        Set<String> keys = new HashSet<>();
        int threshold = Math.max(MIN_PAGES, (pages + 1) / 2);
        counts.forEach((k, n) -> {
            if (n >= threshold) keys.add(k);
        });
        return new PageFurniture(keys);
    }

    /** Whether a folded line is a running header or footer. */
    boolean contains(String folded) { return keys.contains(key(folded)); }

    /** Page numbers and dates differ from page to page; the rest of the line does not. */
    private static String key(String folded) { return DIGITS.matcher(folded).replaceAll("#"); }
}
