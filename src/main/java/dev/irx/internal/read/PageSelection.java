package dev.irx.internal.read;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The pages to read, as a user writes them: {@code 1-3,7}. Pages outside it are not parsed at all; the pages read
 * keep their own numbers, so a fact on page 7 says page 7.
 */
public final class PageSelection {

    /** Every page (no selection). */
    public static final PageSelection ALL = new PageSelection(null, "");

    /** Page numbers are ints; a range is held as its ends, so {@code 1-2000000000} costs nothing. */
    private final List<int[]> ranges;
    private final String text;

    private PageSelection(List<int[]> ranges, String text) {
        this.ranges = ranges;
        this.text = text;
    }

    /**
     * Parses {@code 1-3,7}: page numbers from 1 and ranges {@code a-b} with a ≤ b, separated by commas; spaces are
     * ignored. An open range {@code 5-} runs to the last page.
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static PageSelection parse(String spec) {
        if (spec == null || spec.isBlank()) throw new IllegalArgumentException("--pages: empty page list");
        List<int[]> ranges = new ArrayList<>();
        for (String part : spec.replace(" ", "").split(",", -1)) {
            int dash = part.indexOf('-');
            try {
                int a, b;
                if (dash < 0) {
                    a = b = Integer.parseInt(part);
                } else {
                    a = Integer.parseInt(part.substring(0, dash));
                    b = dash == part.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(part.substring(dash + 1));
                }
                if (a < 1 || b < a) throw new NumberFormatException();
                ranges.add(new int[] {a, b});
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--pages: not a page or a range of pages: '" + part
                        + "' (pages count from 1; write them as 1-3,7)");
            }
        }
        return new PageSelection(List.copyOf(ranges), spec.replace(" ", ""));
    }

    public boolean isAll() { return ranges == null; }

    public boolean includes(int page) {
        if (ranges == null) return true;
        for (int[] r : ranges) {
            if (page >= r[0] && page <= r[1]) return true;
        }
        return false;
    }

    /** Whether it names a page past the last of a document of this many pages (an open range's start counts). */
    public boolean asksBeyond(int pageCount) {
        if (ranges == null) return false;
        for (int[] r : ranges) {
            if (r[0] > pageCount || (r[1] != Integer.MAX_VALUE && r[1] > pageCount)) return true;
        }
        return false;
    }

    /** The selected pages that a document of this many pages has, in order. */
    public List<Integer> within(int pageCount) {
        TreeSet<Integer> out = new TreeSet<>();
        for (int p = 1; p <= pageCount; p++) {
            if (includes(p)) out.add(p);
        }
        return List.copyOf(out);
    }

    @Override
    public String toString() { return ranges == null ? "all" : text; }
}
