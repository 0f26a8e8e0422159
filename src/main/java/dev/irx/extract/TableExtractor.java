package dev.irx.extract;

import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.normalize.Quantity;
import dev.irx.normalize.QuantityParser;
import dev.irx.normalize.Scale;
import dev.irx.normalize.TextNormalizer;
import dev.irx.normalize.Unit;
import dev.irx.normalize.UnitCaption;
import dev.irx.read.BoundingBox;
import dev.irx.read.Line;
import dev.irx.read.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads captioned tables (「（単位：百万円）」 and the header rows under it) row by row. Each numeric cell
 * becomes a fact once its row label is in the dictionary and its column is understood; everything
 * else is a warning, never a guess.
 */
final class TableExtractor {

    /** Lines that close a table: sources, notes, footnotes. */
    private static final Pattern TABLE_END = Pattern.compile("^(出所|出典|資料|注|\\(注|※|\\*)");
    /** A line of prose: long and ending a sentence. Tables do not hold these. */
    private static final Pattern PROSE = Pattern.compile(".{25,}[。]$");
    private static final Pattern SECTION_MARK = Pattern.compile("^【.+】$");
    private static final int MAX_TITLE_LOOKBACK = 3;

    private final ExtractionContext ctx;

    TableExtractor(ExtractionContext ctx) { this.ctx = ctx; }

    void extract(Page page) {
        List<Line> lines = page.lines();
        List<String> folded = new ArrayList<>(lines.size());
        for (Line l : lines) folded.add(TextNormalizer.fold(l.text()));
        for (int i = 0; i < lines.size(); i++) {
            Optional<UnitCaption> caption = QuantityParser.parseCaption(folded.get(i));
            if (caption.isEmpty()) continue;
            String title = title(folded, i);
            i = readTable(page, lines, folded, i + 1, caption.get(), title) - 1;
        }
    }

    /** The table's title: the caption line's own text before 「単位」, or the nearest line above it. */
    private static String title(List<String> folded, int captionIndex) {
        String own = folded.get(captionIndex).replaceAll("[(（]?単位[:：].*$", "").trim();
        if (!own.isEmpty()) return own;
        for (int k = captionIndex - 1, seen = 0; k >= 0 && seen < MAX_TITLE_LOOKBACK; k--) {
            String t = folded.get(k);
            if (t.isBlank()) continue;
            seen++;
            if (!Row.parse(t).hasCells() && !PROSE.matcher(t).matches()) return t;
            break;
        }
        return "";
    }

    /** A data row as read, before its label is interpreted. */
    private record DataRow(Line line, String text, String label, Row row, SegmentBlock block) {}

    /** Reads from {@code start} to the end of the table; returns the index of the first line after it. */
    private int readTable(Page page, List<Line> lines, List<String> folded, int start,
                          UnitCaption caption, String title) {
        Boolean consolidated = consolidation(title);
        boolean titleSaysForecast = title.contains("予想") || title.contains("計画") || title.contains("見通し");
        Period titlePeriod = ctx.periods().findAll(title).stream().findFirst()
                .map(m -> m.period()).orElse(null);
        SegmentBlock titleBlock = SegmentBlock.announcedBy(withoutPeriods(title), ctx.labels()).orElse(null);
        String dimension = titleBlock == null ? null : titleBlock.dimension();
        SegmentBlock block = titleBlock;

        List<String> header = new ArrayList<>();
        List<Column> columns = null;
        List<DataRow> rows = new ArrayList<>();
        String pendingLabel = null;
        int i = start;
        for (; i < lines.size(); i++) {
            String t = folded.get(i);
            if (t.isBlank()) continue;
            if (TABLE_END.matcher(t).find() || PROSE.matcher(t).matches()
                    || QuantityParser.parseCaption(t).isPresent()) break;
            Row row = Row.parse(t);
            if (!row.hasCells()) {
                Optional<SegmentBlock> announced = SegmentBlock.announcedBy(t, ctx.labels());
                if (ctx.periods().findAll(t).size() >= 2) {
                    // A new header inside the table (the cash-flow block under the balance sheet).
                    emit(page, rows, columns, caption, consolidated, title);
                    rows.clear();
                    boolean first = columns == null && rows.isEmpty();
                    header = new ArrayList<>(List.of(t));
                    columns = null;
                    pendingLabel = null;
                    if (!first) block = titleBlock;
                } else if (SECTION_MARK.matcher(t).matches()) {
                    // 【売上高】【売上高構成比】 name the block below; they are neither header nor label.
                    block = SegmentBlock.marked(t.substring(1, t.length() - 1), dimension, ctx.labels()).orElse(null);
                    pendingLabel = null;
                } else if (columns == null) {
                    header.add(t);
                } else if (announced.isPresent()) {
                    // 「全社ベース取引形態別売上高」「サービス別売上高」: a breakdown starts here.
                    block = announced.get();
                    if (dimension == null) dimension = block.dimension();
                    pendingLabel = null;
                } else {
                    pendingLabel = pendingLabel == null ? t : pendingLabel + t;
                }
                continue;
            }
            if (columns == null) {
                StringBuilder why = new StringBuilder();
                Optional<List<Column>> built = ColumnModel.build(header, ctx.periods(), titleSaysForecast,
                        titlePeriod, why);
                if (built.isEmpty() || built.get().isEmpty()) {
                    ctx.sink().warn("p." + page.number() + ": table '" + title + "' skipped: " +
                            (why.length() == 0 ? "header not understood" : why));
                    return skipToEnd(folded, i);
                }
                columns = built.get();
            }
            String label = row.label();
            if (pendingLabel != null) {
                String joined = pendingLabel + label;
                if (label.isEmpty() || ctx.labels().lookup(joined).isPresent()) label = joined;
            }
            pendingLabel = null;
            rows.add(new DataRow(lines.get(i), t, label, row, block));
        }
        emit(page, rows, columns, caption, consolidated, title);
        return i;
    }

    private String withoutPeriods(String title) {
        String t = title;
        for (var m : ctx.periods().findAll(title)) t = t.replace(m.text(), " ");
        return t;
    }

    private static int skipToEnd(List<String> folded, int i) {
        while (i < folded.size() && !TABLE_END.matcher(folded.get(i)).find()
                && QuantityParser.parseCaption(folded.get(i)).isEmpty()) i++;
        return i;
    }

    /** Interprets the rows of one header's worth of table: metric rows, then each breakdown's segments. */
    private void emit(Page page, List<DataRow> rows, List<Column> columns, UnitCaption caption,
                      Boolean consolidated, String title) {
        if (columns == null) return;
        int i = 0;
        while (i < rows.size()) {
            SegmentBlock block = rows.get(i).block();
            int j = i;
            while (j < rows.size() && rows.get(j).block() == block) j++;
            if (block == null) {
                for (DataRow r : rows.subList(i, j)) readRow(page, r, r.label(), null, columns, caption,
                        consolidated, title, null);
            } else {
                emitBreakdown(page, rows.subList(i, j), block, columns, caption, consolidated, title);
            }
            i = j;
        }
    }

    private static final Pattern TOTAL = Pattern.compile("^(合計|計|総計|全社計|全社合計|連結計|連結合計)$");
    private static final Pattern NOT_A_SEGMENT = Pattern.compile("(率|比|比率|構成比)$");

    private void emitBreakdown(Page page, List<DataRow> rows, SegmentBlock block, List<Column> columns,
                               UnitCaption caption, Boolean consolidated, String title) {
        String prefix = ctx.primaryDimension(block.dimension()) ? "" : block.dimension() + "/";
        List<DataRow> segmentRows = new ArrayList<>();
        List<SegmentTree.Row> tree = new ArrayList<>();
        for (DataRow r : rows) {
            String name = segmentName(r.label());
            if (ctx.labels().lookup(r.label()).isPresent()) {
                readRow(page, r, r.label(), null, columns, caption, consolidated, title, block);
            } else if (TOTAL.matcher(name).matches()) {
                readRow(page, r, r.label(), null, columns, caption, consolidated, title, block);
            } else if (name.isEmpty() || NOT_A_SEGMENT.matcher(name).find()) {
                ctx.sink().warn("p." + page.number() + ": table '" + title + "' row '" + r.label()
                        + "': not a segment and not in the dictionary; row not extracted");
            } else {
                segmentRows.add(r);
                tree.add(new SegmentTree.Row(name, valueCells(r.row(), columns), labelX(r.line())));
            }
        }
        int[] parents = SegmentTree.parents(tree);
        for (int k = 0; k < segmentRows.size(); k++) {
            String segment = prefix + (parents[k] >= 0 ? tree.get(parents[k]).name() + "/" : "") + tree.get(k).name();
            DataRow r = segmentRows.get(k);
            readRow(page, r, r.label(), segment, columns, caption, consolidated, title, block);
        }
    }

    /** A segment as printed, folded, without the spaces a text layer puts between Japanese and Latin. */
    static String segmentName(String label) {
        return SentenceExtractor.compactProse(TextNormalizer.fold(label));
    }

    private static List<java.math.BigDecimal> valueCells(Row row, List<Column> columns) {
        List<java.math.BigDecimal> out = new ArrayList<>();
        if (row.cells().size() != columns.size()) return out;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).kind() != Column.Kind.VALUE) continue;
            out.add(QuantityParser.parse(row.cells().get(c)).map(Quantity::number).orElse(null));
        }
        return out;
    }

    private static Float labelX(Line line) {
        return line.box() == null || line.words().isEmpty() || line.words().get(0).box() == null ? null
                : line.words().get(0).box().x0();
    }

    private void readRow(Page page, DataRow r, String label, String segment, List<Column> columns,
                         UnitCaption caption, Boolean consolidated, String title, SegmentBlock block) {
        Line line = r.line();
        String text = r.text();
        Row row = r.row();
        String where = "p." + page.number() + ": table '" + title + "' row '" + label + "'";
        if (label.isEmpty()) {
            ctx.sink().warn(where + ": no label; row skipped");
            return;
        }
        Optional<Metric> metric = segment != null || TOTAL.matcher(segmentName(label)).matches()
                ? Optional.of(block.metric()) : ctx.labels().lookup(label);
        if (metric.isEmpty()) {
            ctx.sink().warn(where + ": label not in the dictionary; row not extracted");
            return;
        }
        if (row.cells().size() != columns.size()) {
            ctx.sink().warn(where + ": " + row.cells().size() + " cells but " + columns.size()
                    + " columns; row skipped");
            return;
        }
        BoundingBox box = line.box();
        // A row labelled 「連結売上高」 is consolidated whatever the table's title says.
        Boolean rowScope = ctx.scope(consolidated != null ? consolidated : consolidation(label));
        boolean composition = block != null && block.composition();
        for (int c = 0; c < columns.size(); c++) {
            String cell = row.cells().get(c);
            if (QuantityParser.isNotAvailable(cell)) continue;
            Column col = columns.get(c);
            Optional<Quantity> q = QuantityParser.parse(cell);
            if (q.isEmpty()) continue;
            Resolved r2 = composition && col.kind() == Column.Kind.VALUE
                    ? (q.get().unit() == Unit.PERCENT ? new Resolved(Measure.COMPOSITION_PCT, q.get(), Unit.PERCENT) : null)
                    : resolve(metric.get(), col, q.get(), caption);
            if (r2 == null) {
                ctx.sink().warn(where + ": cell '" + cell + "' does not fit column '" + col.header() + "'");
                continue;
            }
            Period period = col.period();
            if (metric.get().isStock() && !period.isInstant()) {
                period = Period.instant(period.end(), period.fiscalYearEnd());
            }
            ctx.sink().add(metric.get(), r2.measure, label, segment, rowScope, period, col.basis(), r2.quantity,
                    r2.unit, FactSource.TABLE, page.number(), box, text);
        }
    }

    private record Resolved(Measure measure, Quantity quantity, Unit unit) {}

    /** Decides the measure and unit of one cell from its column, its metric and the caption. */
    private static Resolved resolve(Metric metric, Column col, Quantity q, UnitCaption caption) {
        Unit own = q.unit();
        switch (col.kind()) {
            case RATIO_TO_REVENUE:
                return own == Unit.PERCENT ? new Resolved(Measure.RATIO_TO_REVENUE_PCT, q, Unit.PERCENT) : null;
            case COMPOSITION:
                return own == Unit.PERCENT ? new Resolved(Measure.COMPOSITION_PCT, q, Unit.PERCENT) : null;
            case YOY_PCT:
                return own == Unit.PERCENT || own == Unit.NONE
                        ? new Resolved(Measure.YOY_PCT, q.withUnit(Unit.PERCENT), Unit.PERCENT) : null;
            case ACHIEVEMENT_PCT:
                return own == Unit.PERCENT || own == Unit.NONE
                        ? new Resolved(Measure.ACHIEVEMENT_PCT, q.withUnit(Unit.PERCENT), Unit.PERCENT) : null;
            case YOY_CHANGE:
                if (own == Unit.PERCENT && !metric.isPercentage())
                    return new Resolved(Measure.YOY_PCT, q, Unit.PERCENT);
                return amount(Measure.YOY_AMOUNT, metric, q, caption, true);
            case YOY_AMOUNT:
                return amount(Measure.YOY_AMOUNT, metric, q, caption, true);
            case ACHIEVEMENT_AMOUNT:
                return amount(Measure.ACHIEVEMENT_AMOUNT, metric, q, caption, true);
            case VALUE:
            default:
                return amount(Measure.VALUE, metric, q, caption, false);
        }
    }

    /** A figure in the metric's own unit: yen under the caption's scale, %, points for a change of a %. */
    private static Resolved amount(Measure measure, Metric metric, Quantity q, UnitCaption caption,
                                   boolean isChange) {
        Unit own = q.unit();
        if (metric.isPercentage()) {
            if (isChange && (own == Unit.POINT || own == Unit.NONE))
                return new Resolved(measure, q.withUnit(Unit.POINT), Unit.POINT);
            if (!isChange && (own == Unit.PERCENT || own == Unit.NONE))
                return new Resolved(measure, q.withUnit(Unit.PERCENT), Unit.PERCENT);
            return null;
        }
        if (own == Unit.PERCENT || own == Unit.POINT || own == Unit.TIMES) return null;
        if (metric.isPerShare()) {
            // Per-share amounts are printed in yen even under a 百万円 caption.
            if (own == Unit.NONE || own == Unit.JPY || own == Unit.JPY_PER_SHARE)
                return new Resolved(measure, q.withUnit(Unit.JPY_PER_SHARE), Unit.JPY_PER_SHARE);
            return null;
        }
        if (metric == Metric.EMPLOYEES) {
            return own == Unit.NONE || own == Unit.PERSONS
                    ? new Resolved(measure, q.withUnit(Unit.PERSONS), Unit.PERSONS) : null;
        }
        if (own != Unit.NONE) return own == Unit.JPY || own == Unit.USD ? new Resolved(measure, q, own) : null;
        if (caption.unit() != Unit.JPY && caption.unit() != Unit.USD) return null;
        Scale scale = q.scale() == Scale.ONE ? caption.scale() : q.scale();
        return new Resolved(measure, q.withScale(scale).withUnit(caption.unit()), caption.unit());
    }

    static Boolean consolidation(String title) {
        if (title.contains("非連結") || title.contains("個別") || title.contains("単体")) return false;
        if (title.contains("連結")) return true;
        return null;
    }
}
