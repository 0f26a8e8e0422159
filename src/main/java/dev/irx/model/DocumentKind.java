package dev.irx.model;

/** The kinds of document irx knows. */
public enum DocumentKind {
    FISCO_REPORT, KESSAN_DECK, KESSAN_TANSHIN, UNKNOWN,
    /** A data book (決算補足資料, データブック, Fact Book): grids of figures, page after page. */
    DATA_BOOK;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static DocumentKind fromJson(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
}
