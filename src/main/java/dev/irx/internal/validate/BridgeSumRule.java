package dev.irx.internal.validate;

import dev.irx.model.Fact;
import dev.irx.model.Measure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A bridge chart closes: its start total plus its signed steps is its end total, each figure standing for the
 * interval it prints. The totals are looked up among the document's merged facts, so a total printed more precisely
 * elsewhere (百万円 in a table beside the chart's 億円) narrows the check.
 */
final class BridgeSumRule {

    static final String NAME = "bridge_sum";

    private BridgeSumRule() {}

    static List<Finding> check(List<Bridge> bridges, Context ctx, FactIndex index) {
        List<Finding> out = new ArrayList<>();
        for (Bridge b : bridges) {
            Optional<Fact> start = merged(b.start(), index), end = merged(b.end(), index);
            if (start.isEmpty() || end.isEmpty()) continue; // a total in conflict elsewhere: that check says so
            Precision.Interval sum = ctx.interval(start.get());
            StringBuilder steps = new StringBuilder();
            for (Fact s : b.steps()) {
                sum = sum.plus(ctx.interval(s));
                steps.append(' ').append(s.display().text()).append(" (").append(s.label()).append(')');
            }
            Precision.Interval printed = ctx.interval(end.get());
            boolean ok = sum.overlaps(printed);
            out.add(new Finding(NAME, ok, List.of(start.get(), end.get()),
                    b.where() + ": bridge of " + b.start().metric().json() + " from " + start.get().display().text()
                            + " (p." + start.get().page() + ")" + steps + (ok ? " agrees with " : " disagrees with ")
                            + end.get().display().text() + " (p." + end.get().page() + "): the steps give " + sum));
        }
        return out;
    }

    private static Optional<Fact> merged(Fact f, FactIndex index) {
        return index.find(f.metric(), Measure.VALUE, f.segment(), f.consolidated(), f.period(), f.basis(), f.currency());
    }
}
