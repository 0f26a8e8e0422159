package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 構成比 ≈ the part / the company total of the same metric, period and basis. Sub-rows are shares of
 * the company total too, as in every breakdown table irx has read; that the shares of a segment's
 * sub-rows add up to the segment's share is {@link SegmentSumRule}'s check.
 */
final class CompositionRule implements Rule {

    @Override
    public String name() { return "composition"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        return check(facts, ctx, new FactIndex(facts));
    }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Fact share : facts) {
            if (share.measure() != Measure.COMPOSITION_PCT || share.segment() == null) continue;
            Optional<Fact> part = index.value(share, share.period(), share.basis());
            Optional<Fact> total = index.find(share.metric(), Measure.VALUE, null, share.consolidated(),
                    share.period(), share.basis(), share.currency());
            if (part.isEmpty() || total.isEmpty() || !ctx.interval(total.get()).isPositive()) continue;
            Precision.Interval implied = ctx.interval(part.get()).dividedBy(ctx.interval(total.get()))
                    .times(BigDecimal.valueOf(100));
            boolean ok = implied.overlaps(ctx.interval(share));
            out.add(new Finding(name(), ok, List.of(share, part.get(), total.get()),
                    share.key() + ": printed " + Sums.cite(share) + (ok ? " agrees with " : " disagrees with ")
                            + Sums.cite(part.get()) + " / " + Sums.cite(total.get()) + ", which imply " + implied));
        }
        return out;
    }
}
