package dev.irx.internal.extract;

import dev.irx.model.Basis;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Range;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Collects the facts and warnings of one extraction run. Not thread-safe: one per document. */
public final class FactSink {

    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> warnings = new LinkedHashSet<>();
    /** The document, whose publication date and years bound the periods it can state; null when unknown. */
    private final dev.irx.model.DocumentInfo info;

    /** Whether the document's words have positions; a text page's grid layout is not the page's (no boxes). */
    private final boolean positions;

    FactSink(dev.irx.model.DocumentInfo info, boolean positions) {
        this.info = info;
        this.positions = positions;
    }

    /** A figure read at one place; the id is provisional, the validator numbers facts at the end. */
    public void add(Metric metric, Measure measure, String label, String segment, Boolean consolidated, Period period,
             Basis basis, Quantity q, Unit unit, FactSource source, int page, BoundingBox box, String evidence) {
        add(metric, measure, label, segment, consolidated, period, basis, q, unit, source, page, box, evidence,
                currencyOf(unit));
    }

    /** The currency a figure in this unit is counted in, when it is not yen: "USD", else null. */
    public static String currencyOf(Unit unit) { return unit == Unit.USD ? "USD" : null; }

    /** As {@link #add}, for a figure counted in a currency its own unit does not show (a % of dollar amounts). */
    public void add(Metric metric, Measure measure, String label, String segment, Boolean consolidated, Period period,
             Basis basis, Quantity q, Unit unit, FactSource source, int page, BoundingBox box, String evidence,
             String currency) {
        add(metric, measure, label, segment, consolidated, period, basis, q, unit, source, page, box, evidence,
                currency, null);
    }

    /** As {@link #add}, for one end of a printed range (「10,000～11,000」). */
    public void add(Metric metric, Measure measure, String label, String segment, Boolean consolidated, Period period,
             Basis basis, Quantity q, Unit unit, FactSource source, int page, BoundingBox box, String evidence,
             String currency, Range range) {
        add(metric, measure, label, segment, consolidated, period, basis, q, unit, source, page, box, evidence,
                currency, range, null);
    }

    /** As {@link #add}, for a figure read from a line of a financial statement. */
    public void add(Metric metric, Measure measure, String label, String segment, Boolean consolidated, Period period,
             Basis basis, Quantity q, Unit unit, FactSource source, int page, BoundingBox box, String evidence,
             String currency, Range range, dev.irx.model.StatementLine line) {
        java.util.Optional<String> impossible = dev.irx.internal.validate.PeriodBounds.violation(period, basis, info);
        if (impossible.isPresent()) {
            // A period the document cannot speak of is a misread date (平成25 read as 2025): a warning, never a fact.
            warn("p." + page + ": '" + label + "' " + q.text() + " not read: " + impossible.get());
            return;
        }
        BigDecimal value = q.value();
        Evidence where = new Evidence(source, page, box == null || !positions ? null : box.toArray(), evidence,
                new Display(q.text(), displayScale(q.scale(), unit)));
        facts.add(new Fact("f" + (facts.size() + 1), metric, measure, label, segment, consolidated, period, basis,
                value, unit.json(), where, List.of(), null, List.of(), currency, range, line));
    }

    public void warn(String message) { warnings.add(message); }

    /** What the sink held at one moment, to go back to after a pass that only learns. */
    record Mark(int facts, Set<String> warnings) {}

    Mark mark() { return new Mark(facts.size(), new LinkedHashSet<>(warnings)); }

    /** Drops every fact and warning added since the mark. */
    void rollback(Mark mark) {
        facts.subList(mark.facts(), facts.size()).clear();
        warnings.retainAll(mark.warnings());
    }

    /**
     * One spelling per segment: a document may print 「Linux/oss サービス」 in one table and
     * 「Linux/OSS サービス」 in the others. The spelling used most often wins (the first on a tie).
     */
    void unifySegmentSpelling() {
        Map<String, Map<String, Integer>> spellings = new HashMap<>();
        for (Fact f : facts) {
            if (f.segment() == null) continue;
            for (String part : f.segment().split("/", -1)) {
                spellings.computeIfAbsent(part.toLowerCase(Locale.ROOT), k -> new LinkedHashMap<>())
                        .merge(part, 1, Integer::sum);
            }
        }
        Map<String, String> canonical = new HashMap<>();
        spellings.forEach((key, counts) -> canonical.put(key, counts.entrySet().stream()
                .max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        facts.replaceAll(f -> f.segment() == null ? f : f.withSegment(respell(f.segment(), canonical)));
    }

    private static String respell(String segment, Map<String, String> canonical) {
        StringBuilder sb = new StringBuilder();
        for (String part : segment.split("/", -1)) {
            if (sb.length() > 0) sb.append('/');
            sb.append(canonical.getOrDefault(part.toLowerCase(Locale.ROOT), part));
        }
        return sb.toString();
    }

    public List<Fact> facts() { return facts; }

    private final List<dev.irx.internal.validate.Bridge> bridges = new ArrayList<>();

    /** A bridge chart read, for the validator to add up. */
    public void addBridge(dev.irx.internal.validate.Bridge b) { bridges.add(b); }

    List<dev.irx.internal.validate.Bridge> bridges() { return List.copyOf(bridges); }

    List<String> warnings() { return new ArrayList<>(warnings); }

    /** How the unit was printed, for display.scale: 「百万円」, 「%」, 「円」, 「名」. */
    public static String displayScale(Scale scale, Unit unit) {
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
