package dev.irx.internal.extract.table;

import dev.irx.model.Basis;
import dev.irx.model.Period;

/**
 * What one table column holds.
 *
 * @param kind   which figure the cells are
 * @param period the period the cells belong to
 * @param basis  actual, forecast or prior forecast
 * @param header the header words that defined the column, for messages
 */
public record Column(Kind kind, Period period, Basis basis, String header) {

    public enum Kind {
        VALUE, RATIO_TO_REVENUE, COMPOSITION, YOY_AMOUNT, YOY_PCT,
        /** 「増減」 alone: an amount, or points for a percentage metric, or % when the cells say so. */
        YOY_CHANGE,
        ACHIEVEMENT_AMOUNT, ACHIEVEMENT_PCT,
        /** 「前年比 93.1%」 where the row's figures show it is the ratio to the year before, not the change. */
        RATIO_TO_PRIOR,
        /** 「前回予想差」 beside a revised forecast: the forecast minus the earlier one of the same period. */
        REVISION_AMOUNT
    }
}
