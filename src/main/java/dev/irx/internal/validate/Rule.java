package dev.irx.internal.validate;

import dev.irx.model.Fact;

import java.util.List;

/** One kind of reconciliation. Rules only look; they never change a fact. */
interface Rule {

    /** The name written in {@code check.rule}. */
    String name();

    List<Finding> check(List<Fact> facts, Context ctx);

    /** The same check given the facts' index, which the validator builds once for all rules. */
    default List<Finding> check(List<Fact> facts, Context ctx, FactIndex index) {
        return check(facts, ctx);
    }

    /**
     * True for a rule that reads each printing of a figure where it stands (its page, its place in a statement)
     * rather than the figure merged from its printings: the validator gives it the facts as extracted, and maps
     * its findings back to the merged facts.
     */
    default boolean readsPrintings() { return false; }
}
