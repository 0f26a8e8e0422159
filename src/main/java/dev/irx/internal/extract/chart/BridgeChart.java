package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.FactSink;
import dev.irx.internal.extract.YearParts;
import dev.irx.model.Basis;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;
import dev.irx.internal.validate.Bridge;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bridge (waterfall) chart of a total's change, as a deck draws it with text labels:
 * <pre>
 *   営業利益の増減要因                          (単位：億円)
 *              +628   ▲ 331
 *                            ▲ 141      1,336
 *   1,180
 *   22/3期2Q累計  増収効果  売上原価の増加  販管費の増加  23/3期2Q累計
 * </pre>
 * The slide's title names the metric; its line of categories starts and ends with a period (the two totals) and has
 * the steps between; each figure above belongs to the category it stands over, one each. The totals are facts. A step
 * is a fact only where its category is a segment the document names (that segment's change of the metric); the others
 * are effects no metric names, kept for the {@code bridge_sum} check alone. Anything that does not fit is a warning.
 */
public final class BridgeChart {

    private static final Pattern TITLE = Pattern.compile("^(?<metric>[^ ]+?)の?(?:増減要因|増減分析|変動要因|要因分析|増減内訳)");
    private static final Pattern CAPTION = Pattern.compile("単位[:：] ?(千円|百万円|億円)");
    private static final Pattern SIGNED = Pattern.compile("^(?:[+▲△−-]|±) ?[\\d,]+(?:\\.\\d+)?$");
    private static final Pattern UNSIGNED = Pattern.compile("^[\\d,]+(?:\\.\\d+)?$");
    private static final Pattern SIGN = Pattern.compile("^[+▲△−-]$");
    private static final Pattern FORECAST_WORD = Pattern.compile("予想|計画|見通し|予算|目標");

    private final ExtractionContext ctx;

    public BridgeChart(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    private record Figure(String text, BoundingBox box, String line) {
        float centre() { return (box.x0() + box.x1()) / 2; }
    }

    public void extract(Page page) {
        List<Line> lines = page.lines();
        for (int t = 0; t < lines.size(); t++) {
            Matcher m = TITLE.matcher(TextNormalizer.fold(lines.get(t).text()).strip());
            if (!m.find()) continue;
            Optional<Metric> metric = ctx.labels().lookup(m.group("metric"));
            if (metric.isEmpty() || metric.get().isPercentage() || metric.get().isStock()) continue;
            read(page, lines, t, metric.get());
            return; // one bridge per slide
        }
    }

    private void read(Page page, List<Line> lines, int titleAt, Metric metric) {
        String where = "p." + page.number() + ": bridge chart '" + lines.get(titleAt).text().strip() + "'";
        Scale scale = null;
        for (Line l : lines) {
            Matcher c = CAPTION.matcher(TextNormalizer.fold(l.text()));
            if (c.find()) scale = Scale.ofKanji(c.group(1).replace("円", ""));
        }
        if (scale == null) {
            ctx.sink().warn(where + ": no unit caption on the slide; not read");
            return;
        }
        int catAt = -1;
        List<Word> cats = null;
        for (int i = titleAt + 1; i < lines.size() && catAt < 0; i++) {
            List<Word> ws = lines.get(i).words().stream().filter(w -> w.box() != null).toList();
            if (ws.size() >= 3 && period(ws.get(0)).isPresent() && period(ws.get(ws.size() - 1)).isPresent()) {
                catAt = i;
                cats = ws;
            }
        }
        if (catAt < 0) {
            ctx.sink().warn(where + ": no line of categories from one period to another; not read");
            return;
        }
        List<Figure> figures = new ArrayList<>();
        for (int i = titleAt + 1; i < catAt; i++) figures.addAll(figures(lines.get(i)));
        Figure[] placed = new Figure[cats.size()];
        float reach = Float.MAX_VALUE;
        for (int k = 1; k < cats.size(); k++) reach = Math.min(reach, (centre(cats.get(k)) - centre(cats.get(k - 1))) / 2);
        for (Figure f : figures) {
            int best = -1;
            for (int k = 0; k < cats.size(); k++) {
                if (Math.abs(f.centre() - centre(cats.get(k))) < reach) best = k;
            }
            if (best < 0) continue; // a figure beside the chart (a note, a margin) is not one of its labels
            if (placed[best] != null) {
                ctx.sink().warn(where + ": two figures over '" + cats.get(best).text() + "'; not read");
                return;
            }
            placed[best] = f;
        }
        for (int k = 0; k < cats.size(); k++) {
            boolean total = k == 0 || k == cats.size() - 1;
            // the pattern lets through digit groups no figure has (「1,33」): the figure must also read
            if (placed[k] == null || !(total ? UNSIGNED : SIGNED).matcher(placed[k].text()).matches()
                    || !reads(placed[k].text(), scale)) {
                ctx.sink().warn(where + ": '" + cats.get(k).text() + "' has " + (placed[k] == null ? "no figure"
                        : "'" + placed[k].text() + "'") + " where a " + (total ? "total" : "signed step")
                        + " belongs; not read");
                return;
            }
        }
        Period from = period(cats.get(0)).get(), to = period(cats.get(cats.size() - 1)).get();
        if (from.span() != to.span() || !from.end().isBefore(to.start())) {
            ctx.sink().warn(where + ": its ends '" + cats.get(0).text() + "' and '" + cats.get(cats.size() - 1).text()
                    + "' are not the same span a year or more apart; not read");
            return;
        }
        Boolean scope = ctx.scope(ExtractionContext.consolidation(TextNormalizer.fold(lines.get(titleAt).text())));
        Fact start = total(page, metric, cats.get(0), from, placed[0], scale, scope);
        Fact end = total(page, metric, cats.get(cats.size() - 1), to, placed[cats.size() - 1], scale, scope);
        if (start == null || end == null) return;
        List<Fact> steps = new ArrayList<>();
        for (int k = 1; k < cats.size() - 1; k++) {
            String label = TextNormalizer.fold(cats.get(k).text());
            Quantity q = quantity(placed[k].text(), scale);
            Evidence ev = new Evidence(FactSource.CHART, page.number(), placed[k].box().toArray(), placed[k].line(),
                    new Display(q.text(), FactSink.displayScale(q.scale(), Unit.JPY)));
            steps.add(new Fact("s" + k, metric, Measure.YOY_AMOUNT, label, null, scope, to, end.basis(), q.value(),
                    Unit.JPY.json(), ev, List.of(), null, List.of(), null, null));
            Optional<String> segment = ctx.knownSegment(label);
            if (segment.isPresent()) {
                // a segment's step is that segment's change of the metric
                ctx.sink().add(metric, Measure.YOY_AMOUNT, label, segment.get(), scope, YearParts.forMetric(metric, to),
                        end.basis(), q, Unit.JPY, FactSource.CHART, page.number(), placed[k].box(), placed[k].line());
            } else {
                ctx.sink().warn(where + ": step '" + label + "' " + placed[k].text() + " is no metric's change; "
                        + "kept for the bridge_sum check only");
            }
        }
        ctx.sink().addBridge(new Bridge(start, end, steps, "p." + page.number()));
    }

    private Fact total(Page page, Metric metric, Word category, Period period, Figure f, Scale scale, Boolean scope) {
        Basis basis = FORECAST_WORD.matcher(TextNormalizer.fold(category.text())).find() || ctx.unfinished(period)
                ? Basis.FORECAST : Basis.ACTUAL;
        int before = ctx.sink().facts().size();
        ctx.sink().add(metric, Measure.VALUE, TextNormalizer.fold(category.text()), null, scope,
                YearParts.forMetric(metric, period), basis, quantity(f.text(), scale), Unit.JPY, FactSource.CHART,
                page.number(), f.box(), f.line());
        List<Fact> facts = ctx.sink().facts();
        return facts.size() > before ? facts.get(facts.size() - 1) : null;
    }

    private static boolean reads(String text, Scale scale) {
        return QuantityParser.parse(text.replace("±", ""), scale, Unit.JPY).isPresent();
    }

    private static Quantity quantity(String text, Scale scale) {
        return QuantityParser.parse(text.replace("±", ""), scale, Unit.JPY).orElseThrow().withUnit(Unit.JPY);
    }

    private Optional<Period> period(Word w) {
        Optional<Period> p = ctx.periods().parse(TextNormalizer.fold(w.text()));
        return p.filter(x -> !x.isInstant());
    }

    /** The figures of a line, a sign printed apart (「▲ 331」) joined to its digits. */
    private static List<Figure> figures(Line line) {
        List<Figure> out = new ArrayList<>();
        List<Word> ws = line.words();
        for (int i = 0; i < ws.size(); i++) {
            Word w = ws.get(i);
            if (w.box() == null) continue;
            String t = TextNormalizer.fold(w.text()).strip();
            BoundingBox box = w.box();
            if (SIGN.matcher(t).matches() && i + 1 < ws.size() && ws.get(i + 1).box() != null
                    && UNSIGNED.matcher(TextNormalizer.fold(ws.get(i + 1).text()).strip()).matches()) {
                Word next = ws.get(++i);
                t = t + TextNormalizer.fold(next.text()).strip();
                box = box.union(next.box());
            }
            if (SIGNED.matcher(t).matches() || UNSIGNED.matcher(t).matches()) out.add(new Figure(t, box, line.text()));
        }
        return out;
    }

    private static float centre(Word w) { return (w.box().x0() + w.box().x1()) / 2; }
}
