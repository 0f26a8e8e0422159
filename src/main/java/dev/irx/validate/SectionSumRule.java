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
 * A statement's subtotal is the sum of the lines printed under the same heading: 流動資産合計 is 現金及び預金 +
 * 受取手形 + … under 流動資産, 営業外費用合計 the lines under 営業外費用. A subtotal named after its heading (the
 * heading's name and 合計) is checked against the lines above it under that heading, in print order (page, then
 * height); a heading printed with figures of its own (a data book's 「流動資産」 row) against the lines below it. A heading of fixed assets printed gross and net is not checked (see grossOrNet). Where a line under the heading is a metric of its own (営業利益 printed inside a heading's reach), the
 * heading's extent is unsure and the subtotal is left unchecked rather than failed.
 */
final class SectionSumRule implements Rule {

    @Override
    public String name() { return "section_sum"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        Map<String, List<Fact>> bySection = new HashMap<>();
        List<Fact> subtotals = new ArrayList<>();
        for (Fact f : facts) {
            if (f.line() == null || f.measure() != Measure.VALUE || f.segment() != null || f.where().rowBbox() == null)
                continue;
            subtotals.add(f);
            if (f.line().section() != null) bySection.computeIfAbsent(key(f, LineItemName.of(f.line().section())),
                    k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        // by the row's top: the cells of one row may stand a little higher or lower than each other
        Comparator<Fact> printOrder = Comparator.comparingInt(Fact::page).thenComparingDouble(f -> f.where().rowBbox()[1]);
        bySection.values().forEach(g -> g.sort(printOrder));
        for (Fact total : subtotals) {
            String label = LineItemName.of(total.label());
            boolean closing = label.endsWith("合計") && label.length() > 2;
            // 「流動資産合計」 closes the lines above it; a heading printed with its figures (「流動資産」, as data books
            // print it) heads the lines below it
            String section = closing ? label.substring(0, label.length() - 2) : label;
            List<Fact> group = bySection.get(key(total, section));
            if (group == null || group.contains(total) && !closing) continue;
            List<Fact> parts = new ArrayList<>();
            for (Fact f : group) {
                if (f == total) break;
                if (closing && printOrder.compare(f, total) >= 0) break;
                if (!closing && (f.page() != total.page() || printOrder.compare(f, total) <= 0)) continue;
                String l = LineItemName.of(f.label());
                if (l.equals(section + "合計")) parts.clear(); // an earlier printing's
                else if (!l.startsWith("うち") && !l.startsWith("内数")) parts.add(f); // 「うち…」 is inside the line above
            }
            if (parts.size() >= 2 && parts.stream().allMatch(p -> p.metric() == Metric.LINE_ITEM)
                    && parts.stream().noneMatch(SectionSumRule::grossOrNet)) {
                out.add(Sums.check(name(), ctx, total, parts, "the lines under " + section));
            }
        }
        return out;
    }

    private static String key(Fact f, String section) {
        return f.line().statement() + "|" + section + "|" + f.period() + "|" + f.basis() + "|" + f.consolidated() + "|"
                + f.currency() + "|" + f.unit();
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
