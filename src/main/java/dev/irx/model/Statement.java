package dev.irx.model;

/** The financial statement of a 決算短信's body a figure was read from. */
public enum Statement {
    /** 貸借対照表 / 財政状態計算書. */
    BALANCE_SHEET,
    /** 損益計算書. */
    INCOME_STATEMENT,
    /** 包括利益計算書. */
    COMPREHENSIVE_INCOME,
    /** キャッシュ・フロー計算書. */
    CASH_FLOWS,
    /** 株主資本等変動計算書 / 持分変動計算書. */
    EQUITY_CHANGES,
    /** セグメント情報. */
    SEGMENTS;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Statement fromJson(String s) { return valueOf(s.toUpperCase(java.util.Locale.ROOT)); }
}
