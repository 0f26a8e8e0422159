package dev.irx.model;

/**
 * How a figure was printed: the text of the number and the unit/scale that applied to it
 * ("6,466" under 「百万円」).
 */
public record Display(String text, String scale) {

    /** True when the number was printed as an approximation (「約300億円」): its value is a round figure. */
    public boolean approximate() {
        return text.contains("約");
    }
}
