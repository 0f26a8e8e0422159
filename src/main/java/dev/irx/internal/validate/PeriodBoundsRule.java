package dev.irx.internal.validate;

import dev.irx.model.Fact;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Catches a fact whose period the document cannot state (see {@link PeriodBounds}): the extractor leaves such
 * figures out, so one here is a bug that slipped through. Only failures are findings: a period in bounds
 * reconciles nothing.
 */
final class PeriodBoundsRule implements Rule {

    @Override
    public String name() { return "period_bounds"; }

    @Override
    public List<Finding> check(List<Fact> facts, Context ctx) {
        List<Finding> out = new ArrayList<>();
        for (Fact f : facts) {
            Optional<String> why = PeriodBounds.violation(f.period(), f.basis(), ctx.info());
            why.ifPresent(w -> out.add(new Finding(name(), false, List.of(f), f.key() + " (p." + f.page() + "): " + w)));
        }
        return out;
    }
}
