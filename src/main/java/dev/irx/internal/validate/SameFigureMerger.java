package dev.irx.internal.validate;

import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same figure seen twice (a table and a sentence, 億円 and 百万円) must agree within the coarser
 * precision. Agreeing readings become one fact, the most precise, listing the others as alsoSeen;
 * disagreeing ones are all kept and the check fails.
 */
final class SameFigureMerger {

    static final String RULE = "same_figure";

    /**
     * @param merged each fact as extracted (identity) → the fact it became: itself, or the merged one
     */
    record Result(List<Fact> facts, List<Finding> findings, List<String> warnings, Map<Fact, Fact> merged) {}

    private SameFigureMerger() {}

    static Result merge(List<Fact> facts, Context ctx) {
        Map<Fact.Key, List<Fact>> groups = new LinkedHashMap<>();
        for (Fact f : facts) groups.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        List<Fact> out = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<Fact, Fact> mergedOf = new java.util.IdentityHashMap<>();
        for (List<Fact> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                mergedOf.put(group.get(0), group.get(0));
                continue;
            }
            List<Fact> sorted = new ArrayList<>(group);
            sorted.sort(Comparator.comparing(Precision::resolution)
                    .thenComparing(f -> f.source() == FactSource.TABLE ? 0 : 1));
            Fact best = sorted.get(0);
            Fact disagreeing = null;
            for (Fact f : sorted) {
                if (!ctx.interval(f).overlaps(ctx.interval(best))) {
                    disagreeing = f;
                    break;
                }
            }
            if (disagreeing == null) {
                List<Evidence> others = new ArrayList<>(best.alsoSeen());
                for (Fact f : sorted) if (f != best) others.add(f.where());
                Fact merged = best.withAlsoSeen(others);
                out.add(merged);
                for (Fact f : group) mergedOf.put(f, merged);
                findings.add(new Finding(RULE, true, List.of(merged), describe(best.key(), sorted, "agree")));
            } else {
                out.addAll(group);
                for (Fact f : group) mergedOf.put(f, f);
                String detail = describe(best.key(), sorted, "disagree");
                findings.add(new Finding(RULE, false, sorted, detail));
                warnings.add("conflict: " + detail);
            }
        }
        return new Result(out, findings, warnings, mergedOf);
    }

    private static String describe(Fact.Key key, List<Fact> facts, String verdict) {
        StringBuilder sb = new StringBuilder(key.toString()).append(": ");
        for (int i = 0; i < facts.size(); i++) {
            Fact f = facts.get(i);
            if (i > 0) sb.append(i == facts.size() - 1 ? " and " : ", ");
            sb.append(plain(f.value())).append(" (").append(f.source().json()).append(" p.").append(f.page())
                    .append(" '").append(f.display().text()).append("'");
            for (Evidence e : f.alsoSeen()) sb.append(", also p.").append(e.page());
            sb.append(')');
        }
        return sb.append(' ').append(verdict).toString();
    }

    static String plain(BigDecimal v) { return v.toPlainString(); }
}
