package dev.irx.model;

/** The length of a reporting period, as written in the canonical JSON ({@code period.span}). */
public enum Span {
    FY("FY"), H1("H1"), H2("H2"), Q1("Q1"), Q2("Q2"), Q3("Q3"), Q4("Q4"),
    /** Cumulative nine months from the start of the fiscal year. */
    Q1_Q3("Q1-Q3"),
    /** A point in time (balance-sheet date); start is null. */
    INSTANT("instant");

    private final String json;

    Span(String json) { this.json = json; }

    public String json() { return json; }

    public static Span fromJson(String s) {
        for (Span v : values()) if (v.json.equals(s)) return v;
        throw new IllegalArgumentException("unknown span: " + s);
    }
}
