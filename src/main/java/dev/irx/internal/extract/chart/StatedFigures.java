package dev.irx.internal.extract.chart;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.validate.Precision;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the figures a deck stated before (its tables and KPI lines) say about a chart's figure: a bar whose
 * heading lists 「売上原価・売上総利益」 shows the metric whose stated figures its totals repeat, and a series named
 * by a part the deck placed elsewhere is that part when the deck's figure for it is the chart's.
 */
final class StatedFigures {

    enum Verdict { AGREES, DISAGREES, UNKNOWN }

    /** One figure read from a chart: its period, basis and the amount as printed (scaled by the caption). */
    record Read(Period period, Basis basis, Quantity quantity) {}

    private StatedFigures() {}

    /**
     * Whether the deck's own figures of this key agree with the chart's, within the precision of either; UNKNOWN
     * when the deck stated none.
     */
    static Verdict verdict(List<Fact> facts, Metric metric, String segment, Read read) {
        BigDecimal v = read.quantity().value();
        BigDecimal r = read.quantity().resolution();
        boolean seen = false;
        for (Fact f : facts) {
            if (f.metric() != metric || f.measure() != Measure.VALUE || !f.period().equals(read.period())
                    || f.basis() != read.basis() || f.range() != null || f.currency() != null || f.approximate()
                    || !sameSegment(f.segment(), segment)) continue;
            seen = true;
            boolean agrees = Precision.admits(f, v) || f.value().subtract(v).abs().compareTo(r) <= 0;
            if (!agrees) return Verdict.DISAGREES;
        }
        return seen ? Verdict.AGREES : Verdict.UNKNOWN;
    }

    /** Whether every figure the deck stated of this key agrees with the chart's, and there is at least one. */
    static boolean confirmed(List<Fact> facts, Metric metric, String segment, List<Read> reads) {
        boolean agreed = false;
        for (Read read : reads) {
            Verdict v = verdict(facts, metric, segment, read);
            if (v == Verdict.DISAGREES) return false;
            agreed |= v == Verdict.AGREES;
        }
        return agreed;
    }

    private static boolean sameSegment(String a, String b) {
        return a == null ? b == null : b != null && a.equalsIgnoreCase(b);
    }
}
