package dev.irx.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A balance sheet adds up at each date: current + non-current = total, for assets and for liabilities,
 * and assets = liabilities + net assets. Under JGAAP, 繰延資産 (say, share issuance costs after an IPO)
 * may be left out of a summary table, so there current + non-current assets need only be at most the
 * total. Under IFRS 「資本合計」 is read as net assets and includes
 * non-controlling interests; equity attributable to owners alone does not, so it is never summed here.
 */
final class BalanceSheetRule implements Rule {

    /** {@code deferred}: under JGAAP a third asset class, 繰延資産, may stand unprinted beside the two. */
    private record Identity(Metric total, List<Metric> parts, String what, boolean deferred) {}

    private static final List<Identity> IDENTITIES = List.of(
            new Identity(Metric.TOTAL_ASSETS, List.of(Metric.CURRENT_ASSETS, Metric.NONCURRENT_ASSETS),
                    "current + non-current assets", true),
            new Identity(Metric.TOTAL_LIABILITIES, List.of(Metric.CURRENT_LIABILITIES, Metric.NONCURRENT_LIABILITIES),
                    "current + non-current liabilities", false),
            new Identity(Metric.TOTAL_ASSETS, List.of(Metric.TOTAL_LIABILITIES, Metric.NET_ASSETS),
                    "liabilities + net assets", false));

    @Override
    public String name() { return "balance_sheet"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        FactIndex index = new FactIndex(facts);
        List<Finding> out = new ArrayList<>();
        for (Fact total : facts) {
            if (total.measure() != Measure.VALUE || !total.period().isInstant()) continue;
            for (Identity id : IDENTITIES) {
                if (id.total() != total.metric()) continue;
                List<Fact> parts = new ArrayList<>();
                for (Metric m : id.parts()) {
                    Optional<Fact> p = index.sibling(total, m);
                    if (p.isEmpty()) break;
                    parts.add(p.get());
                }
                if (parts.size() == id.parts().size() && total.basis() == Basis.ACTUAL) {
                    boolean partial = id.deferred() && ctx.jgaap();
                    out.add(Sums.check(name(), ctx, total, parts,
                            partial ? id.what() + " (繰延資産 aside)" : id.what(), partial));
                }
            }
        }
        return out;
    }
}
