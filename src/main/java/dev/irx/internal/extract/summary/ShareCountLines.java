package dev.irx.internal.extract.summary;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
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

    /** A count line whose periods are not on it: the counts follow the label straight away. */
    private static final Pattern BARE = Pattern.compile(
            "^(?:[①②③④⑤]|[1-5](?!\\d))?\\s*(?:" + String.join("|", LABELS.keySet()) + ")\\s*(?:\\([^)]*\\))?\\s*[\\d,]+\\s*(?:株|口)");
    /** The head of a period label wrapped in its cell (「2022年8月」) and its tail (「期」, 「期1Q」). */
    private static final Pattern HEAD = Pattern.compile("^" + YEAR + "\\s*\\d{1,2}月$");
    private static final Pattern TAIL = Pattern.compile("^期(?:\\s*\\d\\s*Q|第\\d四半期|中間期)?$");
    /** How far apart the left edges of a wrapped label's two lines may be, and how far each from the counts' line. */
    private static final float ALIGNED = 1.5f, NEAR = 14f;

    /**
     * A count line whose period labels wrap in their cells, 「2022年8月」 on the line above and 「期」 on the line
     * below, each pair left-aligned: read with the labels put back together. False when the lines are not that.
     */
    boolean readWrapped(int pageNumber, Line above, Line line, Line below, String folded,
                        Function<String, Optional<Period>> rowPeriod) {
        if (above.box() == null || line.box() == null || below.box() == null || !BARE.matcher(folded).find()) return false;
        if (above.words().isEmpty() || above.words().size() != below.words().size()) return false;
        if (line.box().y0() - above.box().y0() > NEAR || below.box().y0() - line.box().y0() > NEAR) return false;
        List<Word> words = new ArrayList<>(line.words());
        for (int k = 0; k < above.words().size(); k++) {
            Word head = above.words().get(k), tail = below.words().get(k);
            String h = TextNormalizer.fold(head.text()).strip(), t = TextNormalizer.fold(tail.text()).strip();
            if (Math.abs(head.box().x0() - tail.box().x0()) > ALIGNED || !HEAD.matcher(h).matches()
                    || !TAIL.matcher(t).matches()) return false;
            words.add(new Word(h + t, head.box().union(tail.box()), head.fontSize(), head.fontName()));
        }
        words.sort(Comparator.comparingDouble(w -> w.box().x0()));
        Line joined = new Line(words, line.box().union(above.box()).union(below.box()), line.column());
        return read(pageNumber, joined, TextNormalizer.fold(joined.text()), rowPeriod);
    }

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
