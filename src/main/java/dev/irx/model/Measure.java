package dev.irx.model;

/** What a figure says about its metric: the value itself or a figure derived from it. */
public enum Measure {
    /** The amount itself. */
    VALUE("value"),
    /** Change against the prior period, in percent (前期比 4.8% 増 → 4.8; 減/△ → negative). */
    YOY_PCT("yoy_pct"),
    /** Change against the prior period, in the metric's unit (増減額). */
    YOY_AMOUNT("yoy_amount"),
    /** The figure as a percentage of revenue (売上比, 売上高比). */
    RATIO_TO_REVENUE_PCT("ratio_to_revenue_pct"),
    /** Actual as a percentage of a forecast (達成率). */
    ACHIEVEMENT_PCT("achievement_pct"),
    /** Actual minus a forecast, in the metric's unit (達成額, 予想比 増減額). */
    ACHIEVEMENT_AMOUNT("achievement_amount"),
    /** A part as a percentage of its total (構成比). */
    COMPOSITION_PCT("composition_pct"),
    /**
     * The figure as a percentage of equity: 自己資本当期純利益率 (ROE) on the owners' profit, 純資産配当率 (DOE) on
     * total dividends. The 短信 divides by the average of the year's opening and closing equity.
     */
    RATIO_TO_EQUITY_PCT("ratio_to_equity_pct"),
    /** The figure as a percentage of total assets (総資産経常利益率, 資産合計税引前利益率), on the year's average assets. */
    RATIO_TO_TOTAL_ASSETS_PCT("ratio_to_total_assets_pct"),
    /**
     * The figure as a percentage of the same figure a year before (前期比 103.0 in a data book: 103% of the prior
     * year, a change of +3.0%).
     */
    RATIO_TO_PRIOR_PCT("ratio_to_prior_pct"),
    /**
     * A forecast minus the earlier forecast of the same period, in the metric's unit (前回予想差, 計画差 beside a
     * revised forecast, 増減額(B)−(A) of a revision): how far the company moved its forecast, not a result.
     */
    REVISION_AMOUNT("revision_amount");

    private final String json;

    Measure(String json) { this.json = json; }

    public String json() { return json; }

    public static Measure fromJson(String s) {
        for (Measure v : values()) if (v.json.equals(s)) return v;
        throw new IllegalArgumentException("unknown measure: " + s);
    }
}
