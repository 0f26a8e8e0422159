package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Rounding;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Scale;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * What a printed figure vouches for. 「6,466」 under 百万円 is any amount that rounds (or truncates)
 * to it: with the rounding mode unknown, [6,465.5, 6,467) 百万円. Comparisons use these intervals,
 * never exact equality.
 */
public final class Precision {

    static final MathContext MC = new MathContext(34, RoundingMode.HALF_EVEN);

    private Precision() {}

    /** One unit of the last printed digit, in base units: 「6,466」百万円 → 1000000; 「4.8」% → 0.1. */
    static BigDecimal resolution(Fact f) {
        Optional<Quantity> printed = QuantityParser.parse(f.display().text());
        int decimals = printed.map(Quantity::printedDecimals).orElse(0);
        return BigDecimal.ONE.scaleByPowerOfTen(scaleExponent(f, printed) - decimals);
    }

    /** The power of ten the printed number was multiplied by: 6 for 「6,466」 under 百万円. */
    static int scaleExponent(Fact f) {
        return scaleExponent(f, QuantityParser.parse(f.display().text()));
    }

    private static int scaleExponent(Fact f, Optional<Quantity> printed) {
        return printed.map(q -> q.scale().exponent()).filter(e -> e > 0)
                .orElse(scaleOf(f.display().scale()).exponent());
    }

    /**
     * Whether a true value (say, a golden figure known to the yen) is one the printed figure allows:
     * 76,821百万円 is what 「768.2億円」 says, to its precision.
     */
    public static boolean admits(Fact printed, BigDecimal trueValue) {
        Interval i = interval(printed);
        return i.lo().compareTo(trueValue) <= 0 && trueValue.compareTo(i.hi()) <= 0;
    }

    /** The interval of true values a printed figure allows when the rounding mode is not known. */
    static Interval interval(Fact f) {
        return interval(f, null);
    }

    /**
     * The interval of true values a printed figure allows. Rounded half: [v − r/2, v + r/2]. Truncated
     * toward zero: [v, v + r] for positives, [v − r, v] for negatives, [−r, r] for zero. Unknown (null):
     * wide enough for both.
     */
    static Interval interval(Fact f, Rounding mode) {
        BigDecimal r = resolution(f);
        BigDecimal half = r.divide(BigDecimal.valueOf(2), MC);
        BigDecimal v = f.value();
        if (mode == Rounding.ROUND_HALF_UP) return new Interval(v.subtract(half), v.add(half));
        if (mode == Rounding.TRUNCATE) {
            return v.signum() > 0 ? new Interval(v, v.add(r))
                    : v.signum() < 0 ? new Interval(v.subtract(r), v) : new Interval(r.negate(), r);
        }
        return v.signum() >= 0 ? new Interval(v.subtract(half), v.add(r))
                : new Interval(v.subtract(r), v.add(half));
    }

    private static Scale scaleOf(String displayScale) {
        if (displayScale == null) return Scale.ONE;
        Scale best = Scale.ONE;
        for (Scale s : Scale.values()) {
            if (!s.kanji().isEmpty() && displayScale.startsWith(s.kanji())
                    && s.kanji().length() > best.kanji().length()) best = s;
        }
        return best;
    }

    /** A closed interval of decimals. */
    record Interval(BigDecimal lo, BigDecimal hi) {

        boolean overlaps(Interval o) { return lo.compareTo(o.hi) <= 0 && o.lo.compareTo(hi) <= 0; }

        Interval minus(Interval o) { return new Interval(lo.subtract(o.hi), hi.subtract(o.lo)); }

        /** this / o, for a strictly positive o. */
        Interval dividedBy(Interval o) {
            BigDecimal[] c = {lo.divide(o.lo, MC), lo.divide(o.hi, MC), hi.divide(o.lo, MC), hi.divide(o.hi, MC)};
            BigDecimal min = c[0], max = c[0];
            for (BigDecimal x : c) {
                min = min.min(x);
                max = max.max(x);
            }
            return new Interval(min, max);
        }

        Interval times(BigDecimal k) {
            BigDecimal a = lo.multiply(k), b = hi.multiply(k);
            return new Interval(a.min(b), a.max(b));
        }

        Interval plus(BigDecimal k) { return new Interval(lo.add(k), hi.add(k)); }

        Interval plus(Interval o) { return new Interval(lo.add(o.lo), hi.add(o.hi)); }

        static Interval zero() { return new Interval(BigDecimal.ZERO, BigDecimal.ZERO); }

        boolean isPositive() { return lo.signum() > 0; }

        @Override
        public String toString() {
            return "[" + lo.round(new MathContext(6)).toPlainString() + ", "
                    + hi.round(new MathContext(6)).toPlainString() + "]";
        }
    }
}
