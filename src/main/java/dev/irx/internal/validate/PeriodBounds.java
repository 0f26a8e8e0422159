package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.Period;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Periods a document cannot state a figure for: a result (actual) for a period that had not ended when the
 * document was published, and any period far from the document's own years. A 2014 短信 has no FY2025 revenue;
 * that reading is a two-digit year taken in the wrong era (平成25 as 2025), never a figure.
 */
public final class PeriodBounds {

    /** A 短信 speaks of its current year, the one before and the next: six years either way is already none of them. */
    static final int TANSHIN_YEARS = 6;
    /** Decks and reports carry histories and plans; still less than the 12 years between 平成n and 20n. */
    static final int OTHER_YEARS = 10;

    private PeriodBounds() {}

    /** Why a figure of {@code period} and {@code basis} cannot be the document's; empty when it can be. */
    public static Optional<String> violation(Period period, Basis basis, DocumentInfo info) {
        if (period == null || info == null || info.publishedOn() == null) return Optional.empty();
        LocalDate published = info.publishedOn();
        if (basis == Basis.ACTUAL && period.end().isAfter(published)) {
            return Optional.of("an actual figure for " + period + ", which ends after the document's publication on "
                    + published);
        }
        int years = info.kind() == DocumentKind.KESSAN_TANSHIN ? TANSHIN_YEARS : OTHER_YEARS;
        if (period.end().isBefore(published.minusYears(years)) || period.end().isAfter(published.plusYears(years))) {
            return Optional.of(period + " is more than " + years + " years from the document's publication on "
                    + published);
        }
        return Optional.empty();
    }
}
