package dev.irx.internal.extract.label;

import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The 短信 form's ratio headings, read as what is divided by what. */
class RatioLabelTest {

    private static final LabelDictionary LABELS = LabelDictionary.standard();

    private static String read(String label, Boolean consolidated) {
        Optional<RatioLabel.Ratio> r = RatioLabel.read(label, LABELS, consolidated);
        return r.map(x -> x.metric().json() + "." + x.measure().json()).orElse("none");
    }

    @Test
    void returnOnEquityIsOnTheOwnersProfitInAConsolidatedSection() {
        assertEquals("net_income_attributable_to_owners.ratio_to_equity_pct", read("自己資本当期純利益率", true));
        assertEquals("net_income.ratio_to_equity_pct", read("自己資本当期純利益率", false));
        assertEquals("net_income_attributable_to_owners.ratio_to_equity_pct",
                read("親会社所有者帰属持分当期利益率", true));
        // 自己資本利益率 is ROE by its standard name
        assertEquals("net_income_attributable_to_owners.ratio_to_equity_pct", read("自己資本利益率", true));
    }

    @Test
    void assetsAndRevenueBases() {
        assertEquals("ordinary_income.ratio_to_total_assets_pct", read("総資産経常利益率", true));
        assertEquals("profit_before_tax.ratio_to_total_assets_pct", read("資産合計税引前利益率", true));
        assertEquals("operating_income.ratio_to_revenue_pct", read("売上高営業利益率", true));
        assertEquals("operating_income.ratio_to_revenue_pct", read("売上収益営業利益率", true));
        assertEquals("ordinary_income.ratio_to_revenue_pct", read("営業収益経常利益率", false));
    }

    @Test
    void dividendsOnEquity() {
        assertEquals("total_dividends.ratio_to_equity_pct", read("純資産配当率(連結)", true));
        assertEquals("total_dividends.ratio_to_equity_pct", read("純資産配当率", false));
    }

    @Test
    void labelsThatAreNotARatioOfAKnownFigureOnAKnownBase() {
        assertEquals("none", read("経常収益経常利益率", true)); // 経常収益 is not revenue
        assertEquals("none", read("自己資本比率", true)); // a metric of its own, in the dictionary
        assertEquals("none", read("売上高", true));
        assertEquals("none", read("総資産回転率", true));
        // 総資産利益率 names no profit: 経常 or 当期純, no rule tells
        assertEquals("none", read("総資産利益率", true));
    }
}
