package dev.irx.extract;

import dev.irx.model.Basis;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.normalize.Quantity;
import dev.irx.normalize.Scale;
import dev.irx.normalize.Unit;
import dev.irx.read.BoundingBox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the facts and warnings of one extraction run. Not thread-safe: one per document. */
final class FactSink {

    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();

    /** A figure read at one place; the id is provisional, the validator numbers facts at the end. */
    void add(Metric metric, Measure measure, String label, String segment, Boolean consolidated, Period period,
             Basis basis, Quantity q, Unit unit, FactSource source, int page, BoundingBox box, String evidence) {
        BigDecimal value = q.value();
        Evidence where = new Evidence(source, page, box == null ? null : box.toArray(), evidence,
                new Display(q.text(), displayScale(q.scale(), unit)));
        facts.add(new Fact("f" + (facts.size() + 1), metric, measure, label, segment, consolidated, period, basis,
                value, unit.json(), where, List.of(), null, List.of()));
    }

    void warn(String message) { warnings.add(message); }

    List<Fact> facts() { return facts; }

    List<String> warnings() { return new ArrayList<>(warnings); }

    /** How the unit was printed, for display.scale: 「百万円」, 「%」, 「円」, 「名」. */
    static String displayScale(Scale scale, Unit unit) {
        String suffix = switch (unit) {
            case JPY, JPY_PER_SHARE -> "円";
            case USD -> "米ドル";
            case PERCENT -> "%";
            case POINT -> "pt";
            case TIMES -> "倍";
            case PERSONS -> "名";
            case CASES -> "件";
            case COMPANIES -> "社";
            case LINES -> "回線";
            case GBPS -> "Gbps";
            case SHARES -> "株";
            case NONE -> "";
        };
        String s = scale.kanji() + suffix;
        return s.isEmpty() ? null : s;
    }
}
