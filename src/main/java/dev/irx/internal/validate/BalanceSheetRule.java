package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A balance sheet adds up at each date: current + non-current = total, for assets and for liabilities,
 * and assets = liabilities + net assets. Under IFRS and US GAAP equity is exactly the owners' part plus
 * non-controlling interests, so assets = liabilities + owners' equity + non-controlling interests too.
 * Some parts may stand unprinted, and where they can only add, the printed parts need only be at most
 * the total: under JGAAP 繰延資産 (say, share issuance costs after an IPO) beside current and non-current
 * assets, and 新株予約権 beside 自己資本 and 非支配株主持分 within net assets. A document that does not
 * name its standard gets the same one-sided check, which holds under every standard.
 */
final class BalanceSheetRule implements Rule {

    /** {@code partialWhen}: the documents in which an unprinted, never-negative part may be missing. */
    private record Identity(Metric total, List<Metric> parts, String what, String aside,
                            Predicate<Context> partialWhen) {}

    private static final Predicate<Context> NEVER = ctx -> false;
    private static final Predicate<Context> JGAAP = Context::jgaap;
    private static final Predicate<Context> NOT_IFRS_OR_US = ctx ->
            ctx.standard() != AccountingStandard.IFRS && ctx.standard() != AccountingStandard.USGAAP;

    private static final List<Identity> IDENTITIES = List.of(
            new Identity(Metric.TOTAL_ASSETS, List.of(Metric.CURRENT_ASSETS, Metric.NONCURRENT_ASSETS),
                    "current + non-current assets", "繰延資産", JGAAP),
            new Identity(Metric.TOTAL_LIABILITIES, List.of(Metric.CURRENT_LIABILITIES, Metric.NONCURRENT_LIABILITIES),
                    "current + non-current liabilities", null, NEVER),
            new Identity(Metric.TOTAL_ASSETS, List.of(Metric.TOTAL_LIABILITIES, Metric.NET_ASSETS),
                    "liabilities + net assets", null, NEVER),
            new Identity(Metric.TOTAL_ASSETS, List.of(Metric.TOTAL_LIABILITIES, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS,
                    Metric.NON_CONTROLLING_INTERESTS),
                    "liabilities + owners' equity + non-controlling interests", "新株予約権", NOT_IFRS_OR_US),
            new Identity(Metric.NET_ASSETS, List.of(Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Metric.NON_CONTROLLING_INTERESTS),
                    "owners' equity + non-controlling interests", "新株予約権", NOT_IFRS_OR_US));

    @Override
    public String name() { return "balance_sheet"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
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
                    boolean partial = id.partialWhen().test(ctx);
                    out.add(Sums.check(name(), ctx, total, parts,
                            partial ? id.what() + " (" + id.aside() + " aside)" : id.what(), partial));
                }
            }
        }
        return out;
    }
}
