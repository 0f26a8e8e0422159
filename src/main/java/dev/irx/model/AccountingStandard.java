package dev.irx.model;

/** 日本基準, IFRS or 米国基準. */
public enum AccountingStandard {
    JGAAP, IFRS, USGAAP;

    public String json() { return name(); }
}
