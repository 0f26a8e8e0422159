package dev.irx.internal.verify;

import java.util.List;

/**
 * How an extraction compares with its golden.
 *
 * @param expected figures in the golden
 * @param found    golden figures irx produced with the right value, unit and page
 * @param wrong    golden figures irx produced with another value, unit or page
 * @param missing  golden figures irx did not produce
 * @param extra    figures irx produced that the golden does not list
 * @param produced all figures irx produced
 * @param problems one line per wrong, missing and extra figure, for a person to look at
 * @param documentMismatches document fields (kind, company, ...) that differ from the golden
 * @param sightings the pages the golden lists its figures on, one per figure and page (a figure a report prints in
 *                  its summary and again in its table counts twice)
 * @param seen      of those, the ones where irx read the figure too: a figure read on one page only cannot be
 *                  checked against its other printings
 */
public record Score(String document, int expected, int found, int wrong, int missing, int extra, int produced,
                    List<String> problems, List<String> documentMismatches, int sightings, int seen) {

    /** A score that does not count sightings. */
    public Score(String document, int expected, int found, int wrong, int missing, int extra, int produced,
                 List<String> problems, List<String> documentMismatches) {
        this(document, expected, found, wrong, missing, extra, produced, problems, documentMismatches, 0, 0);
    }

    public double recall() { return expected == 0 ? 1.0 : (double) found / expected; }

    /** Found over produced; NaN when irx produced nothing, so that no baseline is recorded from nothing. */
    public double precision() { return produced == 0 ? Double.NaN : (double) found / produced; }

    public boolean failed(boolean strict) {
        return wrong > 0 || missing > 0 || !documentMismatches.isEmpty() || (strict && extra > 0);
    }
}
