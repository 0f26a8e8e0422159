package dev.irx.model;

/** Where in the document a figure was read. */
public enum FactSource {
    TABLE, SENTENCE, CHART;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static FactSource fromJson(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
}
