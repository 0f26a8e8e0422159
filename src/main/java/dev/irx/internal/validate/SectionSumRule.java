package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.LineItemName;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Statement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement's subtotal is the sum of the lines printed under the same heading: 流動資産合計 is 現金及び預金 +
 * 受取手形 + … under 流動資産, 営業外費用合計 the lines under 営業外費用. Lines are taken in print order (page, then
 * height), each printing where it stands, so a figure also printed elsewhere keeps its place in the statement.
 * <ul>
 *   <li>A subtotal named after its heading (the heading's name and 合計) closes the lines above it under that heading.
 *   <li>A line named as the heading itself closes the lines above it when they stand above it (a cash-flow
 *       statement's 「営業活動によるキャッシュ・フロー」 at the foot of its lines), and heads the lines below it when
 *       they stand below it (a data book's 「流動資産」 row with its own figures).
 *   <li>A 「小計」 closes the lines above it under its heading, and stands for them in the heading's total.
 *   <li>A line set in under a line with figures ({@code within}) is a part of that line, not of the heading; the
 *       line is the sum of the lines set in under it.
 * </ul>
 * A heading of fixed assets printed gross, less 減価償却累計額, then net is not checked (see grossOrNet). Where a
 * line under the heading is a metric of its own (営業利益 printed inside a heading's reach), the heading's extent is
 * unsure and the subtotal is left unchecked rather than failed; a cash-flow statement is the exception, whose
 * metric lines (税金等調整前当期純利益, 減価償却費) are lines of its sections like any other.
 */
final class SectionSumRule implements Rule {

    private static final String SUBTOTAL = "小計";

    @Override
    public String name() { return "section_sum"; }

    @Override
    public boolean readsPrintings() { return true; }

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
        PrintedLines printed = new PrintedLines(bySection.values(), printOrder);
        for (Fact total : subtotals) {
            String label = LineItemName.of(total.label());
            boolean subtotal = label.equals(SUBTOTAL);
            // a bare 「合計」 closes its own heading, as 「小計」 does
            boolean bare = label.equals("合計") && total.line().section() != null;
            boolean named = label.endsWith("合計") && label.length() > 2;
            String section = subtotal || bare ? LineItemName.of(total.line().section())
                    : named ? label.substring(0, label.length() - 2) : label;
            List<Fact> group = bySection.get(key(total, section));
            if (group == null || section == null) continue;
            // a line named as its heading closes the lines above it unless its lines stand below it on its page
            boolean closing = named || subtotal || bare || group.stream().noneMatch(f -> f != total
                    && f.page() == total.page() && printOrder.compare(f, total) > 0);
            if (!closing && group.contains(total)) continue;
            // lines of another heading printed among this one's: it nests a heading whose lines are not summed into
            // it here (資産及び負債の増減額 inside 営業活動によるキャッシュ・フロー), so its extent is unsure
            boolean byName = !named && !subtotal;
            if ((byName || subtotal) && nestsAnother(total, group, printed)) continue;
            List<Fact> parts = new ArrayList<>();
            int since = 0; // where the lines after the last 小計 begin in parts
            List<Fact> read = new ArrayList<>(); // every line of the heading taken, set in or not
            java.util.Set<Fact.Key> seen = new java.util.HashSet<>();
            for (Fact f : group) {
                if (f == total) break;
                if (closing && printOrder.compare(f, total) >= 0) break;
                if (!closing && (f.page() != total.page() || printOrder.compare(f, total) <= 0)) continue;
                String l = LineItemName.of(f.label());
                read.add(f);
                if (l.equals(section + "合計") || l.equals("合計")) {
                    parts.clear(); // an earlier printing's
                    read.clear();
                    seen.clear();
                    since = 0;
                } else if (l.equals(SUBTOTAL)) {
                    // the lines above a 小計, back to the 小計 before it, are in it: it stands for them from here on
                    parts.subList(since, parts.size()).clear();
                    seen.clear();
                    if (!subtotal) parts.add(f);
                    since = parts.size();
                } else if (f.line().within() == null && !l.startsWith("うち") && !l.startsWith("内数") && seen.add(f.key())) {
                    // 「うち…」 and a line set in under the line above are inside it; a line read twice in one place is one
                    if ((byName || subtotal) && parts.size() >= 2 && f.value().signum() != 0 && Sums.sum(ctx, parts).overlaps(ctx.interval(f))) {
                        // a line that is the sum of all the lines above it is their subtotal, printed under a name
                        // of its own (営業活動による現金生成額, 税引前利益 after its continuing and discontinued parts)
                        parts.clear();
                    }
                    parts.add(f);
                }
            }
            boolean cashFlows = total.line().statement() == Statement.CASH_FLOWS;
            // a balance sheet's heading printed with figures may have one line under it with figures in a period
            // (繰延資産 over 社債発行費, its 開業費 「-」): the heading is then that line
            boolean oneLine = !closing && total.line().statement() == Statement.BALANCE_SHEET;
            if (parts.size() >= (oneLine ? 1 : 2) && parts.stream().allMatch(p -> cashFlows || p.metric() == Metric.LINE_ITEM)
                    && !grossAndNet(read)) {
                out.add(Sums.check(name(), ctx, total, parts, "the lines under " + section));
            }
        }
        out.addAll(partsOfLines(facts, ctx, printOrder));
        return out;
    }

    /** A line with figures of its own is the sum of the lines set in under it (その他負債 = 未払法人税等 + リース債務 + …). */
    private List<Finding> partsOfLines(List<Fact> facts, Context ctx, Comparator<Fact> printOrder) {
        Map<String, List<Fact>> byParent = new HashMap<>();
        for (Fact f : facts) {
            if (f.line() == null || f.line().within() == null || f.measure() != Measure.VALUE || f.segment() != null
                    || f.where().bbox() == null) continue;
            if (LineItemName.of(f.label()).startsWith("うち")) continue; // 「うち」 names one part, not all of them
            byParent.computeIfAbsent(key(f, LineItemName.of(f.line().section())) + "|" + f.page() + "|"
                    + LineItemName.of(f.line().within()), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        for (Fact total : facts) {
            if (total.line() == null || total.measure() != Measure.VALUE || total.segment() != null) continue;
            List<Fact> parts = byParent.get(key(total, LineItemName.of(total.line().section())) + "|" + total.page() + "|"
                    + LineItemName.of(total.label()));
            if (parts == null || parts.size() < 2 || grossAndNet(parts)) continue;
            // the parts stand right under their line: the first of them comes after it
            if (parts.stream().anyMatch(p -> printOrder.compare(p, total) <= 0)) continue;
            out.add(Sums.check(name(), ctx, total, parts, "the lines set in under " + LineItemName.of(total.label())));
        }
        return out;
    }

    private static String key(Fact f, String section) {
        return f.line().statement() + "|" + section + "|" + f.period() + "|" + f.basis() + "|" + f.consolidated() + "|"
                + f.currency() + "|" + f.unit();
    }

    /** True when a line of another heading of the same statement is printed between the first of these lines and the total. */
    private static boolean nestsAnother(Fact total, List<Fact> group, PrintedLines printed) {
        Fact first = group.get(0);
        // the group is the total's statement and period, in print order: what stands between that is not its own
        return printed.between(total, first, total) > PrintedLines.between(group, first, total, printed.order);
    }

    /** Every heading's lines by statement and period, in print order, to count what stands between two lines. */
    private static final class PrintedLines {
        private final Map<String, List<Fact>> byStatementPeriod = new HashMap<>();
        private final Comparator<Fact> order;

        PrintedLines(java.util.Collection<List<Fact>> sections, Comparator<Fact> order) {
            this.order = order;
            for (List<Fact> g : sections) {
                for (Fact f : g) byStatementPeriod.computeIfAbsent(f.line().statement() + "|" + f.period(),
                        k -> new ArrayList<>()).add(f);
            }
            byStatementPeriod.values().forEach(l -> l.sort(order));
        }

        /** The lines of {@code like}'s statement and period printed after {@code from} and before {@code to}. */
        int between(Fact like, Fact from, Fact to) {
            List<Fact> lines = byStatementPeriod.get(like.line().statement() + "|" + like.period());
            return lines == null ? 0 : between(lines, from, to, order);
        }

        /** In a list sorted by {@code order}: how many stand after {@code from} and before {@code to}. */
        static int between(List<Fact> sorted, Fact from, Fact to, Comparator<Fact> order) {
            int after = firstIndex(sorted, f -> order.compare(f, from) > 0);
            int before = firstIndex(sorted, f -> order.compare(f, to) >= 0);
            return Math.max(0, before - after);
        }

        /** The first index whose element passes a test that, along the list, fails and then passes. */
        private static int firstIndex(List<Fact> sorted, java.util.function.Predicate<Fact> passes) {
            int lo = 0, hi = sorted.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (passes.test(sorted.get(mid))) hi = mid;
                else lo = mid + 1;
            }
            return lo;
        }
    }

    /**
     * Fixed assets printed gross, less their 減価償却累計額 or 控除額, then (純額): the statement reader keeps only the
     * first 減価償却累計額 under a heading, so which lines make up the net is not known, and such a heading is not
     * checked. Lines printed net only (「建物及び構築物(純額)」 with no gross line beside them) sum like any other.
     */
    private static boolean grossAndNet(List<Fact> parts) {
        java.util.Set<String> labels = new java.util.HashSet<>();
        for (Fact f : parts) labels.add(LineItemName.of(f.label()));
        for (String l : labels) {
            // 減価償却累計額, 減損損失累計額, 出資総額控除額; not 退職給付に係る調整累計額, a line like any other
            if (l.contains("償却累計額") || l.contains("減損損失累計額") || l.contains("控除額")) return true;
            if (l.endsWith("(純額)") && labels.contains(l.substring(0, l.length() - "(純額)".length()))) return true;
        }
        return false;
    }
}
