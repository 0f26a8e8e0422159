package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The parts of a breakdown add up to what they break down: segments to the company total, a segment's
 * sub-rows to the segment, a 「取引形態別」 breakdown to the company total. Works on amounts, 増減額 and
 * shares (構成比, a segment's 売上比).
 *
 * <p>Only complete sets are summed. A set is complete when the whole and every part were read from one
 * page's tables or charts (a stacked bar and its total), and every part that the document names anywhere
 * under that whole is there. A table that lists fewer parts (a chart with two of three segments) is
 * skipped rather than reported.
 */
final class SegmentSumRule implements Rule {

    /** Rows that overlap others (「(参考)」, 「うち…」, 「(除くモバイル)」) or are subtotals: not parts of a sum. */
    private static final Pattern NOT_A_PART = Pattern.compile("参考|除く|うち|内数|再掲|小計|合計|^計$");

    private static final Set<Measure> ADDITIVE = Set.of(Measure.VALUE, Measure.YOY_AMOUNT,
            Measure.ACHIEVEMENT_AMOUNT, Measure.COMPOSITION_PCT, Measure.RATIO_TO_REVENUE_PCT);

    /** Where a segment sits: under which whole, in which breakdown ("" for the plain segment tree). */
    record Place(String parent, String breakdown, String name) {}

    /** One set of parts that must add up. */
    private record Slot(Metric metric, Measure measure, Boolean consolidated, Period period, Basis basis,
                        String currency, String parent, String breakdown) {}

    /**
     * All parts the document names under one whole, across periods and the metrics businesses are reported
     * by: a table of segment profit that leaves out a segment whose revenue is printed elsewhere is partial.
     * Other metrics split by something else (CAPEX into 現金支払 and ファイナンス・リース) form their own family.
     */
    private record Family(String parent, String breakdown, Metric group) {}

    /** Metrics a business segment reports, which share one family of parts. */
    private static final Set<Metric> SEGMENT_METRICS = EnumSet.of(Metric.REVENUE, Metric.COST_OF_SALES,
            Metric.GROSS_PROFIT, Metric.SGA, Metric.OPERATING_INCOME, Metric.ORDINARY_INCOME,
            Metric.PROFIT_BEFORE_TAX, Metric.NET_INCOME, Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Metric.EBITDA,
            Metric.ORDERS_RECEIVED, Metric.ORDER_BACKLOG, Metric.EMPLOYEES);

    private static Family family(String parent, String breakdown, Metric metric) {
        return new Family(parent, breakdown, SEGMENT_METRICS.contains(metric) ? Metric.REVENUE : metric);
    }

    @Override
    public String name() { return "segment_sum"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        Set<String> known = new HashSet<>();
        for (Fact f : facts) if (f.segment() != null) known.add(f.segment());
        Map<Slot, List<Fact>> slots = new LinkedHashMap<>();
        Map<Family, Set<String>> families = new HashMap<>();
        Set<Slot> ambiguous = new HashSet<>();
        for (Fact f : facts) {
            if (f.segment() == null || !ADDITIVE.contains(f.measure())) continue;
            if (f.measure() == Measure.RATIO_TO_REVENUE_PCT && f.metric() != Metric.REVENUE) continue;
            Place place = place(f.segment(), known);
            Slot slot = new Slot(f.metric(), f.measure(), f.consolidated(), f.period(), f.basis(), f.currency(),
                    place.parent(), place.breakdown());
            if (NOT_A_PART.matcher(place.name()).find() || NOT_A_PART.matcher(f.label()).find()) {
                // An overlapping row beside the parts: the set it sits in cannot be trusted to add up.
                ambiguous.add(slot);
                continue;
            }
            if (place.parent() == null && place.breakdown().isEmpty() && f.segment().contains("/")
                    && !squeeze(f.label()).equals(squeeze(f.segment()))) {
                // 「A/x」 whose whole A was never read: it is not a top-level segment, nor safely a sub-row.
                ambiguous.add(slot);
            }
            slots.computeIfAbsent(slot, k -> new ArrayList<>()).add(f);
            families.computeIfAbsent(family(place.parent(), place.breakdown(), f.metric()),
                    k -> new TreeSet<>()).add(place.name());
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<Slot, List<Fact>> e : slots.entrySet()) {
            Slot s = e.getKey();
            List<Fact> parts = e.getValue();
            if (parts.size() < 2 || ambiguous.contains(s)) continue;
            Set<String> names = new TreeSet<>();
            for (Fact p : parts) names.add(place(p.segment(), known).name());
            if (names.size() != parts.size()) continue;
            if (!names.equals(families.get(family(s.parent(), s.breakdown(), s.metric())))) continue;
            Optional<Fact> whole = index.find(s.metric(), s.measure(), s.parent(), s.consolidated(), s.period(),
                    s.basis(), s.currency());
            if (whole.isEmpty() || !oneTable(whole.get(), parts)) continue;
            String what = s.breakdown().isEmpty()
                    ? (s.parent() == null ? "the segments" : "the sub-rows of " + s.parent())
                    : "the " + s.breakdown() + " breakdown";
            out.add(Sums.check(name(), ctx, whole.get(), parts, what));
        }
        return out;
    }

    /** Whether the whole and all parts were read from one page's tables or charts. */
    private static boolean oneTable(Fact whole, List<Fact> parts) {
        Set<Integer> pages = new TreeSet<>(Sums.laidOutPages(whole));
        for (Fact p : parts) pages.retainAll(Sums.laidOutPages(p));
        return !pages.isEmpty();
    }

    /**
     * 「Linux/OSSサービス/ライセンス」 → under 「Linux/OSSサービス」 when that segment exists; 「取引形態別/ライセンス」
     * → the 取引形態別 breakdown of the company total. A segment name may itself contain "/", so a prefix
     * is a whole only when the document has a segment of that name or it names a breakdown (…別).
     */
    static Place place(String segment, Set<String> known) {
        int cut = segment.length();
        while ((cut = segment.lastIndexOf('/', cut - 1)) > 0) {
            String prefix = segment.substring(0, cut);
            String name = segment.substring(cut + 1);
            int slash = prefix.lastIndexOf('/');
            String last = prefix.substring(slash + 1);
            if (last.endsWith("別")) return new Place(slash < 0 ? null : prefix.substring(0, slash), last, name);
            if (known.contains(prefix)) return new Place(prefix, "", name);
        }
        return new Place(null, "", segment);
    }

    private static String squeeze(String s) { return s.replaceAll("\\s+", ""); }
}
