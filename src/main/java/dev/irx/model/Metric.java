package dev.irx.model;

/**
 * The fixed vocabulary of metrics. The JSON names are a contract: new metrics may be added,
 * existing ones are never renamed or repurposed. Kept in step with schemas/irx-document.schema.json.
 */
public enum Metric {
    REVENUE, COST_OF_SALES, GROSS_PROFIT, SGA, OPERATING_INCOME, ORDINARY_INCOME, PROFIT_BEFORE_TAX,
    NET_INCOME, NET_INCOME_ATTRIBUTABLE_TO_OWNERS, COMPREHENSIVE_INCOME, EBITDA,
    TOTAL_ASSETS, CURRENT_ASSETS, NONCURRENT_ASSETS, TOTAL_LIABILITIES, CURRENT_LIABILITIES,
    NONCURRENT_LIABILITIES, NET_ASSETS, EQUITY_ATTRIBUTABLE_TO_OWNERS, EQUITY_RATIO,
    CASH_AND_EQUIVALENTS, OPERATING_CF, INVESTING_CF, FINANCING_CF, CAPEX, DEPRECIATION,
    DIVIDEND_PER_SHARE, PAYOUT_RATIO, EPS, BPS, ORDERS_RECEIVED, ORDER_BACKLOG, EMPLOYEES,
    /** 株主資本 (JGAAP shareholders' equity, narrower than net assets). */
    SHAREHOLDERS_EQUITY,
    /** 非支配持分 / 非支配株主持分: the part of consolidated equity that belongs to minority holders. */
    NON_CONTROLLING_INTERESTS,
    /** 潜在株式調整後 (JGAAP) / 希薄化後 (IFRS, US GAAP) 1株当たり利益. */
    DILUTED_EPS,
    /** 配当金総額 / 分配金総額: the dividends of the year in yen, not per share. */
    TOTAL_DIVIDENDS,
    /** 期末発行済株式数（自己株式を含む）; for an investment corporation, its investment units (口). */
    SHARES_ISSUED,
    /** 期末自己株式数 / 期末自己投資口数. */
    TREASURY_SHARES,
    /** 期中平均株式数: the average over the period, the base of EPS. */
    AVERAGE_SHARES,
    /**
     * 経常収益: the top line of banks and insurers, which print no 売上高. Kept apart from revenue: it includes
     * gains and other income a 売上高 does not, and no ratio to revenue is taken on it.
     */
    ORDINARY_REVENUE,
    /**
     * A line of a financial statement that no other metric names (現金及び預金, 受取手形, 支払利息 …): its label,
     * with the statement and the heading it sits under ({@link StatementLine}), says what it is.
     */
    LINE_ITEM,
    /** 有利子負債: borrowings and bonds (and lease obligations where the filer counts them) at a date. */
    INTEREST_BEARING_DEBT;

    public String json() { return name().toLowerCase(java.util.Locale.ROOT); }

    public static Metric fromJson(String s) {
        return valueOf(s.toUpperCase(java.util.Locale.ROOT));
    }

    /** Metrics that are ratios in percent by nature, whatever the table's unit caption says. */
    public boolean isPercentage() {
        return this == EQUITY_RATIO || this == PAYOUT_RATIO;
    }

    /** Metrics measured per share (yen per share), whatever the table's unit caption says. */
    public boolean isPerShare() {
        return this == DIVIDEND_PER_SHARE || this == EPS || this == BPS || this == DILUTED_EPS;
    }

    /** Balance-sheet metrics, whose periods are instants. */
    public boolean isStock() {
        switch (this) {
            case TOTAL_ASSETS: case CURRENT_ASSETS: case NONCURRENT_ASSETS: case TOTAL_LIABILITIES:
            case CURRENT_LIABILITIES: case NONCURRENT_LIABILITIES: case NET_ASSETS:
            case EQUITY_ATTRIBUTABLE_TO_OWNERS: case EQUITY_RATIO: case CASH_AND_EQUIVALENTS:
            case ORDER_BACKLOG: case EMPLOYEES: case SHAREHOLDERS_EQUITY: case BPS: case NON_CONTROLLING_INTERESTS:
            case SHARES_ISSUED: case TREASURY_SHARES: case INTEREST_BEARING_DEBT:
                return true;
            default:
                return false;
        }
    }
}
