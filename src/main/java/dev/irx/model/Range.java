package dev.irx.model;

/**
 * Which end of a range a figure is: a forecast printed as 「10,000～11,000」 gives two facts, the low and
 * the high end, each with its own value. A figure printed as a single number has no range (null).
 */
public enum Range {
    LOW("low"), HIGH("high");

    private final String json;

    Range(String json) { this.json = json; }

    public String json() { return json; }

    public static Range fromJson(String s) {
        for (Range v : values()) if (v.json.equals(s)) return v;
        throw new IllegalArgumentException("unknown range end: " + s);
    }
}
