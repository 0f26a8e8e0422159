package dev.irx.internal.validate;

import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parts against their printed total. Each part is known only to its printed precision, so their sum is
 * an interval: n rounded parts may miss the total by up to n/2 units, and no more.
 */
final class Sums {

    private Sums() {}

    static Finding check(String rule, Context ctx, Fact total, List<Fact> parts, String what) {
        return check(rule, ctx, total, parts, what, false);
    }

    /**
     * With {@code partial}, the printed parts may leave out a part that is never negative (a JGAAP
     * 繰延資産 beside current and non-current assets): their sum must then be at most the total.
     */
    static Finding check(String rule, Context ctx, Fact total, List<Fact> parts, String what, boolean partial) {
        Precision.Interval sum = sum(ctx, parts);
        Precision.Interval t = ctx.interval(total);
        boolean ok = partial ? sum.lo().compareTo(t.hi()) <= 0 : sum.overlaps(t);
        StringBuilder sb = new StringBuilder(total.key().toString()).append(": ").append(what).append(' ');
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) sb.append(" + ");
            sb.append(cite(parts.get(i)));
        }
        sb.append(" = ").append(sum).append(partial ? (ok ? " is at most " : " exceeds ") : ok ? " agrees with " : " disagrees with ")
                .append("the printed ")
                .append(cite(total));
        List<Fact> involved = new ArrayList<>();
        involved.add(total);
        involved.addAll(parts);
        return new Finding(rule, ok, involved, sb.toString());
    }

    /** The interval the parts' true values sum to, each within what its printed digits allow. */
    static Precision.Interval sum(Context ctx, List<Fact> parts) {
        Precision.Interval sum = Precision.Interval.zero();
        for (Fact p : parts) sum = sum.plus(ctx.interval(p));
        return sum;
    }

    /** 「'6,466' (revenue[IoTサービス] p.7)」: enough to find the figure in the PDF. */
    static String cite(Fact f) {
        return "'" + f.display().text() + "' (" + f.metric().json() + (f.segment() == null ? "" : "[" + f.segment() + "]")
                + " " + f.period() + " p." + f.page() + ")";
    }

    /**
     * The pages on which a fact was read from a table or a chart, primary or alsoSeen: there its place
     * beside the other figures was read, not inferred from prose.
     */
    static Set<Integer> laidOutPages(Fact f) {
        Set<Integer> pages = new TreeSet<>();
        if (laidOut(f.source())) pages.add(f.page());
        for (Evidence e : f.alsoSeen()) if (laidOut(e.source())) pages.add(e.page());
        return pages;
    }

    private static boolean laidOut(FactSource s) { return s == FactSource.TABLE || s == FactSource.CHART; }
}
