package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.internal.extract.label.SegmentBlock;
import dev.irx.internal.extract.label.SegmentLabels;
import dev.irx.internal.extract.table.CellMeasures;
import dev.irx.internal.extract.table.Column;
import dev.irx.internal.extract.table.ColumnModel;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the number labels of a slide's bar charts from their positions. An axis is a line of period
 * words (「1Q24 2Q24 3Q24 4Q24 1Q25」); the labels standing above a category, inside its band, are its
 * bar. A bar with one label is that period's figure; a bar of several is read only when its top label
 * is the sum of the others within their rounding. Its parts are read too when the colour of the segment
 * each part is printed in (or beside) is named by the chart's legend ({@link SeriesByColour}); otherwise
 * only the total is taken, with a warning. A bar that prints only its parts, each inside its piece, is read
 * part by part when colour, legend and stack order place every label ({@link SeriesByColour#stack}), and not
 * at all otherwise. The metric comes from the chart's heading or the slide's title; a chart whose metric the
 * dictionary does not know is reported, never guessed.
 */
public final class ChartExtractor {

    /**
     * A bar label: a plain figure, optionally negative, about (「約54億円」) or with its own unit. Percentages are YoY
     * tags.
     */
    private static final Pattern LABEL = Pattern.compile("^約?[△▲-]?¥?\\d{1,3}(,\\d{3})*(\\.\\d+)?(名|億円|百万円|円)?$");
    /** Words around a chart heading that do not change its metric. */
    private static final Pattern HEADING_TRAILER = Pattern.compile(
            "(\\([^()]*\\)|の四半期推移|の推移|四半期推移|推移|の見通し|と見通し)+$");
    private static final Pattern SECTION_NUMBER = Pattern.compile("^[IVXⅠ-Ⅹ0-9]+(-\\d+)?\\.\\s*");
    /** What a heading says in brackets it counts: 「SI構築(一時売上)」. */
    private static final Pattern GLOSS = Pattern.compile("\\(([^()]+)\\)$");
    private static final int HEADING_LINES = 3;
    /** For labels that carry their own unit (「5,221名」) on a slide without a caption. */
    static final UnitCaption NO_CAPTION = new UnitCaption(Scale.ONE, Unit.NONE);

    private final ExtractionContext ctx;
    /** The deck's names for its segments (glossary, KPI lines); null where the document has none. */
    private final DeckNames names;

    public ChartExtractor(ExtractionContext ctx, DeckNames names) {
        this.ctx = ctx;
        this.names = names;
    }

    private record Category(Column column, float cx) {}

    private record Axis(List<Category> categories, float top, float bottom, float x0, float x1, float halfBand,
                        String text) {}

    private record Label(Word word, String text, Quantity quantity, float cx) {}

    public void extract(Page page) {
        if (ctx.info().kind() != DocumentKind.KESSAN_DECK) return;
        List<String> folded = ctx.folded().lines(page);
        Optional<UnitCaption> caption = CellMeasures.slideCaption(folded);
        List<Axis> axes = axes(page.lines(), folded);
        if (axes.isEmpty()) return;
        List<Label> labels = labels(page.lines());
        for (Axis axis : axes) read(page, axis, axes, labels, caption, folded);
    }

    /** A category word of an axis line: its period column and the word. */
    private record Tick(Category category, Word word) {}

    /**
     * Lines made only of period words, split where the periods stop running forward (two charts). A line may also
     * hold an axis beside words that stand under another chart's axis (its year total, 「FY24:359.4 [+16.2%]」,
     * printed on the baseline of the next chart's axis): those words are that chart's and are set aside, when the
     * periods left do not stand under that chart too.
     */
    private List<Axis> axes(List<Line> lines, List<String> folded) {
        List<Axis> out = new ArrayList<>();
        List<Line> mixed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.words().size() < 2 || line.box() == null || ctx.isFurniture(folded.get(i))) continue;
            List<List<Tick>> runs = runs(line.words());
            if (runs.isEmpty()) mixed.add(line);
            else addAxes(runs, line, out);
        }
        List<Axis> pure = List.copyOf(out);
        for (Line line : mixed) {
            List<Word> own = new ArrayList<>();
            List<Axis> neighbours = new ArrayList<>();
            for (Word w : line.words()) {
                Axis under = w.box() == null ? null : pure.stream().filter(a -> standsUnder(w, a)).findFirst().orElse(null);
                if (under == null) own.add(w);
                else if (!neighbours.contains(under)) neighbours.add(under);
            }
            if (neighbours.isEmpty() || own.size() < 2) continue;
            List<List<Tick>> runs = runs(own);
            boolean apart = runs.stream().flatMap(List::stream).noneMatch(t -> neighbours.stream().anyMatch(
                    a -> t.word().box().x1() > a.x0() - a.halfBand() && t.word().box().x0() < a.x1() + a.halfBand()));
            if (!runs.isEmpty() && apart) addAxes(runs, line, out);
        }
        return out;
    }

    /** Whether a word stands below an axis, within its categories' bands. */
    private static boolean standsUnder(Word w, Axis a) {
        float cx = (w.box().x0() + w.box().x1()) / 2;
        return w.box().y0() >= a.bottom() && cx >= a.x0() - a.halfBand() && cx <= a.x1() + a.halfBand();
    }

    private void addAxes(List<List<Tick>> runs, Line line, List<Axis> out) {
        for (List<Tick> run : runs) {
            if (run.size() < 2) continue;
            float spacing = Float.MAX_VALUE;
            for (int k = 1; k < run.size(); k++) {
                spacing = Math.min(spacing, run.get(k).category().cx() - run.get(k - 1).category().cx());
            }
            List<Category> cats = run.stream().map(Tick::category).toList();
            String text = String.join(" ", run.stream().map(t -> TextNormalizer.fold(t.word().text())).toList());
            BoundingBox box = run.get(0).word().box();
            for (Tick t : run) box = box.union(t.word().box());
            out.add(new Axis(cats, line.box().y0(), line.box().y1(), box.x0(), box.x1(), spacing * 0.45f, text));
        }
    }

    /** The runs of forward-moving periods the words are made of; empty when any word is not a period. */
    private List<List<Tick>> runs(List<Word> words) {
        List<List<Tick>> runs = new ArrayList<>();
        List<Tick> run = new ArrayList<>();
        for (Word w : words) {
            Optional<Column> c = w.box() == null ? Optional.empty()
                    : ColumnModel.valueColumn(TextNormalizer.fold(w.text()), ctx.periods());
            if (c.isEmpty()) return List.of();
            Period p = c.get().period();
            if (!run.isEmpty() && !p.end().isAfter(run.get(run.size() - 1).category().column().period().end())) {
                runs.add(run);
                run = new ArrayList<>();
            }
            run.add(new Tick(new Category(c.get(), (w.box().x0() + w.box().x1()) / 2), w));
        }
        runs.add(run);
        return runs;
    }

    private static List<Label> labels(List<Line> lines) {
        List<Label> out = new ArrayList<>();
        for (Line line : lines) {
            for (Word w : line.words()) {
                if (w.box() == null) continue;
                String t = TextNormalizer.fold(w.text());
                if (!LABEL.matcher(t).matches() || enumerator(w.text())) continue;
                QuantityParser.parse(t).ifPresent(q -> out.add(new Label(w, t, q, (w.box().x0() + w.box().x1()) / 2)));
            }
        }
        return out;
    }

    /** 「①」 folds to 「1」, but it numbers a slide or a point (「四半期業績 ①」), never labels a bar. */
    private static boolean enumerator(String raw) {
        return raw.codePoints().anyMatch(cp -> cp >= 0x2460 && cp <= 0x24FF || cp >= 0x3251 && cp <= 0x32BF);
    }

    private void read(Page page, Axis axis, List<Axis> axes, List<Label> labels, Optional<UnitCaption> caption,
                      List<String> folded) {
        // The chart stands between its axis and the next axis above it that shares its width.
        float ceiling = 0;
        for (Axis other : axes) {
            if (other != axis && other.bottom() <= axis.top() && other.x1() > axis.x0() && other.x0() < axis.x1()) {
                ceiling = Math.max(ceiling, other.bottom());
            }
        }
        List<List<Label>> bars = new ArrayList<>();
        int filled = 0;
        for (Category c : axis.categories()) {
            List<Label> bar = new ArrayList<>();
            for (Label l : labels) {
                BoundingBox b = l.word().box();
                if (b.y1() <= axis.top() + 1 && b.y0() >= ceiling && Math.abs(l.cx() - c.cx()) <= axis.halfBand()) bar.add(l);
            }
            bar.sort(Comparator.comparingDouble(l -> l.word().box().y0()));
            bars.add(bar);
            if (!bar.isEmpty()) filled++;
        }
        if (filled < 2) return;
        String where = "p." + page.number() + ": chart over '" + axis.text() + "'";
        int depth = -1;
        for (List<Label> bar : bars) {
            if (bar.isEmpty()) continue;
            if (depth >= 0 && depth != bar.size()) {
                // Some bars stacked and some not: labels of a neighbouring chart may have strayed in.
                ctx.sink().warn(where + ": its bars carry different numbers of labels; chart not read");
                return;
            }
            depth = bar.size();
        }
        // Every label printed inside a piece of its bar: the chart prints its parts and no total.
        List<List<String>> stacks = depth > 1 ? stacksWithoutTotal(page, axis, axes, ceiling, bars) : null;
        if (stacks != null) {
            readParts(page, axis, axes, ceiling, bars, stacks, caption, folded, where);
            return;
        }
        List<Label> values = new ArrayList<>();
        for (List<Label> bar : bars) {
            if (bar.isEmpty()) { values.add(null); continue; }
            if (bar.size() > 1 && !addsUp(bar)) {
                ctx.sink().warn(where + ": the labels of a bar do not add up to its top label, nor are they each"
                        + " inside a piece of the bar of a colour its legend names; chart not read");
                return;
            }
            values.add(bar.get(0));
        }
        List<List<String>> series = depth > 1 ? seriesByColour(page, axis, axes, ceiling, bars) : null;
        float top = Float.MAX_VALUE;
        for (Label l : values) if (l != null) top = Math.min(top, l.word().box().y0());
        Optional<Heading> heading = heading(page.lines(), axis, axes, top, ceiling, folded);
        int first = firstFilled(bars);
        if (heading.isEmpty() && series != null) heading = headingOfParts(series.get(first), folded);
        if (heading.isEmpty()) {
            ctx.sink().warn(where + ": no known metric in the chart's heading or the slide's title; chart not read");
            return;
        }
        String segment = heading.get().subject().segment();
        Metric metric = heading.get().subject().metric() != null ? heading.get().subject().metric()
                : chosen(heading.get().subject(), axis, values, caption).orElse(null);
        if (metric == null) {
            ctx.sink().warn(where + ": its heading '" + heading.get().text() + "' names several metrics and the"
                    + " deck's figures do not tell which the bars show; chart not read");
            return;
        }
        List<Part> parts = series == null ? null : parts(series.get(first), metric,
                axis.categories().get(first).column().period().fiscalYearEnd(), segment,
                name -> partReads(name, metric, axis, bars, 1, series, caption));
        if (depth > 1 && parts == null) {
            ctx.sink().warn(where + ": the parts of its stacked bars are not told apart by colour and legend; totals only");
        }
        for (int k = 0; k < values.size(); k++) {
            Label l = values.get(k);
            if (l == null) continue;
            Column col = axis.categories().get(k).column();
            // A bare figure on a slide with no unit caption has no unit: not read.
            if (caption.isEmpty() && l.quantity().unit() == Unit.NONE) continue;
            CellMeasures.Resolved r = CellMeasures.resolve(metric, col, l.quantity(), caption.orElse(NO_CAPTION));
            if (r == null) {
                ctx.sink().warn(where + ": label '" + l.text() + "' does not fit " + metric.json());
                continue;
            }
            Period period = YearParts.forMetric(metric, col.period());
            ctx.sink().add(metric, r.measure(), heading.get().text(), segment, ctx.scope(null), period, col.basis(),
                    r.quantity(), r.unit(), FactSource.CHART, page.number(), l.word().box(),
                    heading.get().text() + " " + col.header() + ": " + l.text());
            Optional<BarYoyTags.Tag> yoy = BarYoyTags.over(l.word(), axis.categories().get(k).cx(), axis.halfBand(),
                    ceiling, page.lines());
            if (yoy.isPresent()) {
                ctx.sink().add(metric, Measure.YOY_PCT, heading.get().text(), segment, ctx.scope(null),
                        period, col.basis(), yoy.get().pct(), Unit.PERCENT, FactSource.CHART, page.number(),
                        yoy.get().word().box(), heading.get().text() + " " + col.header() + ": " + l.text() + " "
                        + TextNormalizer.fold(yoy.get().word().text()));
            }
            if (parts != null) addParts(page, bars.get(k), 1, series.get(k), parts, col, caption, heading.get(), where);
        }
        new ChartYearTotal(ctx).read(page, axis.x0() - axis.halfBand(), axis.x1() + axis.halfBand(), axis.bottom(),
                totals(metric, axis, values, caption), metric, segment, caption, where);
        Optional<Measure> bracketed = BracketedChartFigures.measureOf(heading.get().text());
        if (bracketed.isPresent()) {
            List<Column> columns = axis.categories().stream().map(Category::column).toList();
            float[] centres = new float[columns.size()];
            for (int k = 0; k < centres.length; k++) centres[k] = axis.categories().get(k).cx();
            BracketedChartFigures.read(ctx, page, bracketed.get(), metric, heading.get().text(), segment,
                    columns, centres, axis.halfBand(), axis.bottom(), axis.bottom() - axis.top());
        }
    }

    /** The chart's totals as read, one per filled category, scaled by the slide's caption. */
    private List<StatedFigures.Read> totals(Metric metric, Axis axis, List<Label> values, Optional<UnitCaption> caption) {
        List<StatedFigures.Read> out = new ArrayList<>();
        for (int k = 0; k < values.size(); k++) {
            if (values.get(k) == null) continue;
            read(metric, axis.categories().get(k).column(), values.get(k), caption).ifPresent(out::add);
        }
        return out;
    }

    /** A label as the figure of the metric it would give, for comparing with the deck's stated figures. */
    private static Optional<StatedFigures.Read> read(Metric metric, Column col, Label l, Optional<UnitCaption> caption) {
        if (caption.isEmpty() && l.quantity().unit() == Unit.NONE) return Optional.empty();
        CellMeasures.Resolved r = CellMeasures.resolve(metric, col, l.quantity(), caption.orElse(NO_CAPTION));
        if (r == null || r.measure() != Measure.VALUE) return Optional.empty();
        return Optional.of(new StatedFigures.Read(YearParts.forMetric(metric, col.period()), col.basis(), r.quantity()));
    }

    /**
     * The metric a heading that lists several (「売上原価・売上総利益」) shows: the one whose figures the deck stated
     * elsewhere the bars repeat (and contradict nowhere).
     */
    private Optional<Metric> chosen(ChartSubject subject, Axis axis, List<Label> values, Optional<UnitCaption> caption) {
        Optional<Metric> found = Optional.empty();
        for (Metric m : subject.metrics()) {
            if (!StatedFigures.confirmed(ctx.sink().facts(), m, subject.segment(), totals(m, axis, values, caption))) continue;
            if (found.isPresent()) return Optional.empty();
            found = Optional.of(m);
        }
        return found;
    }

    /**
     * A chart of stacked bars that prints each part and no total (「一時」 and 「月額」 inside their pieces): only the
     * parts are read, each as the series its piece's colour is named by ({@link SeriesByColour#stack}).
     */
    private void readParts(Page page, Axis axis, List<Axis> axes, float ceiling, List<List<Label>> bars,
                           List<List<String>> series, Optional<UnitCaption> caption, List<String> folded, String where) {
        float top = Float.MAX_VALUE;
        for (List<Label> bar : bars) if (!bar.isEmpty()) top = Math.min(top, bar.get(0).word().box().y0());
        int first = firstFilled(bars);
        Optional<Heading> heading = heading(page.lines(), axis, axes, top, ceiling, folded)
                .or(() -> headingOfParts(series.get(first), folded));
        if (heading.isEmpty()) {
            ctx.sink().warn(where + ": no known metric in the chart's heading or the slide's title; chart not read");
            return;
        }
        Metric metric = heading.get().subject().metric();
        if (metric == null) {
            // With no totals there are no figures to tell the metrics apart by.
            ctx.sink().warn(where + ": its heading '" + heading.get().text() + "' names several metrics; chart not read");
            return;
        }
        List<Part> parts = parts(series.get(first), metric, axis.categories().get(first).column().period().fiscalYearEnd(),
                heading.get().subject().segment(), name -> partReads(name, metric, axis, bars, 0, series, caption));
        if (parts == null) {
            ctx.sink().warn(where + ": its parts are named as the chart's own metric; chart not read");
            return;
        }
        for (int k = 0; k < bars.size(); k++) {
            if (bars.get(k).isEmpty()) continue;
            addParts(page, bars.get(k), 0, series.get(k), parts, axis.categories().get(k).column(), caption,
                    heading.get(), where);
        }
    }

    /**
     * The figures a series shows, bar by bar: the label at its place in each stack.
     *
     * @param from where the parts start in a bar: 1 under a total, 0 in a bar that prints none
     */
    private List<StatedFigures.Read> partReads(String name, Metric metric, Axis axis, List<List<Label>> bars, int from,
                                               List<List<String>> series, Optional<UnitCaption> caption) {
        List<StatedFigures.Read> out = new ArrayList<>();
        for (int k = 0; k < bars.size(); k++) {
            if (bars.get(k).isEmpty() || series.get(k) == null) continue;
            int at = series.get(k).indexOf(name);
            if (at < 0) continue;
            read(metric, axis.categories().get(k).column(), bars.get(k).get(at + from), caption).ifPresent(out::add);
        }
        return out;
    }

    /**
     * What a series of a stacked bar is: a segment of the chart's metric (「ネットワークサービス」, 「現金支払」); a
     * part of the year the bar stands for (「上期」「下期」 stacked into the year); or, when a series is named by a
     * metric of its own, that metric (Adjusted EBITDA stacked as 営業利益 + 設備投資償却額), and then a series
     * the dictionary does not know is a metric not tracked, and is skipped (null).
     *
     * @param segment  the segment, or null
     * @param yearPart whether the name is a part of the bar's year
     * @param ownMetric whether the series is named by a metric of its own
     */
    private record Part(String name, Metric metric, String segment, boolean yearPart, boolean ownMetric) {}

    /**
     * The parts in the order of {@code names}; null when a series is named as the chart's own metric. A chart of a
     * segment ({@code whole}) breaks it down by its parts; see {@link #partSegment}.
     */
    private List<Part> parts(List<String> names, Metric chartMetric, YearMonth fiscalYearEnd, String whole,
                             Function<String, List<StatedFigures.Read>> reads) {
        List<Optional<Metric>> metrics = names.stream().map(n -> ctx.labels().lookup(n)).toList();
        boolean ofMetrics = metrics.stream().anyMatch(Optional::isPresent);
        List<Part> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (!ofMetrics && (ctx.periods().parse(name, fiscalYearEnd).isPresent()
                    || ctx.labels().partNamedBy(name, chartMetric).isPresent())) {
                out.add(new Part(name, chartMetric, whole, true, false));
            } else if (!ofMetrics) {
                String segment = whole == null ? ctx.knownSegment(name).orElse(SegmentLabels.name(name))
                        : partSegment(whole, name, chartMetric, reads.apply(name));
                out.add(new Part(name, chartMetric, segment, false, false));
            } else if (metrics.get(i).isEmpty()) {
                out.add(null);
            } else if (metrics.get(i).get() == chartMetric && ctx.labels().part(name).isPresent()) {
                // 「中間配当」「期末配当」 stacked into the year's dividend: parts of the bar's year.
                out.add(new Part(name, chartMetric, whole, true, false));
            } else if (metrics.get(i).get() == chartMetric) {
                return null;
            } else {
                out.add(new Part(name, metrics.get(i).get(), whole, false, true));
            }
        }
        return out;
    }

    /**
     * The segment a series of a segment's chart is: a part of that segment the deck names so (a legend may leave
     * off the generic head, 「…接続」 for 「…接続サービス」); else the one place the deck gave that name elsewhere in
     * its tree, when the deck's own figures for it are the chart's (「IIJmio」 in a chart of モバイルサービス, which
     * gathers lines from several branches); else a new part of the segment, as the legend names it.
     */
    private String partSegment(String whole, String name, Metric metric, List<StatedFigures.Read> reads) {
        if (names != null) {
            Optional<String> under = names.partOf(whole, name);
            if (under.isPresent()) return under.get();
            Optional<String> qualified = ChartSubject.qualifiedPart(whole, SegmentLabels.name(name));
            if (qualified.isPresent()) return names.partOf(whole, qualified.get()).orElse(whole + "/" + qualified.get());
            Optional<String> placed = names.placed(SegmentLabels.name(name));
            if (placed.isPresent() && StatedFigures.confirmed(ctx.sink().facts(), metric, placed.get(), reads)) {
                return placed.get();
            }
        }
        return whole + "/" + SegmentLabels.name(name);
    }

    /** The period of a part: the bar's own, or the part of the bar's year the series names; null when neither. */
    private Period periodOf(Part part, Column col) {
        if (!part.yearPart()) return YearParts.forMetric(part.metric(), col.period());
        Period year = col.period();
        if (year.span() != Span.FY) return null;
        Optional<Period> p = ctx.periods().parse(part.name(), year.fiscalYearEnd())
                .or(() -> ctx.labels().part(part.name()).or(() -> ctx.labels().partNamedBy(part.name(), part.metric()))
                        .map(span -> YearParts.part(ctx.periods().calendar(), span, year.fiscalYearEnd())));
        return p.filter(q -> q.fiscalYearEnd().equals(year.fiscalYearEnd()) && q.span() != Span.FY
                && !q.isInstant()).orElse(null);
    }

    /** @param from where the parts start in the bar: 1 under a total, 0 in a bar that prints none */
    private void addParts(Page page, List<Label> bar, int from, List<String> names, List<Part> parts, Column col,
                          Optional<UnitCaption> caption, Heading heading, String where) {
        for (int i = from; i < bar.size(); i++) {
            String name = names.get(i - from);
            Part part = parts.stream().filter(p -> p != null && p.name().equals(name)).findFirst().orElse(null);
            if (part == null) continue;
            Label l = bar.get(i);
            if (caption.isEmpty() && l.quantity().unit() == Unit.NONE) continue;
            CellMeasures.Resolved r = CellMeasures.resolve(part.metric(), col, l.quantity(), caption.orElse(NO_CAPTION));
            if (r == null) {
                ctx.sink().warn(where + ": label '" + l.text() + "' of " + name + " does not fit " + part.metric().json());
                continue;
            }
            Period period = periodOf(part, col);
            if (period == null) {
                ctx.sink().warn(where + ": series '" + name + "' is not a part of " + col.header() + "; not read");
                continue;
            }
            String label = part.ownMetric() ? name : heading.text();
            ctx.sink().add(part.metric(), r.measure(), label, part.segment(), ctx.scope(null), period, col.basis(),
                    r.quantity(), r.unit(), FactSource.CHART, page.number(), l.word().box(),
                    heading.text() + " " + col.header() + " " + name + ": " + l.text());
        }
    }

    /**
     * The series of each stacked bar's parts (null for an empty bar), told by colour; null unless every bar's
     * parts are told and every bar has the same series.
     */
    private List<List<String>> seriesByColour(Page page, Axis axis, List<Axis> axes, float ceiling,
                                              List<List<Label>> bars) {
        SeriesByColour colours = colours(page, axis, axes, ceiling);
        if (colours == null) return null;
        List<List<String>> out = new ArrayList<>();
        Set<String> names = null;
        for (int k = 0; k < bars.size(); k++) {
            List<Label> bar = bars.get(k);
            if (bar.isEmpty()) { out.add(null); continue; }
            float cx = axis.categories().get(k).cx();
            Optional<List<String>> s = colours.assign(bar.get(0).word(),
                    bar.subList(1, bar.size()).stream().map(Label::word).toList(), cx - axis.halfBand(), cx + axis.halfBand());
            if (s.isEmpty()) return null;
            if (names == null) names = Set.copyOf(s.get());
            else if (!names.equals(Set.copyOf(s.get()))) return null;
            out.add(s.get());
        }
        return out;
    }

    /** The series of every label of every bar, where each bar prints only its parts; null unless all are told. */
    private List<List<String>> stacksWithoutTotal(Page page, Axis axis, List<Axis> axes, float ceiling,
                                                  List<List<Label>> bars) {
        SeriesByColour colours = colours(page, axis, axes, ceiling);
        if (colours == null) return null;
        List<List<String>> out = new ArrayList<>();
        for (int k = 0; k < bars.size(); k++) {
            List<Label> bar = bars.get(k);
            if (bar.isEmpty()) { out.add(null); continue; }
            float cx = axis.categories().get(k).cx();
            Optional<List<String>> s = colours.stack(bar.stream().map(Label::word).toList(),
                    cx - axis.halfBand(), cx + axis.halfBand());
            if (s.isEmpty()) return null;
            out.add(s.get());
        }
        return out;
    }

    /** The colours and legend of the chart's area; null when the slide has no fills or the chart no legend. */
    private static SeriesByColour colours(Page page, Axis axis, List<Axis> axes, float ceiling) {
        if (page.fills().isEmpty()) return null;
        // The chart's area runs right up to the next chart beside it: a legend stands at a chart's right.
        float right = page.width();
        for (Axis other : axes) {
            if (other != axis && other.top() < axis.bottom() && other.bottom() > axis.top() && other.x0() > axis.x1()) {
                right = Math.min(right, other.x0() - other.halfBand());
            }
        }
        BoundingBox area = new BoundingBox(axis.x0() - axis.halfBand(), ceiling, Math.max(right, axis.x1()), axis.bottom());
        SeriesByColour colours = new SeriesByColour(page, area);
        return colours.hasLegend() ? colours : null;
    }

    private static int firstFilled(List<List<Label>> bars) {
        for (int k = 0; k < bars.size(); k++) if (!bars.get(k).isEmpty()) return k;
        return -1;
    }

    /** Whether the top label of a stacked bar is the sum of the labels below it, within their rounding. */
    private static boolean addsUp(List<Label> bar) {
        return addsUp(bar.get(0).quantity(), bar.subList(1, bar.size()).stream().map(Label::quantity).toList());
    }

    /** Whether a total is the sum of its parts as printed (same scale and unit), within their rounding. */
    static boolean addsUp(Quantity total, List<Quantity> parts) {
        BigDecimal sum = BigDecimal.ZERO;
        int maxScale = total.number().scale();
        for (Quantity q : parts) {
            if (q.scale() != total.scale() || q.unit() != total.unit()) return false;
            sum = sum.add(q.number());
            maxScale = Math.max(maxScale, q.number().scale());
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(maxScale);
        BigDecimal tolerance = unit.multiply(BigDecimal.valueOf(parts.size() + 1)).divide(BigDecimal.valueOf(2));
        return sum.subtract(total.number()).abs().compareTo(tolerance) <= 0;
    }

    private record Heading(ChartSubject subject, String text) {}

    /** The chart's metric: from the text just above its labels and inside its width, else the slide title. */
    private Optional<Heading> heading(List<Line> lines, Axis axis, List<Axis> axes, float top, float ceiling,
                                      List<String> folded) {
        float x0 = axis.x0() - axis.halfBand(), x1 = axis.x1() + axis.halfBand();
        // Charts side by side share heading lines: a word heads the chart whose middle is nearest to it.
        List<Axis> beside = axes.stream().filter(a -> a.top() < axis.bottom() && a.bottom() > axis.top()).toList();
        int seen = 0;
        for (int i = lines.size() - 1; i >= 0 && seen < HEADING_LINES; i--) {
            Line line = lines.get(i);
            if (line.box() == null || line.box().y1() > top || line.box().y1() < ceiling) continue;
            StringBuilder sb = new StringBuilder();
            List<Word> words = line.words();
            boolean straddles = false;
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                if (w.box() == null) continue;
                float cx = (w.box().x0() + w.box().x1()) / 2;
                if (cx < x0 || cx > x1 || nearest(beside, cx) != axis) continue;
                sb.append(TextNormalizer.fold(w.text()));
                // A heading that runs on into words over another chart or the title is not this chart's.
                straddles |= k > 0 && joined(words.get(k - 1), w) && !mine(words.get(k - 1), beside, axis, x0, x1)
                        || k + 1 < words.size() && joined(w, words.get(k + 1)) && !mine(words.get(k + 1), beside, axis, x0, x1);
            }
            if (straddles) continue;
            String text = sb.toString();
            if (text.isEmpty() || LABEL.matcher(text).matches()) continue;
            if (QuantityParser.parseCaption(text).isPresent()) continue;
            seen++;
            Optional<ChartSubject> m = subjectOf(text);
            if (m.isPresent()) return Optional.of(new Heading(m.get(), text));
        }
        if (axes.size() > 1) return Optional.empty();
        return slideTitle(folded).flatMap(t -> subjectOf(t).map(m -> new Heading(m, t)));
    }

    /** The slide's first line that is neither page furniture nor a unit caption. */
    private Optional<String> slideTitle(List<String> folded) {
        for (String t : folded) {
            if (t.isBlank() || ctx.isFurniture(t) || QuantityParser.parseCaption(t).isPresent()) continue;
            return Optional.of(t);
        }
        return Optional.empty();
    }

    /**
     * A chart with no heading of its own whose stacked series are each a part of the year of one metric (「中間配当」
     * and 「期末配当」 of the dividend): its bars are that metric for the whole year. Labelled with the slide's title.
     */
    private Optional<Heading> headingOfParts(List<String> series, List<String> folded) {
        Metric metric = null;
        Set<Span> parts = new java.util.HashSet<>();
        for (String name : series) {
            Optional<Metric> m = ctx.labels().lookup(name);
            Optional<Span> part = ctx.labels().part(name);
            if (m.isEmpty() || part.isEmpty() || metric != null && m.get() != metric || !parts.add(part.get())) {
                return Optional.empty();
            }
            metric = m.get();
        }
        if (metric == null) return Optional.empty();
        return Optional.of(new Heading(ChartSubject.of(metric), slideTitle(folded).orElse(metric.json())));
    }

    /** Whether two words of a line are one phrase: the gap between them is under two characters. */
    private static boolean joined(Word a, Word b) {
        if (a.box() == null || b.box() == null) return false;
        float size = Math.max(a.box().height(), b.box().height());
        return b.box().x0() - a.box().x1() < 2 * size;
    }

    private static boolean mine(Word w, List<Axis> beside, Axis axis, float x0, float x1) {
        if (w.box() == null) return false;
        float cx = (w.box().x0() + w.box().x1()) / 2;
        return cx >= x0 && cx <= x1 && nearest(beside, cx) == axis;
    }

    private static Axis nearest(List<Axis> axes, float x) {
        Axis best = null;
        for (Axis a : axes) {
            if (best == null || distance(a, x) < distance(best, x)) best = a;
        }
        return best;
    }

    private static float distance(Axis a, float x) {
        return x < a.x0() ? a.x0() - x : x > a.x1() ? x - a.x1() : 0;
    }

    /** What a heading names: a metric the dictionary knows, a breakdown of one, or else a {@link ChartSubject}. */
    private Optional<ChartSubject> subjectOf(String text) {
        String t = SECTION_NUMBER.matcher(TextNormalizer.compact(text)).replaceAll("");
        for (var m : ctx.periods().findAll(t)) t = t.replace(m.text(), "");
        java.util.regex.Matcher gloss = GLOSS.matcher(t.trim());
        t = HEADING_TRAILER.matcher(t.trim()).replaceAll("");
        Optional<Metric> m = ctx.labels().lookup(t);
        if (m.isEmpty()) m = SegmentBlock.announcedBy(t, ctx.labels()).map(SegmentBlock::metric);
        if (m.isPresent()) return m.map(ChartSubject::of);
        Optional<ChartSubject> s = ChartSubject.parse(t, ctx.labels(), names);
        if (s.isEmpty() && gloss.find()) s = ChartSubject.glossed(t, gloss.group(1), ctx.labels(), names);
        return s;
    }
}
