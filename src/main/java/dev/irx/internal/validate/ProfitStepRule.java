package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.LineItemName;
import dev.irx.model.Statement;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * The steps of an income statement: 売上高 = 売上原価 + 売上総利益 under any standard, and under Japanese
 * GAAP 売上総利益 = 販管費 + 営業利益. Under IFRS and US GAAP other operating income and expenses sit
 * between them, so the second step is not checked there. A retailer's 営業収益 is 売上高 and 営業収入 (rents,
 * fees): where its statement prints the 営業収入 line, the top line is 売上原価 + 売上総利益 + 営業収入, and
 * where it prints 営業総利益 (売上総利益 + 営業収入), that is what 販管費 and 営業利益 add up to.
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
        Map<String, Fact> operatingRevenue = incomeStatementLines(facts, "営業収入");
        Map<String, Fact> operatingGross = incomeStatementLines(facts, "営業総利益");
        List<Finding> out = new ArrayList<>();
        for (Fact total : facts) {
            if (total.measure() != Measure.VALUE) continue;
            if (total.metric() == Metric.REVENUE) {
                Optional<Fact> cost = index.sibling(total, Metric.COST_OF_SALES), gross = index.sibling(total, Metric.GROSS_PROFIT);
                if (cost.isEmpty() || gross.isEmpty()) continue;
                Fact other = operatingRevenue.get(key(total));
                if (other != null) {
                    out.add(Sums.check(name(), ctx, total, List.of(cost.get(), gross.get(), other),
                            "cost of sales + gross profit + operating revenues"));
                } else if (operatingGross.get(key(total)) == null) {
                    out.add(Sums.check(name(), ctx, total, List.of(cost.get(), gross.get()), "cost of sales + gross profit"));
                }
            } else if (total.metric() == Metric.GROSS_PROFIT && ctx.jgaap()) {
                Optional<Fact> sga = index.sibling(total, Metric.SGA), op = index.sibling(total, Metric.OPERATING_INCOME);
                if (sga.isEmpty() || op.isEmpty()) continue;
                Fact operating = operatingGross.get(key(total));
                out.add(Sums.check(name(), ctx, operating != null ? operating : total, List.of(sga.get(), op.get()),
                        "SG&A + operating income"));
            }
        }
        return out;
    }

    /** The income statement's lines of this label, by the period, basis and scope they stand for. */
    private static Map<String, Fact> incomeStatementLines(List<Fact> facts, String label) {
        Map<String, Fact> out = new HashMap<>();
        for (Fact f : facts) {
            if (f.metric() == Metric.LINE_ITEM && f.measure() == Measure.VALUE && f.line() != null
                    && f.line().statement() == Statement.INCOME_STATEMENT && f.segment() == null
                    && label.equals(LineItemName.of(f.label()))) out.putIfAbsent(key(f), f);
        }
        return out;
    }

    private static String key(Fact f) {
        return f.period() + "|" + f.basis() + "|" + f.consolidated() + "|" + f.currency();
    }

}
