package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.internal.extract.label.SegmentNames;
import dev.irx.internal.extract.table.CellMeasures;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.PeriodMatch;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the KPI lines of a results deck (「1Q25売上:335.6億円・+4.1%YoY」, 「FY24:316,831 [+14.8%]」): figures
 * stated in short items rather than sentences ({@link KpiGrammar}). What an item is of comes from its context:
 * its own label, the row label before it (「SI 1Q25売上」), the heading just above its block
 * (「アウトソーシングサービス」), the item a 「うち」 item is part of, and the slide's title
 * (「NWサービス 売上収益の推移」). An item whose segment, metric or unit cannot be told is reported, not guessed.
 */
public final class KpiLines {

    /** A slide's numbered title: 「Ⅱ-4. NWサービス 売上収益の推移」 (folded, Ⅱ is 「II」). */
    private static final Pattern TITLE = Pattern.compile("^[^\\p{L}\\p{N}]*(?:[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+|[IVX]{1,4}) ?(?:- ?\\d+)? ?\\.");
    /** Words around a title's metric that say how it is shown, not what it is: 「売上収益の推移」. */
    private static final Pattern TITLE_TAIL = Pattern.compile("(の(?:四半期)?推移|の内訳|推移|内訳)$");
    /** A share of the whole: 「売上構成比」 is the composition of revenue. */
    private static final Pattern COMPOSITION = Pattern.compile("構成比$");
    /** 「従業員純増」「FY24増減」: the figure is the change over the year, not the level. */
    private static final Pattern CHANGE = Pattern.compile("(純増|増減)");
    private static final Pattern CHANGE_SUFFIX = Pattern.compile("(純増|増減)$");
    /** 「連結従業員」: a name that says it is the consolidated whole, whatever block it stands in. */
    private static final Pattern CONSOLIDATED = Pattern.compile("^連結");
    /** 「CAPEX計画」: the figure is a plan. */
    private static final Pattern PLAN = Pattern.compile("(計画|予想|見通し|目標)$");
    /** A bracket that narrows what a name counts: 「NWサービス売上(除くモバイル)」 leaves mobile out. */
    private static final Pattern EXCLUSION = Pattern.compile("\\((除く[^()]+)\\)");
    private static final Pattern BRACKET = Pattern.compile("\\([^()]*\\)");
    /** A kind of revenue named whole (「ストック売上」「一時売上」): a cut across the segments, not a segment's part. */
    private static final Pattern REVENUE_KIND = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}A-Za-z]{1,6}売上$");
    /** A product line named by its brand after words that describe it: 「個人モバイルIIJmio」 is IIJmio. */
    private static final Pattern BRAND_TAIL = Pattern.compile("^[^A-Za-z]+([A-Za-z][A-Za-z0-9]{2,})$");
    /** Quarter-on-quarter changes: the vocabulary has no measure for them. */
    private static final Pattern QOQ = Pattern.compile("QoQ");
    /** Points by which a heading's left edge may miss its block's (a bullet's indent is wider). */
    private static final float ALIGN = 4f;
    /** Points between two words of one name (「Adjusted EBITDA」); wider, they are two headings side by side. */
    private static final float WORD_GAP = 6f;

    private final ExtractionContext ctx;
    private final DeckNames names;
    private final KpiFigures figures;
    /** Plain text: prose broke the block since its last heading, so an item naming nothing has no owner. */
    private boolean blockLost;

    public KpiLines(ExtractionContext ctx, DeckNames names) {
        this.ctx = ctx;
        this.names = names;
        this.figures = new KpiFigures(ctx);
    }

    /** What a line above says about the items under it. */
    private record Context(BoundingBox box, String segment, Metric metric, Period period, boolean heading,
                           boolean part, Context parent, boolean unplaced) {}

    public void extract(Page page) {
        List<String> folded = ctx.folded().lines(page);
        List<Line> lines = page.lines();
        KpiBlocks.Stacks stacks = KpiBlocks.find(lines, folded, ctx.periods());
        if (stacks.joined().isEmpty() && folded.stream().noneMatch(l -> l.indexOf(':') >= 0 || CHANGE.matcher(l).find())) {
            return;
        }
        Optional<UnitCaption> caption = CellMeasures.slideCaption(folded);
        Title title = title(page, folded);
        List<Context> above = new ArrayList<>();
        blockLost = false;
        for (int i = 0; i < lines.size(); i++) {
            String f = folded.get(i);
            Line line = lines.get(i);
            if (stacks.joined().containsKey(i)) {
                // An item set upright is read as the line it stands for, where its first word stands.
                line = stacks.joined().get(i);
                f = TextNormalizer.fold(line.text());
            } else if (stacks.taken().contains(i)) {
                continue;
            }
            boolean plain = line.box() == null;
            if (f.isBlank() || ctx.isFurniture(f)) continue;
            Optional<UnitCaption> unit = QuantityParser.parseCaption(f);
            if (unit.isPresent()) {
                // Plain text: the caption nearest above holds, as the slides run on.
                if (plain) caption = unit;
                continue;
            }
            boolean titleLine = TITLE.matcher(f).find();
            if (titleLine && plain) {
                // Plain text may hold a whole deck on one page: each title starts a slide.
                title = titleOf(f);
                above.clear();
                blockLost = false;
                continue;
            }
            if (titleLine || f.equals(title.text)) continue;
            String text = wordsFolded(line);
            Line wrapped = null;
            if (KpiGrammar.wrapsFigure(text) && i + 1 < lines.size()) {
                wrapped = lines.get(i + 1);
                text = text + wordsFolded(wrapped);
            }
            List<KpiGrammar.Item> items = KpiGrammar.items(text);
            if (items.isEmpty()) {
                if (isHeading(f)) {
                    headings(line, text, title, above);
                    blockLost = false;
                } else if (plain && (f.length() > 40 || f.matches(".*\\d.*"))) {
                    // Plain text has no columns to tell a block by: prose or a chart's numbers end it, a note does not.
                    above.clear();
                    blockLost = true;
                }
                continue;
            }
            if (inProse(items.get(0).prefix())) {
                ctx.sink().warn("p." + page.number() + ": KPI line '" + text + "' stands in a sentence; not read");
                if (plain) {
                    above.clear();
                    blockLost = true;
                }
                continue;
            }
            if (wrapped != null) i++;
            read(page, line, text, items, title, caption, above);
        }
    }

    /**
     * A heading names what the block under it is about: short, with no figure, and no note (「[ ], YoY = 前年同期比」
     * defines, 「クラウド:上期に直接転嫁」 comments).
     */
    private static boolean isHeading(String folded) {
        return folded.length() <= 40 && !folded.matches(".*[\\d=:].*");
    }

    /** A row label is a name: text with a clause break or of a sentence's length before an item is prose. */
    private static boolean inProse(String prefix) {
        return prefix.length() > 20 || prefix.indexOf('、') >= 0 || prefix.indexOf('。') >= 0;
    }

    /** The slide's title: its period, metric and segment, each when it names exactly one. */
    private Title title(Page page, List<String> folded) {
        String text = null;
        for (String f : folded) {
            if (TITLE.matcher(f).find()) { text = f; break; }
        }
        if (text == null && page.lines().size() > 0 && page.lines().get(0).box() != null) {
            for (String f : folded) {
                if (f.isBlank() || QuantityParser.parseCaption(f).isPresent()) continue;
                text = f;
                break;
            }
        }
        return text == null ? new Title(null, null, null, null) : titleOf(text);
    }

    private Title titleOf(String text) {
        List<PeriodMatch> ps = ctx.periods().findAll(text);
        // 「FY24末 連結財政状態(25年3月末)」 names one time twice.
        List<Period> distinct = ps.stream().map(PeriodMatch::period).distinct().toList();
        Period period = distinct.size() == 1 ? distinct.get(0) : null;
        Metric metric = null;
        String segment = null;
        for (String word : TITLE.matcher(text).replaceFirst("").strip().split(" ")) {
            // 「①売上高の推移」 (folded to 「1売上高…」): the slide's number in a series is no part of the metric.
            String w = TITLE_TAIL.matcher(BRACKET.matcher(word).replaceAll("").replaceFirst("^(?:[①-⑳]|\\d(?![\\dQ]))", ""))
                    .replaceFirst("");
            Optional<Metric> m = ctx.labels().lookup(w);
            if (m.isPresent()) {
                metric = m.get();
                continue;
            }
            Optional<String> s = names.segment(w, null);
            if (s.isPresent()) segment = s.get();
        }
        return new Title(segment, metric, period, text);
    }

    private record Title(String segment, Metric metric, Period period, String text) {}

    /** A line of names without figures: each word a heading over the block beneath it. */
    private void headings(Line line, String text, Title title, List<Context> above) {
        if (line.box() == null) {
            above.add(heading(text.strip(), null, title));
            return;
        }
        // Words close together are one name (「Adjusted EBITDA」); a wide gap parts two headings.
        StringBuilder name = new StringBuilder();
        BoundingBox box = null;
        for (Word w : line.words()) {
            if (w.box() == null) continue;
            if (box != null && w.box().x0() - box.x1() > WORD_GAP) {
                above.add(heading(name.toString(), box, title));
                name.setLength(0);
                box = null;
            }
            if (box != null) name.append(' ');
            name.append(TextNormalizer.fold(w.text()).strip());
            box = box == null ? w.box() : box.union(w.box());
        }
        if (box != null) above.add(heading(name.toString(), box, title));
    }

    private Context heading(String text, BoundingBox box, Title title) {
        Named n = named(text.replaceFirst("^[^\\p{L}\\p{N}(]+", ""), title.segment);
        return new Context(box, n.segment, n.metric, null, true, false, null, n.unplaced);
    }

    /** A name as segment and metric: 「NWサービス売上(除くモバイル)」, 「ストック売上」, 「売上の内訳」. */
    private record Named(String segment, Metric metric, boolean unplaced) {}

    private Named named(String text, String under) {
        if (text.isEmpty()) return new Named(null, null, false);
        Matcher ex = EXCLUSION.matcher(text);
        String exclusion = ex.find() ? ex.group(1) : null;
        String gloss = text;
        String base = TITLE_TAIL.matcher(BRACKET.matcher(text).replaceAll("").strip()).replaceFirst("");
        Optional<Metric> direct = ctx.labels().lookup(base);
        if (direct.isPresent()) return new Named(null, direct.get(), false);
        // 「営業利益・当期利益(四半期)」: a heading over several metrics names none of them, and no segment.
        String[] listed = base.split("・");
        if (listed.length > 1 && java.util.Arrays.stream(listed).allMatch(p -> ctx.labels().lookup(p).isPresent())) {
            return new Named(null, null, false);
        }
        String owner = base;
        Metric metric = null;
        int no = base.lastIndexOf('の');
        if (no > 0 && ctx.labels().lookup(base.substring(no + 1)).isPresent()) {
            metric = ctx.labels().lookup(base.substring(no + 1)).get();
            owner = base.substring(0, no);
        } else {
            Optional<CompoundLabel.Split> split = CompoundLabel.split(base, ctx.labels());
            if (split.isPresent()) {
                metric = split.get().metric();
                owner = split.get().qualifier();
            }
        }
        if (metric == null && !gloss.equals(base)) {
            // 「SI構築(一時売上)」: the gloss may say what is counted.
            Matcher b = BRACKET.matcher(gloss);
            while (b.find() && metric == null) {
                String inner = b.group().substring(1, b.group().length() - 1);
                metric = ctx.labels().lookup(inner).or(() -> CompoundLabel.split(inner, ctx.labels())
                        .map(CompoundLabel.Split::metric)).orElse(null);
            }
        }
        Optional<String> segment = names.segment(owner, under);
        if (segment.isEmpty() && metric == Metric.REVENUE && REVENUE_KIND.matcher(base).matches()) {
            segment = names.known(base).or(() -> Optional.of(base));
        }
        if (segment.isEmpty()) return new Named(null, metric, true);
        String s = exclusion == null ? segment.get() : segment.get() + "(" + exclusion + ")";
        return new Named(s, metric, false);
    }

    /**
     * The nearest line above an item's left edge that says something (a heading or an item line); when none
     * stands over that edge, the nearest heading over any of the item (a chart's title over its total).
     */
    private static Context contextAbove(List<Context> above, BoundingBox box) {
        Context best = null;
        Context overlapping = null;
        for (Context c : above) {
            if (box == null || c.box == null) {
                best = c;
                continue;
            }
            if (c.box.y1() > box.y0() + 2) continue;
            boolean overEdge = c.box.x0() <= box.x0() + ALIGN && c.box.x1() > box.x0();
            if (overEdge && (best == null || c.box.y0() > best.box.y0())) best = c;
            boolean overlaps = c.heading && c.box.x0() < box.x1() && box.x0() < c.box.x1();
            if (overlaps && (overlapping == null || c.box.y0() > overlapping.box.y0())) overlapping = c;
        }
        return best != null ? best : overlapping;
    }

    private void read(Page page, Line line, String text, List<KpiGrammar.Item> items, Title title,
                      Optional<UnitCaption> caption, List<Context> above) {
        String where = "p." + page.number() + ": KPI line '" + text + "'";
        List<Context> stated = new ArrayList<>();
        Context previous = null;
        Context previousUp = null;
        boolean previousUnread = false;
        // A row label irx could not read (「新卒入社 FY23:+246名 FY24:+307名」) owns every item of its line.
        boolean rowUnread = false;
        for (KpiGrammar.Item item : items) {
            if (rowUnread) {
                ctx.sink().warn(where + ": item '" + item.label() + "' is of a row irx could not read; not read");
                continue;
            }
            // Each item has its own block: a line may hold the totals under three charts side by side.
            BoundingBox box = boxOf(line, text, item.start() + item.prefix().length(), item.end());
            Context up = contextAbove(above, box);
            if (up != previousUp) {
                previous = null;
                previousUnread = false;
            }
            previousUp = up;
            if (QOQ.matcher(item.label()).find()) {
                ctx.sink().warn("p." + page.number() + ": QoQ figure '" + item.label() + ":" + item.value()
                        + "' has no measure in the vocabulary; not read");
                continue;
            }
            // A heading straight above the item's column wins over a word left of it: a chart's legend may stand
            // on the item's baseline (「ATM運営事業 1Q25:116.9億円…」 under 「一時売上(SI構築)」).
            boolean headed = up != null && up.heading && up.box != null && box != null
                    && Math.abs(up.box.x0() - box.x0()) <= ALIGN;
            String prefix = headed ? null : item.prefix().replaceFirst("^[^\\p{L}\\p{N}]+", "");
            Context c = item(page, item, prefix, up, previous, previousUnread, title,
                    caption, line, text, where);
            previousUnread = c == null;
            rowUnread = c == null && prefix != null && !prefix.isEmpty();
            previous = c;
            if (c != null) stated.add(new Context(box, c.segment, c.metric, c.period, false, c.part, c.parent, false));
        }
        above.addAll(stated);
    }

    /** Reads one item; returns what it stated (for the items after it), or null when it was not read. */
    private Context item(Page page, KpiGrammar.Item item, String prefix, Context up, Context previous,
                         boolean afterUnread, Title title, Optional<UnitCaption> caption, Line line, String text,
                         String where) {
        String label = item.cleanLabel();
        boolean part = label.startsWith("うち") || previous != null && previous.part;
        label = label.replaceFirst("^うち", "");
        // A row label may name the time (「FY25 CAPEX計画」) as well as the item (「税引前利益 1Q25」).
        if (prefix != null) label = (prefix + " " + label).strip();
        Period period = null;
        List<PeriodMatch> ps = ctx.periods().findAll(label);
        if (ps.size() == 1) {
            period = ps.get(0).period();
            String when = ps.get(0).text();
            label = label.contains(when) ? label.replace(when, "")
                    : label.substring(0, ps.get(0).start()) + label.substring(ps.get(0).end());
        } else if (ps.size() > 1) {
            ctx.sink().warn(where + ": item '" + item.label() + "' names two periods; not read");
            return null;
        }
        label = label.replace(" ", "");
        Measure measure = Measure.VALUE;
        if (COMPOSITION.matcher(label).find()) {
            measure = Measure.COMPOSITION_PCT;
            label = COMPOSITION.matcher(label).replaceFirst("");
        }
        // 「CAPEX計画」: a plan for the year, of the metric it names.
        boolean planned = PLAN.matcher(label).find();
        label = PLAN.matcher(label).replaceFirst("");
        if (measure == Measure.VALUE && CHANGE_SUFFIX.matcher(label).find()) {
            measure = Measure.YOY_AMOUNT;
            label = CHANGE_SUFFIX.matcher(label).replaceFirst("");
        }
        String labelText = label;
        Named own = labelText.isEmpty() ? new Named(null, null, false) : named(labelText,
                title.segment);
        if (own.unplaced && !part) {
            // 「アウトソーシング:+13.7%YoY」 under a block of NWサービス: the one part of that segment, at any depth, the
            // deck names so (perhaps with a generic head, アウトソーシングサービス).
            Optional<String> within = withinBlock(labelText, up);
            if (within.isPresent()) own = new Named(within.get(), own.metric, false);
        }
        // The item a part is of: the item before it on the line (「アウトソーシング:…(うちセキュリティ:…)」), else the
        // item or heading above; a part after an item irx could not read is that item's.
        Context before = previous != null ? previous : up;
        Context parent = !part || afterUnread || before == null ? null : before.part ? before.parent : before;
        String segment;
        Metric metric = own.metric;
        Context context = before;
        if (part && parent != null && parent.segment == null && parent.metric != null && own.metric == null
                && own.segment != null && names.known(own.segment).isPresent()) {
            // 「売上収益:316,831 うちネットワークサービス:162,577」: a part of the company's total is a segment the
            // deck's tables name.
            segment = own.segment;
        } else if (part && parent != null && parent.segment != null && own.segment != null
                && own.segment.startsWith(parent.segment + "/")) {
            // 「うち構築(一時売上)」 under システムインテグレーション: a part the deck places under this parent elsewhere.
            segment = own.segment;
        } else if (part) {
            if (parent == null || parent.segment == null || own.segment != null && own.metric != null) {
                ctx.sink().warn(where + ": part '" + item.label() + "' of no segment irx knows; not read");
                return null;
            }
            String name = BRACKET.matcher(label).replaceAll("");
            if (metric != null) name = CompoundLabel.split(name, ctx.labels()).map(CompoundLabel.Split::qualifier)
                    .orElse(name);
            Matcher brand = BRAND_TAIL.matcher(name);
            if (brand.matches()) name = brand.group(1);
            segment = names.known(parent.segment + "/" + name).orElse(parent.segment + "/" + SegmentNames.partName(name));
        } else if (own.segment != null) {
            segment = own.segment;
        } else if (own.metric != null && CONSOLIDATED.matcher(labelText).find()) {
            // The consolidated whole: no heading above makes it a segment's.
            segment = null;
            context = null;
        } else if (own.unplaced && own.metric == null) {
            // A bare number under a name irx does not know is a code (「証券コード:3774」), not worth a warning.
            if (item.unit() != null || item.yoy() != null) {
                ctx.sink().warn(where + ": '" + labelText + "' is no metric or segment irx knows; not read");
            }
            return null;
        } else if (own.unplaced) {
            ctx.sink().warn(where + ": segment of '" + labelText + "' not known; not read");
            return null;
        } else {
            // Named nothing: the figure is of what the line's items, the block or the slide are about; not of an
            // item irx could not read (「支払利息:327百万円(1Q24:206百万円)」), nor under a heading it cannot place.
            Context from = before;
            // Plain text whose block lost its heading to prose: the figure may be any segment's.
            if (from == null && blockLost) {
                ctx.sink().warn(where + ": item '" + item.label() + "' has no heading above it; not read");
                return null;
            }
            if (afterUnread || previous == null && up != null && up.unplaced) {
                ctx.sink().warn(where + ": item '" + item.label() + "' is of something irx could not read; not read");
                return null;
            }
            // A total for another time under an item (「FY24:162,577」 below a chart's 1Q25 notes) is the slide's.
            if (previous == null && up != null && !up.heading && period != null && !period.equals(up.period)) from = null;
            // Under a part's line, the next item is of the item the part was of (「1Q25受注」 after 「うち構築…」).
            if (from != null && from.part) from = from.parent;
            segment = from != null ? from.segment : title.segment;
            context = from;
        }
        if (metric == null) metric = metricAbove(part ? parent : context, title);
        if (period == null) period = previous != null ? previous.period : part && parent != null && parent.period != null
                ? parent.period : title.period;
        if (metric == null || period == null) {
            ctx.sink().warn(where + ": item '" + item.label() + "' has no " + (metric == null ? "metric" : "period")
                    + " irx can tell; not read");
            return null;
        }
        figures.add(page.number(), boxOf(line, text, item.valueStart(), item.end()), text.strip(), item, metric,
                measure, segment, period, planned, caption, where);
        if (segment != null) names.learn(segment);
        return new Context(null, segment, metric, period, false, part, parent, false);
    }

    /** The part of the block's segment (its exclusion dropped: 「NWサービス(除くモバイル)」) a name stands for. */
    private Optional<String> withinBlock(String name, Context block) {
        if (block == null || block.segment == null || BRACKET.matcher(name).find()) return Optional.empty();
        String whole = BRACKET.matcher(block.segment).replaceAll("");
        return names.within(whole, name);
    }

    /** The metric a block's headings name, nearest first, else the slide's. */
    private static Metric metricAbove(Context chain, Title title) {
        for (Context c = chain; c != null; c = c.parent) if (c.metric != null) return c.metric;
        return title.metric;
    }

    /** The line's words folded and joined as {@link KpiGrammar} reads them. */
    private static String wordsFolded(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line.words()) {
            if (sb.length() > 0) sb.append(' ');
            sb.append(TextNormalizer.fold(w.text()));
        }
        return sb.toString();
    }

    /** The box of the words holding characters {@code from} to {@code to} of the line; null for plain text. */
    private static BoundingBox boxOf(Line line, String text, int from, int to) {
        if (line.box() == null) return null;
        BoundingBox box = null;
        int at = 0;
        for (Word w : line.words()) {
            int len = TextNormalizer.fold(w.text()).length();
            if (at < to && from < at + len && w.box() != null) box = box == null ? w.box() : box.union(w.box());
            at += len + 1;
        }
        return box == null ? line.box() : box;
    }
}
