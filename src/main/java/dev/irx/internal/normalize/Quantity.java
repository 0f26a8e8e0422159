package dev.irx.internal.normalize;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One number as printed, read exactly.
 *
 * @param number    the signed number as printed, without scale ("△2,514" → -2514; "12.0%" → 12.0, scale kept)
 * @param scale     the multiplier printed with it or given by a caption (百万 in 「6,466百万円」)
 * @param unit      the unit printed with it or given by context; NONE when unknown
 * @param text      the original text the number was read from
 * @param qualifier 約, 超, 未満 ... (EXACT when none)
 */
public record Quantity(BigDecimal number, Scale scale, Unit unit, String text, Qualifier qualifier) {

    public enum Qualifier { EXACT, APPROXIMATE, MORE_THAN, AT_LEAST, LESS_THAN, AT_MOST }

    public Quantity {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(qualifier, "qualifier");
    }

    /** The exact value in base units: 6,466 百万円 → 6466000000. Trailing zeros from the scale are dropped. */
    public BigDecimal value() {
        BigDecimal v = scale.apply(number);
        return v.scale() < 0 ? v.setScale(0) : v;
    }

    /** Number of decimals printed ("12.0" → 1, "6,466" → 0): the precision the document vouches for. */
    public int printedDecimals() { return Math.max(0, number.scale()); }

    /** One unit of the last printed digit, in base units: 「6,466」 百万円 → 1000000; 「4.8」% → 0.1. */
    public BigDecimal resolution() { return BigDecimal.ONE.scaleByPowerOfTen(scale.exponent() - printedDecimals()); }

    public Quantity withScale(Scale s) { return new Quantity(number, s, unit, text, qualifier); }

    public Quantity withUnit(Unit u) { return new Quantity(number, scale, u, text, qualifier); }

    public Quantity negate() { return new Quantity(number.negate(), scale, unit, text, qualifier); }
}
