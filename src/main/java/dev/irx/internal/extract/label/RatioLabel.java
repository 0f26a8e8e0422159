package dev.irx.internal.extract.label;

import dev.irx.model.Measure;
import dev.irx.model.Metric;

import java.util.List;
import java.util.Optional;

/**
 * Reads a ratio's label as what is divided by what: 「総資産経常利益率」 is ordinary income as a % of total
 * assets, 「売上収益営業利益率」 operating income as a % of revenue, 「純資産配当率」 the dividends as a % of
 * equity. The 短信 form prints these under the profit rows; a label whose base irx has no measure for
 * (a bank's 「経常収益経常利益率」: 経常収益 is not revenue) is not read.
 */
public final class RatioLabel {

    /** The figure the ratio is of, and which base it is taken on. */
    public record Ratio(Metric metric, Measure measure) {}

    private record Base(String label, Measure measure) {}

    /** Denominators named at the head of the label, longest first. */
    private static final List<Base> BASES = List.of(
            new Base("親会社所有者帰属持分", Measure.RATIO_TO_EQUITY_PCT),
            new Base("自己資本", Measure.RATIO_TO_EQUITY_PCT),
            new Base("純資産", Measure.RATIO_TO_EQUITY_PCT),
            new Base("資産合計", Measure.RATIO_TO_TOTAL_ASSETS_PCT),
            new Base("総資産", Measure.RATIO_TO_TOTAL_ASSETS_PCT));

    private RatioLabel() {}

    /**
     * The ratio a label names, if it is one.
     *
     * @param consolidated the scope of the section it stands in: a 連結 ROE is on the owners' profit (the form
     *                     defines 自己資本当期純利益率 on 親会社株主に帰属する当期純利益), a 個別 one on net income
     */
    public static Optional<Ratio> read(String label, LabelDictionary labels, Boolean consolidated) {
        String body = LabelDictionary.key(label).replaceFirst("\\((?:連結|個別|単体)\\)$", "");
        if (!body.endsWith("率") || body.endsWith("比率")) return Optional.empty();
        body = body.substring(0, body.length() - 1);
        for (Base b : BASES) {
            if (!body.startsWith(b.label())) continue;
            return numerator(body.substring(b.label().length()), labels, b.measure(), consolidated);
        }
        // 「売上高営業利益率」「営業収益経常利益率」: revenue at the head, a profit after it.
        for (int at = 1; at < body.length() - 1; at++) {
            if (labels.lookup(body.substring(0, at)).orElse(null) != Metric.REVENUE) continue;
            Optional<Metric> m = labels.lookup(body.substring(at));
            if (m.isPresent() && isProfit(m.get())) return Optional.of(new Ratio(m.get(), Measure.RATIO_TO_REVENUE_PCT));
        }
        return Optional.empty();
    }

    private static Optional<Ratio> numerator(String rest, LabelDictionary labels, Measure measure, Boolean consolidated) {
        // 純資産配当率 (DOE): the year's dividends over equity.
        if (rest.equals("配当")) return Optional.of(new Ratio(Metric.TOTAL_DIVIDENDS, measure));
        // 自己資本利益率 is ROE by its standard name: the year's profit over equity. 総資産利益率 names no profit, so
        // which one (経常 or 当期純) no rule tells, and it is not read.
        if (rest.equals("利益") && measure == Measure.RATIO_TO_EQUITY_PCT) rest = "当期純利益";
        Optional<Metric> m = labels.lookup(rest);
        if (m.isEmpty() || !isProfit(m.get())) return Optional.empty();
        Metric metric = m.get();
        if (metric == Metric.NET_INCOME && measure == Measure.RATIO_TO_EQUITY_PCT && Boolean.TRUE.equals(consolidated)) {
            metric = Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS;
        }
        return Optional.of(new Ratio(metric, measure));
    }

    private static boolean isProfit(Metric m) {
        return switch (m) {
            case GROSS_PROFIT, OPERATING_INCOME, ORDINARY_INCOME, PROFIT_BEFORE_TAX, NET_INCOME,
                 NET_INCOME_ATTRIBUTABLE_TO_OWNERS -> true;
            default -> false;
        };
    }
}
