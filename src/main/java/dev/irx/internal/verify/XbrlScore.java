package dev.irx.internal.verify;

import java.util.List;
import java.util.Map;

/**
 * How one filing's extraction compares with the filer's own inline XBRL, part by part (summary, balance_sheet, …)
 * and concept by concept.
 *
 * @param document the PDF's file name
 * @param form     the TDnet form code of the summary (acedjpsm: 通期・連結・日本基準; qnedifsm: 四半期・非連結・IFRS …)
 * @param parts    part name → its tally, in print order
 * @param concepts XBRL concept → its tally
 * @param problems one line per wrong, missing and extra figure, for a person to look at
 */
public record XbrlScore(String document, String form, Map<String, Tally> parts, Map<String, Tally> concepts,
                        Prose prose, List<String> problems) {

    /**
     * The figures irx read in the untagged qualitative part (経営成績等の概況), which the XBRL cannot score.
     *
     * @param read        figures read on its pages
     * @param restated    of those, the ones irx also read elsewhere (summary, statements), where they agreed
     * @param conflicting the ones that disagree with another reading of the same key
     */
    public record Prose(int read, int restated, int conflicting) {
        public static final Prose NONE = new Prose(0, 0, 0);

        public Prose plus(Prose o) {
            return new Prose(read + o.read, restated + o.restated, conflicting + o.conflicting);
        }
    }

    /**
     * Counts of one part or concept.
     *
     * @param expected tagged figures irx has a name for
     * @param found    of those, the ones irx produced with the tagged value on the part's pages
     * @param wrong    the ones irx produced on the part's pages with another value
     * @param extra    figures irx produced on the part's pages that the part does not tag (a wrong period or name
     *                 shows as a missing figure and an extra one)
     * @param unscored tagged figures irx has no name for (a segment member, a period the form does not state)
     */
    public record Tally(int expected, int found, int wrong, int extra, int unscored) {
        public static final Tally ZERO = new Tally(0, 0, 0, 0, 0);

        public Tally plus(Tally o) {
            return new Tally(expected + o.expected, found + o.found, wrong + o.wrong, extra + o.extra,
                    unscored + o.unscored);
        }

        public int missing() { return expected - found - wrong; }

        public double recall() { return expected == 0 ? 1.0 : (double) found / expected; }
    }

    public Tally total() {
        return parts.values().stream().reduce(Tally.ZERO, Tally::plus);
    }
}
