package dev.irx.extract;

import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.normalize.Quantity;
import dev.irx.normalize.QuantityParser;
import dev.irx.normalize.Unit;
import dev.irx.read.Line;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The share counts of the 短信 form's 注記事項, one line each:
 * <pre>
 * ①期末発行済株式数（自己株式を含む） 2024年3月期 2,038,418株 2023年3月期 2,022,843株
 * ③期中平均株式数（四半期累計） 2024年12月期1Q 47,618,322株 2023年12月期1Q 47,541,004株
 * </pre>
 * Counts at the end of a period are instants; the average is over the period, the quarters to date where the
 * label says 累計. An investment corporation prints 投資口 and 口 the same way. The counts are the issuer's
 * shares, neither 連結 nor 個別, so their scope is left null.
 */
final class ShareCountLines {

    private static final Map<String, Metric> LABELS = Map.of(
            "期末発行済株式数", Metric.SHARES_ISSUED,
            "期末発行済投資口の総口数", Metric.SHARES_ISSUED,
            "期末発行済投資口数", Metric.SHARES_ISSUED,
            "期末自己株式数", Metric.TREASURY_SHARES,
            "期末自己投資口数", Metric.TREASURY_SHARES,
            "期中平均株式数", Metric.AVERAGE_SHARES,
            "期中平均投資口数", Metric.AVERAGE_SHARES);
    /** 「2024年」, or as the document dates: 「24年」「令和4年」「4年」 (the period parser decides what they mean). */
    private static final String YEAR = "(?:(?:平成|令和) ?\\d{1,2}|\\d{4}|\\d{1,2})\\s*年";
    private static final Pattern LINE = Pattern.compile(
            "^(?:[①②③④⑤]|[1-5](?!\\d))?\\s*(?<label>" + String.join("|", LABELS.keySet()) + ")\\s*(?<note>\\([^)]*\\))?\\s*(?=" + YEAR + ")");
    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\d,])(?<period>" + YEAR + "\\s*\\d{1,2}月期\\s*(?:\\d\\s*Q|第\\d四半期|中間期)?)\\s*(?<val>[\\d,]+|-)\\s*(?<unit>株|口)");

    private final ExtractionContext ctx;

    ShareCountLines(ExtractionContext ctx) { this.ctx = ctx; }

    /** True when the line is a share-count line (its figures are then added); false for any other line. */
    boolean read(int pageNumber, Line line, String folded, Function<String, Optional<Period>> rowPeriod) {
        Matcher lm = LINE.matcher(folded);
        if (!lm.find()) return false;
        Metric metric = LABELS.get(lm.group("label"));
        boolean toDate = lm.group("note") != null && lm.group("note").contains("累計");
        Matcher m = ITEM.matcher(folded.substring(lm.end()));
        while (m.find()) {
            if (m.group("val").equals("-")) continue; // 「—株」: none printed
            Optional<Period> period = rowPeriod.apply(m.group("period").replace(" ", ""));
            Optional<Quantity> q = QuantityParser.parse(m.group("val") + "株");
            if (period.isEmpty() || q.isEmpty()) {
                ctx.sink().warn("p." + pageNumber + ": share count '" + m.group() + "' not read");
                continue;
            }
            Period p = period.get();
            if (toDate && p.fiscalYearEnd() != null) {
                if (p.span() == Span.Q2) p = YearParts.part(ctx.periods().calendar(), Span.H1, p.fiscalYearEnd());
                else if (p.span() == Span.Q3) p = YearParts.part(ctx.periods().calendar(), Span.Q1_Q3, p.fiscalYearEnd());
            }
            p = YearParts.forMetric(metric, p);
            ctx.sink().add(metric, Measure.VALUE, lm.group("label"), null, null, p, Basis.ACTUAL,
                    q.get().withUnit(Unit.SHARES), Unit.SHARES, FactSource.TABLE, pageNumber, line.box(), folded);
        }
        return true;
    }
}
