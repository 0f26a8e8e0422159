package dev.irx.internal.normalize;

/** The unit of a figure as it is written in the canonical JSON ({@code fact.unit}). */
public enum Unit {
    JPY("JPY"), USD("USD"), JPY_PER_SHARE("JPY/share"), PERCENT("%"), POINT("pt"), TIMES("times"),
    PERSONS("persons"), CASES("cases"), COMPANIES("companies"), LINES("lines"), GBPS("Gbps"),
    SHARES("shares"),
    /** A bare number whose unit must come from context (a caption, a column, the metric). */
    NONE("");

    private final String json;

    Unit(String json) { this.json = json; }

    public String json() { return json; }
}
