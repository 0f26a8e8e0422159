package dev.irx.internal.extract.label;

import dev.irx.model.Measure;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * A percentage under 「前年比」「前期比」 is, by the issuer's habit, either the change (「+4.8%」, FISCO) or the ratio to
 * the year before (「103.0%」, decks and data books). The row's own two figures tell which: 8,050 after 8,650 is a
 * ratio of 93.1% and a change of −6.9%. Without them only a signed cell is certain (a ratio is never negative nor
 * printed with a plus); a bare figure is taken as the change only where it is too small to be a ratio.
 */
public final class RatioOrChange {

    /** The smallest ratio to the prior year read without the row's figures; below it a bare figure is a change. */
    private static final BigDecimal RATIO_FLOOR = BigDecimal.valueOf(50);

    private RatioOrChange() {}

    /**
     * @param printed the cell, in %
     * @param current the row's figure for the period the column compares, or null
     * @param prior   the row's figure a year before, or null
     * @return YOY_PCT, RATIO_TO_PRIOR_PCT, or null when the cell cannot be told
     */
    public static Measure of(BigDecimal printed, String text, BigDecimal current, BigDecimal prior) {
        // a ratio is never printed with a plus: a signed cell is the change whatever the (rounded) figures say
        if (signed(text) && printed.signum() > 0) return Measure.YOY_PCT;
        if (current != null && prior != null && prior.signum() > 0) {
            BigDecimal ratio = current.divide(prior, MathContext.DECIMAL64).movePointRight(2);
            BigDecimal change = ratio.subtract(BigDecimal.valueOf(100));
            BigDecimal slack = tolerance(printed);
            boolean isRatio = ratio.subtract(printed).abs().compareTo(slack) <= 0;
            boolean isChange = change.subtract(printed).abs().compareTo(slack) <= 0;
            if (isRatio != isChange) return isRatio ? Measure.RATIO_TO_PRIOR_PCT : Measure.YOY_PCT;
            return null;
        }
        if (signed(text) || printed.signum() < 0) return Measure.YOY_PCT;
        return printed.compareTo(RATIO_FLOOR) < 0 ? Measure.YOY_PCT : null;
    }

    /** Half a unit of the last printed digit, and as much again for the rounding of the figures it was made from. */
    private static BigDecimal tolerance(BigDecimal printed) {
        return BigDecimal.ONE.movePointLeft(Math.max(0, printed.scale())).max(new BigDecimal("0.1"));
    }

    private static boolean signed(String text) {
        String t = text.strip();
        return !t.isEmpty() && "+-△▲−".indexOf(t.charAt(0)) >= 0;
    }
}
