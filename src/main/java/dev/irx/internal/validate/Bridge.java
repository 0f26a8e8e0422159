package dev.irx.internal.validate;

import dev.irx.model.Fact;

import java.util.List;

/**
 * A bridge chart as printed (「前期営業利益 1,180 / 増収効果 +628 / 原価 ▲ 331 / 販管費 ▲ 141 / 当期営業利益 1,336」): its two
 * totals, which are facts of the document, and its signed steps, which are not (a step is an effect on the total, not
 * a figure of any metric). The steps are kept here only so that the {@code bridge_sum} check can add them up.
 *
 * @param start the earlier total, as read
 * @param end   the later total, as read
 * @param steps each step as a figure of the total's metric (its label, value and printed display); never emitted
 * @param where where the chart stands, for the check's detail (「p.3」)
 */
public record Bridge(Fact start, Fact end, List<Fact> steps, String where) {

    public Bridge {
        steps = List.copyOf(steps);
    }
}
