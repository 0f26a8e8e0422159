package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.DocumentInfo;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Rounding;

import java.util.List;

/**
 * What rules know of the document besides its facts: its accounting standard and how it rounded its
 * amounts. The rounding note (「百万円未満切捨て」) is about the 千円/百万円 amounts of the document's
 * tables; without a note those are taken as rounded half up (in a data book, which follows no filing's
 * convention, as either). Other figures (億円 in decks and reports,
 * per-share amounts, percentages) are rounded either way by different writers, so they get the wider
 * interval that allows both. {@code info} (may be null) is the document's profile: its publication date and kind.
 */
record Context(AccountingStandard standard, Rounding rounding, boolean ordinaryIncomeSeen, DocumentInfo info) {

    static final Context UNKNOWN = new Context(null, null, false, null);

    static Context of(DocumentInfo info, List<Fact> facts) {
        boolean ordinary = facts.stream().anyMatch(f -> f.metric() == Metric.ORDINARY_INCOME);
        return info == null ? new Context(null, null, ordinary, null)
                : new Context(info.accountingStandard(), info.rounding(), ordinary, info);
    }

    /** The true values a printed figure allows, given how the document rounded. */
    Precision.Interval interval(Fact f) {
        return Precision.interval(f, roundingOf(f));
    }

    /** The rounding that applies to a figure, or null when it may be either. */
    Rounding roundingOf(Fact f) {
        boolean amount = (f.unit().equals("JPY") || f.unit().equals("USD"))
                && (f.measure() == Measure.VALUE || f.measure() == Measure.YOY_AMOUNT
                || f.measure() == Measure.ACHIEVEMENT_AMOUNT || f.measure() == Measure.REVISION_AMOUNT);
        if (!amount) return null;
        int exponent = Precision.scaleExponent(f);
        if (exponent != 3 && exponent != 6) return null;
        if (rounding != null) return rounding;
        // a data book follows no filing's convention: without its note, its 百万円 may be cut or rounded
        return info != null && info.kind() == dev.irx.model.DocumentKind.DATA_BOOK ? null : Rounding.ROUND_HALF_UP;
    }

    /**
     * Japanese GAAP, where 営業利益 = 売上総利益 − 販管費 exactly. 経常利益 exists only under it, so a
     * document that prints one and does not name another standard is taken as JGAAP.
     */
    boolean jgaap() {
        return standard == AccountingStandard.JGAAP || (standard == null && ordinaryIncomeSeen);
    }
}
