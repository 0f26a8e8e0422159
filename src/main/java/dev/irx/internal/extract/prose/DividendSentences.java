package dev.irx.internal.extract.prose;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.model.Basis;
import dev.irx.model.Measure;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.PeriodMatch;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dividends per share as reports state them in prose, where the amount often has no label of its own:
 * 「2026年3月期の1株当たり年間配当金は、前期から4.00円増の39.00円(中間19.50円、期末19.50円)を予定する」,
 * 「2023年3月期に初配当(…期末一括17.50円)を実施した」, 「2025年3月期も同額の年間17.50円を予定」.
 * <p>
 * Each plain-yen amount of a sentence about dividends is the dividend of the last period named before it,
 * skipping periods named as a comparison (「2023年3月期と同額の」). The word before the amount (or the
 * dividend label it belongs to) says which part of the year: 中間 is H1, 期末 H2, 年間 the year. A company
 * that pays once a year, at the year end (「年1回の期末配当」「期末一括」), has a year-end dividend that
 * is the year's. A year that has not ended when the report was published can only be a forecast.
 */
final class DividendSentences {

    /** A sentence about dividends. */
    private static final Pattern ABOUT = Pattern.compile("配当|増配|減配|復配");
    /** A dividend named before an amount (not a payout ratio), or a change of the dividend anywhere. */
    private static final Pattern DIVIDEND_WORD = Pattern.compile("配当(?!性向|利回り)");
    private static final Pattern CHANGE_WORD = Pattern.compile("増配|減配|復配");
    /** Yen amounts a dividend sentence may mention that are not dividends. */
    private static final Pattern OTHER_YEN = Pattern.compile("株価|利回り|時価|価格|単価|取得|買付|株主優待|利益|純資産|EPS|BPS");
    /** A per-share amount: plain yen (not 百万円), and a change when 増/減 follows. */
    private static final Pattern AMOUNT = Pattern.compile(
            "(?<![\\d,.])(?<val>\\d{1,4}(?:\\.\\d{1,3})?)円(?:(?<sen>\\d{2})銭)?(?:の?(?<change>増配|減配|増|減))?");
    /**
     * A kind of dividend the amount is a part of (「内訳 普通配当 35円00銭 記念配当 5円00銭」, 「うち特別配当2.0円」):
     * the parts of a dividend, never the dividend itself.
     */
    private static final Pattern COMPONENT = Pattern.compile("内訳|(?:普通|記念|特別|創立\\d*周年記念|上場記念)配当金?");
    /** What the dividend would have been had a share split not been made: not the dividend the company pays. */
    private static final Pattern HYPOTHETICAL = Pattern.compile("(?:考慮|反映)(?:しない|しなかった)場合|(?:考慮|反映)せず"
            + "|(?:分割|併合)前の(?:基準|株式数)で");
    /** The part of the year written right before an amount. */
    private static final Pattern PART_BEFORE = Pattern.compile("(年間|中間|期末一括|期末|第\\d四半期末|[1-4]Q末)(?:で|は)?$");
    /** A dividend label before the amount: its part of the year, when the amount has no word of its own. */
    private static final Pattern LABEL = Pattern.compile("(?:1株当たり)?(年間|中間|期末|第\\d四半期末)?配当");
    private static final Pattern HALF_LABEL = Pattern.compile("(?:中間|期末|第\\d四半期末)配当");
    private static final Pattern YOY_BEFORE = Pattern.compile("(?<pct>\\d+(?:\\.\\d+)?)%(?<dir>増|減)の$");
    /** A period named as what the dividend is compared with, not the year it is for. */
    private static final Pattern COMPARED = Pattern.compile("^(?:と同額|と同じ|と同水準|比|から|に比べ|と比べ|より|を上回|を下回)");
    private static final Pattern FORECAST_WORD = Pattern.compile("予想|予定|計画|見込|見通し");
    /** 「年1回の期末配当」「期末一括」: the company pays once a year, at the year end. */
    private static final Pattern YEAR_END_ONLY = Pattern.compile("年1回の(?:剰余金の)?(?:期末)?配当|期末一括|期末配当として年1回");

    private final ExtractionContext ctx;
    /** Whether the report said that the company pays a year-end dividend only. */
    private boolean yearEndOnly;
    /** Whether the sentence before was about dividends: the next one may go on without naming them. */
    private boolean onDividends;
    /** Whether this paragraph named an interim or year-end dividend (「期末配当は…」): a bare amount is then unclear. */
    private boolean halvesNamed;

    /** The part of the year a dividend is for, as far as the words around it tell. */
    private enum Part {
        YEAR(Span.FY), INTERIM(Span.H1), YEAR_END(Span.H2), QUARTER_END(null), UNSAID(null);

        final Span span;

        Part(Span span) { this.span = span; }
    }

    DividendSentences(ExtractionContext ctx) { this.ctx = ctx; }

    /** A dividend amount: where it was, and the fiscal year it was for (null when it was seen but not read). */
    record Read(int start, int end, Period year, Basis basis) {}

    /** Reads the dividends of one sentence and returns what it read, in order. */
    List<Read> read(String sentence, Placement place) {
        List<Read> out = new ArrayList<>();
        if (YEAR_END_ONLY.matcher(sentence).find()) yearEndOnly = true;
        boolean goesOn = onDividends;
        onDividends = ABOUT.matcher(sentence).find();
        if (!onDividends && !goesOn) return out;
        // 「…30.00円とした。2027年3月期は…4.00円増の40.00円を見込む。」: the paragraph is still on dividends.
        boolean changed = CHANGE_WORD.matcher(sentence).find() || !onDividends;
        List<PeriodMatch> periods = ctx.periods().findAll(sentence);
        if (HYPOTHETICAL.matcher(sentence).find() && AMOUNT.matcher(sentence).find()) {
            ctx.sink().warn(place.where() + ": dividends of a share basis the company does not pay on; not read");
            return out;
        }
        Matcher a = AMOUNT.matcher(sentence);
        while (a.find()) {
            String before = sentence.substring(0, a.start());
            if (OTHER_YEN.matcher(clauseOf(before)).find()) continue;
            if (COMPONENT.matcher(before).find()) {
                ctx.sink().warn(place.where() + ": dividend '" + a.group() + "' is a part of a dividend; not read as one");
                continue;
            }
            // 「年間17.50円」 in a sentence on dividends, or an amount after the dividend is named.
            if (!PART_BEFORE.matcher(before).find() && !changed && !DIVIDEND_WORD.matcher(before).find()) continue;
            PeriodMatch subject = subjectBefore(sentence, periods, a.start());
            if (subject == null) continue;
            Part said = part(before.substring(subject.end()));
            if (said == Part.QUARTER_END) {
                ctx.sink().warn(place.where() + ": dividend '" + a.group() + "' is for a part of the year irx does not read");
                continue;
            }
            if (said == Part.UNSAID) {
                ctx.sink().warn(place.where() + ": dividend '" + a.group()
                        + "' does not say which part of the year, after interim or year-end dividends were named; not read");
                out.add(new Read(a.start(), a.end(), null, null));
                continue;
            }
            if (!subject.period().span().equals(Span.FY)) continue;
            Span part = said.span;
            Optional<Basis> basis = basis(sentence, subject, periods);
            if (basis.isEmpty()) {
                ctx.sink().warn(place.where() + ": dividend '" + a.group() + "' of a past year is worded as a plan; not read");
                out.add(new Read(a.start(), a.end(), null, null));
                continue;
            }
            Period period = YearParts.part(ctx.periods().calendar(), part, subject.period().fiscalYearEnd());
            String yen = a.group("sen") == null ? a.group("val") : a.group("val") + "." + a.group("sen");
            Optional<Quantity> q = QuantityParser.parse(yen + "円");
            if (q.isEmpty()) continue;
            String change = a.group("change");
            if (change != null) {
                Quantity amount = change.startsWith("減") ? q.get().negate() : q.get();
                place.add(label(part), Measure.YOY_AMOUNT, period, basis.get(), amount, Unit.JPY_PER_SHARE, a.start("val"));
            } else {
                place.add(label(part), Measure.VALUE, period, basis.get(), q.get(), Unit.JPY_PER_SHARE, a.start("val"));
                Matcher yoy = YOY_BEFORE.matcher(before);
                if (yoy.find() && part == Span.FY) {
                    Quantity pct = QuantityParser.parse(yoy.group("pct") + "%").orElseThrow();
                    place.add(label(part), Measure.YOY_PCT, period, basis.get(),
                            yoy.group("dir").equals("減") ? pct.negate() : pct, Unit.PERCENT, a.start("val"));
                }
            }
            out.add(new Read(a.start(), a.end(), subject.period(), basis.get()));
        }
        if (!yearEndOnly && HALF_LABEL.matcher(sentence).find()) halvesNamed = true;
        return out;
    }

    /** A heading: what the sentences before it were about does not go on. */
    void newSection() {
        onDividends = false;
        halvesNamed = false;
    }

    /** Where figures go: the sentence extractor places them on the page. */
    interface Placement {
        String where();

        void add(String label, Measure measure, Period period, Basis basis, Quantity q, Unit unit, int at);
    }

    private static String label(Span part) {
        return switch (part) {
            case H1 -> "中間配当";
            case H2 -> "期末配当";
            default -> "年間配当";
        };
    }

    /** The text since the last clause break: what an amount is said of. */
    private static String clauseOf(String before) {
        int cut = Math.max(before.lastIndexOf('、'), before.lastIndexOf('('));
        return before.substring(cut + 1);
    }

    /** The last period before {@code at} that the dividend is for, not compared with. */
    private static PeriodMatch subjectBefore(String sentence, List<PeriodMatch> periods, int at) {
        PeriodMatch subject = null;
        for (PeriodMatch p : periods) {
            if (p.end() > at) break;
            if (!COMPARED.matcher(sentence.substring(p.end())).find()) subject = p;
        }
        return subject;
    }

    /** The part of the year the words since the year's name give an amount. */
    private Part part(String sinceSubject) {
        Matcher m = PART_BEFORE.matcher(sinceSubject);
        String word = m.find() ? m.group(1) : null;
        if (word == null) {
            Matcher label = LABEL.matcher(sinceSubject);
            while (label.find()) word = label.group(1) == null ? "年間" : label.group(1);
        }
        // 「期末配当は16.50円とした。2026年3月期は17.00円を予定」: the year's, or again the year-end one?
        if (word == null && halvesNamed) return Part.UNSAID;
        if (word == null || word.equals("年間") || word.equals("期末一括")) return Part.YEAR;
        if (word.equals("中間")) return Part.INTERIM;
        if (word.equals("期末")) return yearEndOnly ? Part.YEAR : Part.YEAR_END;
        return Part.QUARTER_END;
    }

    /**
     * Forecast for a year not over on the publication date; for a year that is over, actual unless the
     * words after its name plan it, which leaves it undecided.
     */
    private Optional<Basis> basis(String sentence, PeriodMatch subject, List<PeriodMatch> periods) {
        if (ctx.unfinished(subject.period())) return Optional.of(Basis.FORECAST);
        int to = sentence.length();
        for (PeriodMatch p : periods) if (p.start() > subject.end() && !COMPARED.matcher(sentence.substring(p.end())).find()) {
            to = p.start();
            break;
        }
        boolean planned = FORECAST_WORD.matcher(sentence.substring(subject.end(), to)).find();
        if (!planned) return Optional.of(Basis.ACTUAL);
        // A planned year with no publication date to judge it by is taken as the plan it says it is.
        return ctx.info().publishedOn() == null ? Optional.of(Basis.FORECAST) : Optional.empty();
    }
}
