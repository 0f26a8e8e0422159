package dev.irx.model;

/** The validator's verdict on a fact. */
public enum FactStatus {
    /** It took part in at least one check, and every check that includes it passed. */
    RECONCILED,
    /** No check could reach it. */
    UNCHECKED,
    /** A check that includes it failed. */
    CONFLICT;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static FactStatus fromJson(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
}
