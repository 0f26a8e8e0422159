package dev.irx.validate;

import dev.irx.model.Fact;
import dev.irx.model.LineItemName;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's subtotal is the sum of the lines printed above it under the same heading: 流動資産合計 is
 * 現金及び預金 + 受取手形 + … under 流動資産, 営業外費用合計 the lines under 営業外費用. Only a subtotal named after its
 * heading (the heading's name and 合計) is checked, against the lines above it under that heading in print order
 * (page, then height). A heading of fixed assets printed gross and net is not checked (see grossOrNet). Where a line under the heading is a metric of its own (営業利益 printed inside a heading's reach), the
 * heading's extent is unsure and the subtotal is left unchecked rather than failed.
 */
final class SectionSumRule implements Rule {

    @Override
    public String name() { return "section_sum"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        Map<String, List<Fact>> bySection = new HashMap<>();
        for (Fact f : facts) {
            if (f.line() == null || f.line().section() == null || f.measure() != Measure.VALUE || f.segment() != null
                    || f.where().bbox() == null) continue;
            String key = f.line().statement() + "|" + LineItemName.of(f.line().section()) + "|" + f.period() + "|"
                    + f.basis() + "|" + f.consolidated() + "|" + f.currency() + "|" + f.unit();
            bySection.computeIfAbsent(key, k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        Comparator<Fact> printOrder = Comparator.comparingInt(Fact::page).thenComparingDouble(f -> f.where().bbox()[1]);
        for (List<Fact> group : bySection.values()) {
            group.sort(printOrder);
            String section = LineItemName.of(group.get(0).line().section());
            List<Fact> lines = new ArrayList<>();
            for (Fact f : group) {
                if (LineItemName.of(f.label()).equals(section + "合計")) {
                    List<Fact> parts = List.copyOf(lines);
                    if (parts.size() >= 2 && parts.stream().allMatch(p -> p.metric() == Metric.LINE_ITEM)
                            && parts.stream().noneMatch(SectionSumRule::grossOrNet)) {
                        out.add(Sums.check(name(), ctx, f, parts, "the lines under " + section));
                    }
                    lines.clear(); // a second printing of the statement starts afresh
                } else {
                    lines.add(f);
                }
            }
        }
        return out;
    }

    /**
     * A fixed asset printed gross, less its 減価償却累計額, then (純額): the statement reader keeps only the first
     * 減価償却累計額 under a heading, so which lines make up the net is not known; such a heading is not checked.
     */
    private static boolean grossOrNet(Fact f) {
        String l = LineItemName.of(f.label());
        return l.contains("累計額") || l.endsWith("(純額)");
    }
}
