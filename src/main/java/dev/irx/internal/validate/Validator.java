package dev.irx.internal.validate;

import dev.irx.model.Check;
import dev.irx.model.DocumentInfo;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a document's facts against each other: merges repeated figures, runs every rule, numbers
 * facts and checks, and gives each fact its status. A failed check is always also a warning.
 */
public final class Validator {

    private final List<Rule> rules = List.of(new YoyRule(), new RatioToRevenueRule(), new ForecastAchievementRule(),
            new CompositionRule(), new SegmentSumRule(), new PeriodSumRule(), new BalanceSheetRule(),
            new ProfitStepRule(), new SectionSumRule(), new YoyPartsRule(), new EquityRatioRule(), new SignRule(), new PerShareRule(), new AverageBaseRule(),
            new PeriodBoundsRule());

    /** The validated facts, the checks, and warnings for every failure. */
    public record Result(List<Fact> facts, List<Check> checks, List<String> warnings) {}

    /** Validates facts of a document whose standard and rounding are not known. */
    public Result validate(List<Fact> extracted) {
        return validate(extracted, null);
    }

    /** Validates a document's facts; {@code info} (may be null) tells its standard and rounding note. */
    public Result validate(List<Fact> extracted, DocumentInfo info) {
        return validate(extracted, info, List.of());
    }

    /** As {@link #validate(List, DocumentInfo)}, also checking that each bridge chart read closes. */
    public Result validate(List<Fact> extracted, DocumentInfo info, List<Bridge> bridges) {
        Context ctx = Context.of(info, extracted);
        SameFigureMerger.Result merged = SameFigureMerger.merge(extracted, ctx);
        List<Fact> facts = merged.facts();
        List<Finding> findings = new ArrayList<>(merged.findings());
        List<String> warnings = new ArrayList<>(merged.warnings());
        // The ends of a forecast range (「10,000～11,000」) are not single figures, and 「約440名」 is a round
        // figure: no rule's arithmetic applies to either.
        List<Fact> single = facts.stream().filter(f -> f.range() == null && !f.approximate()).toList();
        FactIndex index = new FactIndex(single); // built once: each rule only reads it
        List<Fact> printings = extracted.stream().filter(f -> f.range() == null && !f.approximate()).toList();
        for (Rule rule : rules) {
            List<Finding> found = rule.readsPrintings()
                    ? rule.check(printings, ctx).stream().map(f -> asMerged(f, merged.merged())).toList()
                    : rule.check(single, ctx, index);
            for (Finding f : found) {
                findings.add(f);
                if (!f.passed()) warnings.add("conflict: " + f.detail());
            }
        }
        for (Finding f : BridgeSumRule.check(bridges, ctx, index)) {
            findings.add(f);
            if (!f.passed()) warnings.add("conflict: " + f.detail());
        }
        return number(facts, findings, warnings);
    }

    /** A finding on facts as printed, told of the facts they were merged into. */
    private static Finding asMerged(Finding f, Map<Fact, Fact> merged) {
        List<Fact> facts = new ArrayList<>();
        for (Fact p : f.facts()) {
            Fact m = merged.getOrDefault(p, p);
            if (facts.stream().noneMatch(x -> x == m)) facts.add(m);
        }
        return new Finding(f.rule(), f.passed(), facts, f.detail());
    }

    /** Gives facts ids f1.. in document order and checks ids c1.., and derives each fact's status. */
    private static Result number(List<Fact> facts, List<Finding> findings, List<String> warnings) {
        Map<Fact, String> ids = new IdentityHashMap<>();
        for (int i = 0; i < facts.size(); i++) ids.put(facts.get(i), "f" + (i + 1));
        Map<String, Set<String>> checksOf = new HashMap<>();
        Map<String, Boolean> failedOf = new HashMap<>();
        List<Check> checks = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding fd = findings.get(i);
            String cid = "c" + (checks.size() + 1);
            List<String> factIds = new ArrayList<>();
            for (Fact f : fd.facts()) {
                String id = ids.get(f);
                if (id == null) continue;
                factIds.add(id);
                checksOf.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(cid);
                if (!fd.passed()) failedOf.put(id, true);
            }
            if (!factIds.isEmpty()) checks.add(new Check(cid, fd.rule(), fd.passed(), factIds, fd.detail()));
        }
        List<Fact> out = new ArrayList<>(facts.size());
        for (Fact f : facts) {
            String id = ids.get(f);
            Set<String> cs = checksOf.getOrDefault(id, Set.of());
            FactStatus status = cs.isEmpty() ? FactStatus.UNCHECKED
                    : failedOf.containsKey(id) ? FactStatus.CONFLICT : FactStatus.RECONCILED;
            out.add(f.withId(id).withVerdict(status, List.copyOf(cs)));
        }
        return new Result(out, checks, warnings);
    }
}
