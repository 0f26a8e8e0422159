package dev.irx.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The steps of an income statement: 売上高 = 売上原価 + 売上総利益 under any standard, and under Japanese
 * GAAP 売上総利益 = 販管費 + 営業利益. Under IFRS and US GAAP other operating income and expenses sit
 * between them, so the second step is not checked there.
 */
final class ProfitStepRule implements Rule {

    @Override
    public String name() { return "profit_step"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact total : facts) {
            if (total.measure() != Measure.VALUE) continue;
            if (total.metric() == Metric.REVENUE) {
                step(index, ctx, total, Metric.COST_OF_SALES, Metric.GROSS_PROFIT, "cost of sales + gross profit", out);
            } else if (total.metric() == Metric.GROSS_PROFIT && ctx.jgaap()) {
                step(index, ctx, total, Metric.SGA, Metric.OPERATING_INCOME, "SG&A + operating income", out);
            }
        }
        return out;
    }

    private void step(FactIndex index, Context ctx, Fact total, Metric a, Metric b, String what, List<Finding> out) {
        Optional<Fact> pa = index.sibling(total, a), pb = index.sibling(total, b);
        if (pa.isPresent() && pb.isPresent()) out.add(Sums.check(name(), ctx, total, List.of(pa.get(), pb.get()), what));
    }
}
