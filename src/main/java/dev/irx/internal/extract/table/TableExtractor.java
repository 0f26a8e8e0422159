package dev.irx.internal.extract.table;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.extract.label.RatioOrChange;
import dev.irx.internal.extract.label.SegmentBlock;
import dev.irx.internal.extract.label.SegmentLabels;
import dev.irx.model.Basis;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.normalize.UnitCaption;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads captioned tables (「（単位：百万円）」 and the header rows under it) row by row. Each numeric cell
 * becomes a fact once its row label is in the dictionary and its column is understood; everything
 * else is a warning, never a guess.
 */
public final class TableExtractor {

    /** Lines that close a table: sources, notes, footnotes. */
    private static final Pattern TABLE_END = Pattern.compile("^(出所|出典|資料|注|\\(注|※|\\*)");
    /** A line of prose: long and ending a sentence. Tables do not hold these. */
    private static final Pattern PROSE = Pattern.compile(".{25,}[。]$");
    private static final Pattern SECTION_MARK = Pattern.compile("^【.+】$");
    private static final int MAX_TITLE_LOOKBACK = 3;

    private final ExtractionContext ctx;

    public TableExtractor(ExtractionContext ctx) { this.ctx = ctx; }

    /** A table that reached the bottom of the previous page without ending: it may run on. */
    private OpenTable runningOn;
    /** Rows labelled by a segment and a metric (「構築 受注額」), read once the deck's names are known. */
    private final List<SegmentRow> segmentRows = new ArrayList<>();

    private record SegmentRow(DataRow row, String name, Metric metric, OpenTable table) {}

    public void extract(Page page) {
        List<Line> lines = page.lines();
        List<String> folded = ctx.folded().lines(page);
        int i = 0;
        if (runningOn != null) {
            OpenTable table = runningOn;
            runningOn = null;
            int first = firstContentLine(folded);
            if (first >= 0 && continues(table, folded.get(first))) i = read(page, lines, folded, first, table);
        }
        Optional<UnitCaption> slideCaption = isSlide()
                ? CellMeasures.slideCaption(folded) : Optional.empty();
        for (; i < lines.size(); i++) {
            Optional<UnitCaption> caption = QuantityParser.parseCaption(folded.get(i));
            if (caption.isPresent()) {
                String title = title(folded, i);
                if (title.isEmpty() && slideCaption.isPresent()) title = slideTitleBelow(folded, i);
                i = read(page, lines, folded, i + 1, open(caption.get(), title, folded)) - 1;
            } else if (leadingUnit(folded.get(i)).isPresent()) {
                // 「(億円) 2024年度 2025年度 前年差」: the unit stands in the stub cell of the header itself
                i = read(page, lines, folded, i, open(leadingUnit(folded.get(i)).get(), headerTitle(folded, i),
                        folded)) - 1;
            } else if (slideCaption.isPresent() && isHeaderLine(folded.get(i))) {
                // A slide prints its 「単位：百万円」 once, anywhere: above, beside or below its tables.
                OpenTable t = open(slideCaption.get(), headerTitle(folded, i), folded);
                t.speculative = true;
                i = read(page, lines, folded, i, t) - 1;
            }
        }
    }

    /** A bracketed amount unit over the label column, 「(億円)」 or 「(単位:百万円)」, before a header's periods. */
    private static final Pattern LEADING_UNIT = Pattern.compile("^\\((?:単位 ?: ?)?(?<scale>億|百万|千|十億|兆)?円\\) (?<rest>.+)$");

    private Optional<UnitCaption> leadingUnit(String line) {
        Matcher m = LEADING_UNIT.matcher(line);
        if (!m.matches() || Row.parse(m.group("rest")).hasCells() || ctx.periods().findAll(m.group("rest")).isEmpty())
            return Optional.empty();
        return QuantityParser.parseCaption("単位:" + (m.group("scale") == null ? "" : m.group("scale")) + "円");
    }

    private boolean isSlide() { return ctx.info().kind() == DocumentKind.KESSAN_DECK; }

    /** A slide's title printed under its 「単位：億円」: the next line, unless it is a header or a row. */
    private String slideTitleBelow(List<String> folded, int captionIndex) {
        for (int k = captionIndex + 1; k < folded.size(); k++) {
            String t = folded.get(k);
            if (t.isBlank() || ctx.isFurniture(t)) continue;
            return Row.parse(t).hasCells() || ColumnModel.isHeaderText(t, ctx.periods())
                    && ctx.periods().findAll(t).size() != 1 ? "" : t;
        }
        return "";
    }

    /**
     * A line of column headers: no figures, and two periods or more, or a stub word and one period
     * (「資産 25年3月末」).
     */
    private boolean isHeaderLine(String line) {
        if (Row.parse(line).hasCells()) return false;
        int periods = ctx.periods().findAll(line).size();
        if (periods >= 2) return true;
        String[] words = line.trim().split(" +");
        return periods == 1 && words.length == 2 && ctx.periods().parse(words[1]).isPresent()
                && ctx.periods().findAll(words[0]).isEmpty();
    }

    /** The title of a table that starts at its header: the line above it, when that is not a row. */
    private static String headerTitle(List<String> folded, int headerIndex) {
        for (int k = headerIndex - 1; k >= 0 && k >= headerIndex - MAX_TITLE_LOOKBACK; k--) {
            String t = folded.get(k);
            if (t.isBlank()) continue;
            return Row.parse(t).hasCells() || PROSE.matcher(t).matches() ? "" : t;
        }
        return "";
    }

    /** The first line of a page that is not a page header (the same on most pages) or blank. */
    private int firstContentLine(List<String> folded) {
        for (int k = 0; k < folded.size(); k++) {
            if (!folded.get(k).isBlank() && !ctx.isFurniture(folded.get(k))) return k;
        }
        return -1;
    }

    /** Whether a page's first line carries on the table left open: a row of its width, or its header again. */
    private boolean continues(OpenTable t, String line) {
        if (t.columns == null) return false;
        Row row = Row.parse(line);
        if (row.hasCells()) return row.cells().size() == t.columns.size();
        return ctx.periods().findAll(line).size() >= 2 || SECTION_MARK.matcher(line).matches();
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
    private record DataRow(Page page, Line line, String text, String label, Row row, SegmentBlock block) {}

    /** What is known of a table while its lines are read, kept across a page break when it runs on. */
    private static final class OpenTable {
        final UnitCaption caption;
        final String title;
        final Boolean consolidated;
        final boolean titleSaysForecast;
        final Period titlePeriod;
        final SegmentBlock titleBlock;
        String dimension;
        SegmentBlock block;
        List<String> header = new ArrayList<>();
        /** The lines {@link #header} was read from, index for index. */
        List<Line> headerLines = new ArrayList<>();
        List<Column> columns;
        final List<DataRow> rows = new ArrayList<>();
        String pendingLabel;
        /** The last row read, for a 「前期比」 row below it. */
        RowMeaning lastRow;
        /** The last header line; when it has one word per column, their centres place a short row's cells. */
        Line headerLine;
        float[] columnCenters;
        /** The current block was opened by a row's own label (「売上原価 ネットワークサービス」). */
        boolean inlineBlock;
        /** Opened at a slide line that looked like a header; if it is not one, nothing is said. */
        boolean speculative;
        /** The segment the title names when it names no metric (「大型案件の動向」); null for the company. */
        String subject;

        OpenTable(UnitCaption caption, String title, Boolean consolidated, Period titlePeriod,
                  SegmentBlock titleBlock) {
            this.caption = caption;
            this.title = title;
            this.consolidated = consolidated;
            this.titleSaysForecast = title.contains("予想") || title.contains("計画") || title.contains("見通し");
            this.titlePeriod = titlePeriod;
            this.titleBlock = titleBlock;
            this.dimension = titleBlock == null ? null : titleBlock.dimension();
            this.block = titleBlock;
        }

        /** The table as it stands, for a row read later: its header may change under the rows still to come. */
        OpenTable frozen() {
            OpenTable t = new OpenTable(caption, title, consolidated, titlePeriod, titleBlock);
            t.columns = columns;
            t.columnCenters = columnCenters;
            t.subject = subject;
            return t;
        }
    }

    private OpenTable open(UnitCaption caption, String title, List<String> slideLines) {
        Period titlePeriod = ctx.periods().findAll(title).stream().findFirst().map(m -> m.period()).orElse(null);
        SegmentBlock titleBlock = SegmentBlock.announcedBy(withoutPeriods(title), ctx.labels()).orElse(null);
        OpenTable t = new OpenTable(caption, title, ExtractionContext.consolidation(title), titlePeriod, titleBlock);
        if (titleBlock == null && isSlide()) {
            t.subject = TableSubject.of(title, slideLines, ctx.labels(), ctx.periods()).orElse(null);
            if (t.subject != null) ctx.markCut(t.subject);
        }
        return t;
    }

    /**
     * Reads a table's lines from {@code start}; returns the index of the first line after it. A table
     * that reaches the bottom of the page stays open for the next page.
     */
    private int read(Page page, List<Line> lines, List<String> folded, int start, OpenTable t) {
        int i = start;
        for (; i < lines.size(); i++) {
            String text = folded.get(i);
            if (text.isBlank() || ctx.isFurniture(text)) continue;
            if (TABLE_END.matcher(text).find() || PROSE.matcher(text).matches()
                    || QuantityParser.parseCaption(text).isPresent()) break;
            Row row = Row.parse(text);
            if (!row.hasCells() && t.columns == null && t.rows.isEmpty() && isSlide() && isHeaderLine(text)) {
                // A slide prints its 「単位：億円」 once, in a corner: a table further down that is titled by its
                // subject (「大型案件の動向」 over 「1Q24 1Q25」) is that subject's, whatever stands between.
                String own = headerTitle(folded, i);
                OpenTable titled = own.equals(t.title) ? null : open(t.caption, own, folded);
                if (titled != null && titled.subject != null) t = titled;
            }
            if (!row.hasCells()) {
                labelOnlyLine(t, text, lines.get(i));
                continue;
            }
            if (t.columns == null) {
                StringBuilder why = new StringBuilder();
                boolean toDate = ctx.info().kind() == DocumentKind.KESSAN_TANSHIN;
                List<String> header = ColumnModel.withStackedParts(t.header, ctx.periods(), toDate);
                Optional<List<Column>> built = ColumnModel.build(header, ctx.periods(), t.titleSaysForecast,
                        t.titlePeriod, why);
                List<String> own = ColumnModel.withStackedParts(besideNeighbours(t), ctx.periods(), toDate);
                if (built.isEmpty() && !own.equals(header)) {
                    // Only a header irx cannot explain is cut down to its own words: a month gloss on the line
                    // below (「月) 月)」) may be narrower than the columns it glosses.
                    StringBuilder retry = new StringBuilder();
                    Optional<List<Column>> cut = ColumnModel.build(own, ctx.periods(), t.titleSaysForecast,
                            t.titlePeriod, retry);
                    if (cut.isPresent()) built = cut;
                }
                if (built.isEmpty() || built.get().isEmpty()) {
                    // On a slide, figures under the caption with no header are a chart's labels, and a
                    // table may still start further down at its own header.
                    if (t.speculative) return start + 1;
                    if (t.header.isEmpty() && isSlide()) return i;
                    ctx.sink().warn("p." + page.number() + ": table '" + t.title + "' skipped: " +
                            (why.length() == 0 ? "header not understood" : why));
                    return skipToEnd(folded, i);
                }
                t.columns = built.get();
                t.columnCenters = centers(t.headerLine, t.columns.size());
            }
            if (isSlide()) {
                Row kept = StrayFigures.strip(row, lines.get(i));
                if (kept != row) text = kept.label() + " " + String.join(" ", kept.cells());
                row = kept;
            }
            String label = row.label();
            if (t.pendingLabel != null) {
                String joined = t.pendingLabel + label;
                // 「当期利益」 over 「1,470 1,580」 and 「1,698 1,820」: unlabelled rows in a run are a chart's labels
                // (its bars' parts and totals, as plain text lists them), not a row whose label stands above it.
                boolean chartRows = label.isEmpty() && nextIsUnlabelledRow(folded, i);
                if (!chartRows && (label.isEmpty() || ctx.labels().lookup(joined).isPresent())) label = joined;
            }
            t.pendingLabel = null;
            Optional<InlineBlock> inline = inlineBlock(label);
            if (inline.isPresent()) {
                t.block = new SegmentBlock(t.dimension, inline.get().metric(), false);
                t.inlineBlock = true;
                label = inline.get().rest();
            }
            t.rows.add(new DataRow(page, lines.get(i), text, label, row, t.block));
            if (t.inlineBlock && TOTAL.matcher(SegmentLabels.name(label)).matches()) {
                // 「売上原価 合計」 closes the block 「売上原価 ネットワークサービス」 opened.
                t.block = t.titleBlock;
                t.inlineBlock = false;
            }
        }
        emit(t);
        if (i == lines.size()) runningOn = t;
        return i;
    }

    /** Whether the next line with words is a row of figures with no label. */
    private boolean nextIsUnlabelledRow(List<String> folded, int i) {
        for (int k = i + 1; k < folded.size(); k++) {
            String t = folded.get(k);
            if (t.isBlank() || ctx.isFurniture(t)) continue;
            Row r = Row.parse(t);
            return r.hasCells() && !r.hasLabel();
        }
        return false;
    }

    private record InlineBlock(Metric metric, String rest) {}

    /**
     * A row whose label is a metric, a space, then a segment: 「売上原価 ネットワークサービス」 opens a breakdown
     * of 売上原価 whose first segment is ネットワークサービス; the rows below are its other segments until
     * 「売上原価 合計」.
     */
    private Optional<InlineBlock> inlineBlock(String label) {
        int space = label.indexOf(' ');
        if (space <= 0 || ctx.labels().lookup(label).isPresent()) return Optional.empty();
        String head = label.substring(0, space);
        String rest = label.substring(space + 1).trim();
        if (rest.isEmpty() || rest.indexOf(' ') >= 0 || ctx.labels().lookup(rest).isPresent()
                || SegmentLabels.NOT_A_SEGMENT.matcher(rest).find()) return Optional.empty();
        return ctx.labels().lookup(head).map(m -> new InlineBlock(m, rest));
    }

    /** A line with no figures inside a table: a header, a block mark, a breakdown, or half a label. */
    private void labelOnlyLine(OpenTable t, String text, Line line) {
        if (t.columns == null && !t.header.isEmpty() && ColumnModel.isStackedPartLine(text)) {
            // 「第2四半期 第2四半期」 under 「2022年3月期 2023年3月期」: the parts of the years above, not a new header.
            t.header.add(text);
            t.headerLines.add(line);
            t.headerLine = line;
        } else if (ctx.periods().findAll(text).size() >= 2) {
            // A header inside the table (the cash-flow block under the balance sheet) or repeated on a new page.
            boolean afterData = t.columns != null;
            emit(t);
            t.header = new ArrayList<>(List.of(text));
            t.headerLines = new ArrayList<>(List.of(line));
            t.headerLine = line;
            t.columns = null;
            t.pendingLabel = null;
            if (afterData) t.block = t.titleBlock;
        } else if (SECTION_MARK.matcher(text).matches()) {
            // 【売上高】【売上高構成比】 name the block below; they are neither header nor label.
            t.block = SegmentBlock.marked(text.substring(1, text.length() - 1), t.dimension, ctx.labels()).orElse(null);
            t.pendingLabel = null;
        } else if (text.equals(t.title)) {
            // A slide's title read below its caption is not a header line.
        } else if (t.columns == null && ColumnModel.isHeaderText(text, ctx.periods())) {
            t.header.add(text);
            t.headerLines.add(line);
            t.headerLine = line;
        } else {
            Optional<SegmentBlock> block = blockAnnouncedBy(t, text);
            if (block.isPresent()) {
                t.block = block.get();
                if (t.dimension == null) t.dimension = t.block.dimension();
                t.pendingLabel = null;
            } else {
                t.pendingLabel = t.pendingLabel == null ? text : t.pendingLabel + text;
            }
        }
    }

    /**
     * The header lines without the words of a neighbour on the slide. A slide sets a chart's heading on the
     * baseline of a table's spanning header (「FY24通期 … Adjusted EBITDAの四半期推移」 over 「FY24 YoY」): a word of
     * an upper header line that stands over none of the lines below it heads something else, or the label column.
     * Tried only when the whole header is not understood.
     */
    private List<String> besideNeighbours(OpenTable t) {
        if (!isSlide() || t.headerLines.size() != t.header.size()
                || t.header.size() < 2) return t.header;
        List<String> out = new ArrayList<>();
        for (int k = 0; k < t.header.size(); k++) {
            Line line = t.headerLines.get(k);
            float[] below = spanOf(t.headerLines.subList(k + 1, t.headerLines.size()));
            if (below == null || line.box() == null) {
                out.add(t.header.get(k));
                continue;
            }
            StringBuilder kept = new StringBuilder();
            for (dev.irx.internal.read.Word w : line.words()) {
                if (w.box() != null && (w.box().x1() < below[0] || w.box().x0() > below[1])) continue;
                if (kept.length() > 0) kept.append(' ');
                kept.append(TextNormalizer.fold(w.text()));
            }
            if (kept.length() > 0) out.add(kept.toString());
        }
        return out;
    }

    /** The horizontal extent of the lines' words, or null when one has no position. */
    private static float[] spanOf(List<Line> lines) {
        float[] span = null;
        for (Line l : lines) {
            if (l.box() == null) return null;
            span = span == null ? new float[] {l.box().x0(), l.box().x1()}
                    : new float[] {Math.min(span[0], l.box().x0()), Math.max(span[1], l.box().x1())};
        }
        return span;
    }

    /**
     * A line inside a table that starts a breakdown: 「売上収益」 alone over segment rows in a 「事業別の売上収益と
     * 売上総利益」 table, or 「全社ベース取引形態別売上高」「サービス別売上高」.
     */
    private Optional<SegmentBlock> blockAnnouncedBy(OpenTable t, String text) {
        Optional<Metric> metric = t.title.contains("別") ? ctx.labels().lookup(text) : Optional.empty();
        if (metric.isPresent()) {
            return Optional.of(new SegmentBlock(t.dimension != null ? t.dimension : SegmentBlock.dimensionIn(t.title),
                    metric.get(), false));
        }
        return SegmentBlock.announcedBy(text, ctx.labels());
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

    /** Interprets the rows read so far under one header: metric rows, then each breakdown's segments. */
    private void emit(OpenTable t) {
        List<DataRow> rows = t.rows;
        if (t.columns != null && t.columnCenters == null) t.columnCenters = centersOfFullRow(rows, t.columns.size());
        if (t.columns != null) {
            int i = 0;
            while (i < rows.size()) {
                SegmentBlock block = rows.get(i).block();
                int j = i;
                while (j < rows.size() && rows.get(j).block() == block) j++;
                if (block == null) {
                    Set<String> repeated = t.subject == null ? repeatedMetricLabels(rows.subList(i, j)) : Set.of();
                    for (DataRow r : rows.subList(i, j)) {
                        if (repeated.contains(SegmentLabels.name(r.label()))) {
                            ctx.sink().warn("p." + r.page().number() + ": table '" + t.title + "' row '" + r.label()
                                    + "': the label stands in several rows of the table, whose segments irx cannot "
                                    + "name; row not extracted");
                            continue;
                        }
                        if (t.subject != null) readSubjectRow(r, t);
                        else readRow(r, r.label(), null, t, null);
                    }
                } else {
                    emitBreakdown(rows.subList(i, j), block, t);
                }
                i = j;
            }
        }
        rows.clear();
    }

    /**
     * Metric labels printed in more than one row of a run with no block: 「売上高」「セグメント利益」 repeated for each
     * segment, whose name stands beside the rows where irx does not see it. Any one of them may be a segment's, so
     * none is the company's.
     */
    private Set<String> repeatedMetricLabels(List<DataRow> rows) {
        Map<String, Integer> seen = new HashMap<>();
        for (DataRow r : rows) {
            if (ctx.labels().lookup(r.label()).isPresent()) seen.merge(SegmentLabels.name(r.label()), 1, Integer::sum);
        }
        Set<String> out = new HashSet<>();
        seen.forEach((label, n) -> { if (n > 1) out.add(label); });
        return out;
    }

    /**
     * A row of a table titled by its subject (「大型案件の動向」): its metric is the subject's, and a part named after
     * the metric (「売上(3ヶ月)一時」) is the subject's part. A row that says it covers other months than its columns,
     * or names no metric, is reported and not read.
     */
    private void readSubjectRow(DataRow r, OpenTable t) {
        if (derivedRow(SegmentLabels.name(r.label())) != null) {
            readRow(r, r.label(), null, t, null);
            return;
        }
        String where = "p." + r.page().number() + ": table '" + t.title + "' row '" + r.label() + "'";
        Optional<TableSubject.RowLabel> label = TableSubject.row(r.label(), ctx.labels());
        t.lastRow = null;
        if (label.isEmpty()) {
            ctx.sink().warn(where + ": no metric of '" + t.subject + "' irx can read; row not extracted");
            return;
        }
        List<Period> periods = t.columns.stream().filter(c -> c.kind() == Column.Kind.VALUE).map(Column::period).toList();
        if (!label.get().fits(periods)) {
            ctx.sink().warn(where + ": the label's " + label.get().months() + " months do not match the columns' periods;"
                    + " row not extracted");
            return;
        }
        String segment = t.subject + (label.get().part() == null ? "" : "/" + label.get().part());
        readRow(r, r.label(), segment, t, new SegmentBlock(null, label.get().metric(), false));
    }

    private static final Pattern TOTAL = Pattern.compile("^(合計|計|総計|全社計|全社合計|連結計|連結合計)$");

    private void emitBreakdown(List<DataRow> rows, SegmentBlock block, OpenTable t) {
        String prefix = ctx.primaryDimension(block.dimension()) ? "" : block.dimension() + "/";
        List<DataRow> segmentRows = new ArrayList<>();
        List<SegmentTree.Row> tree = new ArrayList<>();
        for (DataRow r : rows) {
            String name = SegmentLabels.name(r.label());
            if (ctx.labels().lookup(r.label()).isPresent() || TOTAL.matcher(name).matches()) {
                readRow(r, r.label(), null, t, block);
            } else if (name.isEmpty() || SegmentLabels.NOT_A_SEGMENT.matcher(name).find()) {
                ctx.sink().warn("p." + r.page().number() + ": table '" + t.title + "' row '" + r.label()
                        + "': not a segment and not in the dictionary; row not extracted");
            } else {
                segmentRows.add(r);
                tree.add(new SegmentTree.Row(name, valueCells(r.row(), t.columns), labelX(r.line())));
            }
        }
        int[] parents = SegmentTree.parents(tree);
        for (int k = 0; k < segmentRows.size(); k++) {
            String segment = prefix + (parents[k] >= 0 ? tree.get(parents[k]).name() + "/" : "") + tree.get(k).name();
            DataRow r = segmentRows.get(k);
            readRow(r, r.label(), segment, t, block);
        }
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

    private void readRow(DataRow r, String label, String segment, OpenTable t, SegmentBlock block) {
        Page page = r.page();
        List<Column> columns = t.columns;
        UnitCaption caption = t.caption;
        Boolean consolidated = t.consolidated;
        String title = t.title;
        Line line = r.line();
        String text = r.text();
        Row row = r.row();
        String where = "p." + page.number() + ": table '" + title + "' row '" + label + "'";
        if (label.isEmpty()) {
            ctx.sink().warn(where + ": no label; row skipped");
            return;
        }
        // a 「合計」 row outside any block (a mangled font can leave one there) is looked up like any label
        Optional<Metric> metric = block != null && (segment != null || TOTAL.matcher(SegmentLabels.name(label)).matches())
                ? Optional.of(block.metric()) : ctx.labels().lookup(label);
        Boolean labelScope = null;
        Optional<Span> part = ctx.labels().part(label);
        Column.Kind changeRow = metric.isEmpty() && t.lastRow != null ? derivedRow(SegmentLabels.name(label)) : null;
        Optional<ChangeOf> changed = metric.isEmpty() && changeRow == null ? changeOf(label) : Optional.empty();
        if (changed.isPresent()) {
            // 「営業利益YoY」: the change of the metric it names, per column.
            metric = Optional.of(changed.get().metric());
            changeRow = changed.get().kind();
        } else if (changeRow != null) {
            // A 「前期比」 row under 「年間配当」, a 「売上高比率」 row under 「販売管理費等」: a measure of the row
            // above, per column.
            metric = Optional.of(t.lastRow.metric);
            segment = t.lastRow.segment;
            part = t.lastRow.part;
            labelScope = t.lastRow.scope;
            label = t.lastRow.label;
        }
        if (metric.isEmpty()) {
            // 「連結営業利益」: a scope word before a known label.
            Optional<CompoundLabel.Split> split = CompoundLabel.split(label, ctx.labels());
            if (split.isPresent() && split.get().qualifiesScope()) {
                metric = Optional.of(split.get().metric());
                labelScope = split.get().scope();
            } else if (split.isPresent() && segment == null && changeRow == null) {
                // 「構築 受注額」: a segment, then a metric; which segment only the deck's other slides can tell.
                segmentRows.add(new SegmentRow(r, split.get().qualifier(), split.get().metric(), t.frozen()));
                t.lastRow = null;
                return;
            } else {
                ctx.sink().warn(where + ": label not in the dictionary; row not extracted");
                t.lastRow = null;
                return;
            }
        }
        // 「営業利益率」: the dictionary names the profit; the row's figures are its ratio to revenue.
        boolean margin = changeRow == null && !metric.get().isPercentage() && LabelDictionary.namesMargin(label);
        if (changeRow == null) t.lastRow = margin ? null : new RowMeaning(label, metric.get(), segment, part, labelScope);
        if (row.cells().size() > columns.size()) row = withoutCellsBeyond(row, line, t.columnCenters);
        if (row.cells().size() != columns.size()) {
            Row aligned = alignByPosition(row, line, t.columnCenters);
            if (aligned == null) {
                ctx.sink().warn(where + ": " + row.cells().size() + " cells but " + columns.size()
                        + " columns; row skipped");
                return;
            }
            row = aligned;
        }
        BoundingBox box = line.box();
        // A row labelled 「連結売上高」 is consolidated whatever the table's title says.
        Boolean rowScope = ctx.scope(consolidated != null ? consolidated
                : labelScope != null ? labelScope : ExtractionContext.consolidation(label));
        boolean composition = block != null && block.composition();
        for (int c = 0; c < columns.size(); c++) {
            String cell = row.cells().get(c);
            if (QuantityParser.isNotAvailable(cell)) continue;
            Column col = columns.get(c);
            if (changeRow != null) {
                if (col.kind() != Column.Kind.VALUE) continue;
                col = new Column(changeRow, col.period(), col.basis(), col.header() + " " + r.label());
            } else if (margin && col.kind() == Column.Kind.VALUE) {
                col = new Column(Column.Kind.RATIO_TO_REVENUE, col.period(), col.basis(), col.header());
            }
            Optional<Quantity> q = QuantityParser.parse(cell);
            if (q.isEmpty()) continue;
            if (changeRow == null && isRatioOrChange(col, q.get(), metric.get())) {
                Measure m = RatioOrChange.of(q.get().number(), q.get().text(), valueIn(row, columns, col.period(), 0),
                        valueIn(row, columns, col.period(), 1));
                if (m == null) {
                    ctx.sink().warn(where + ": cell '" + cell + "' under '" + col.header() + "' may be the ratio to the"
                            + " year before or the change; the row's figures do not tell; not read");
                    continue;
                }
                if (m == Measure.RATIO_TO_PRIOR_PCT) col = new Column(Column.Kind.RATIO_TO_PRIOR, col.period(),
                        col.basis(), col.header());
            }
            CellMeasures.Resolved r2 = composition && col.kind() == Column.Kind.VALUE
                    ? (q.get().unit() == Unit.PERCENT ? new CellMeasures.Resolved(Measure.COMPOSITION_PCT, q.get(), Unit.PERCENT) : null)
                    : CellMeasures.resolve(metric.get(), col, q.get(), caption);
            if (r2 == null) {
                ctx.sink().warn(where + ": cell '" + cell + "' does not fit column '" + col.header() + "'");
                continue;
            }
            Period period = col.period();
            if (part.isPresent() && period.span() == Span.FY && period.fiscalYearEnd() != null) {
                period = YearParts.part(ctx.periods().calendar(), part.get(), period.fiscalYearEnd());
            }
            period = YearParts.forMetric(metric.get(), period);
            if (period.isInstant() && !metric.get().isStock()) {
                // 「受注額」 under 「4Q23末」: a flow has no figure at a date.
                ctx.sink().warn(where + ": cell '" + cell + "' is a flow under the date '" + col.header() + "'; not read");
                continue;
            }
            ctx.sink().add(metric.get(), r2.measure(), label, segment, rowScope, period, col.basis(), r2.quantity(),
                    r2.unit(), FactSource.TABLE, page.number(), box, text);
        }
    }

    /** A percentage under a 「…比」 change column (前年比, 前期比): a ratio to the year before or a change. */
    private static boolean isRatioOrChange(Column col, Quantity q, Metric metric) {
        return col.kind() == Column.Kind.YOY_CHANGE && q.unit() == Unit.PERCENT && !metric.isPercentage()
                && col.header().endsWith("比");
    }

    /**
     * The row's figure in the value column of {@code period}, or of the same span {@code yearsBack} years before;
     * null when the row has none, or more than one.
     */
    private static java.math.BigDecimal valueIn(Row row, List<Column> columns, Period period, int yearsBack) {
        java.math.BigDecimal found = null;
        for (int c = 0; c < columns.size() && c < row.cells().size(); c++) {
            Column col = columns.get(c);
            if (col.kind() != Column.Kind.VALUE || col.basis() != Basis.ACTUAL || period.start() == null
                    || col.period().start() == null || col.period().span() != period.span()) continue;
            if (!java.time.YearMonth.from(col.period().end()).plusYears(yearsBack).equals(java.time.YearMonth.from(period.end())))
                continue;
            Optional<Quantity> q = QuantityParser.parse(row.cells().get(c));
            if (q.isEmpty()) continue;
            if (found != null) return null;
            found = q.get().value();
        }
        return found;
    }

    /**
     * Reads the rows labelled by a segment and a metric (「構築 受注額」, 「運用保守 受注残」) once the document's
     * segments are known: the segment must be one its tables or KPI lines named (「構築」 is
     * システムインテグレーション/構築), else the row is reported and not read.
     */
    public void readSegmentRows(DeckNames names) {
        for (SegmentRow s : segmentRows) {
            DataRow r = s.row();
            Optional<String> segment = names.known(s.name());
            if (segment.isEmpty()) {
                ctx.sink().warn("p." + r.page().number() + ": table '" + s.table().title + "' row '" + r.label()
                        + "': label not in the dictionary, nor a segment irx knows before a metric; row not extracted");
                continue;
            }
            readRow(r, r.label(), segment.get(), s.table(), new SegmentBlock(null, s.metric(), false));
        }
        segmentRows.clear();
    }

    /** The centres of the header words over the columns, when the header line has exactly one per column. */
    private static float[] centers(Line header, int columns) {
        if (header == null || header.box() == null || header.words().size() != columns) return null;
        float[] c = new float[columns];
        for (int i = 0; i < columns; i++) {
            BoundingBox b = header.words().get(i).box();
            if (b == null) return null;
            c[i] = (b.x0() + b.x1()) / 2;
        }
        return c;
    }

    /**
     * The column centres from the first row that fills every column, when the header cannot give them
     * (sub-headers stand over some columns only): its cells are the rightmost words of its line.
     */
    private static float[] centersOfFullRow(List<DataRow> rows, int columns) {
        for (DataRow r : rows) {
            if (r.row().cells().size() != columns || r.line().box() == null) continue;
            List<dev.irx.internal.read.Word> words = r.line().words();
            if (words.size() < columns) continue;
            List<dev.irx.internal.read.Word> cells = words.subList(words.size() - columns, words.size());
            float[] c = new float[columns];
            boolean ok = true;
            for (int i = 0; i < columns && ok; i++) {
                dev.irx.internal.read.Word w = cells.get(i);
                ok = w.box() != null && TextNormalizer.fold(w.text()).equals(r.row().cells().get(i));
                if (ok) c[i] = (w.box().x0() + w.box().x1()) / 2;
            }
            if (ok) return c;
        }
        return null;
    }

    /**
     * The row without the trailing figures that stand right of the table's last column: a chart beside the table
     * puts its labels on the table's baselines (「営業キャッシュ・フロー 28,528 － 13,300」 under 「FY24 YoY」).
     */
    private static Row withoutCellsBeyond(Row row, Line line, float[] centers) {
        if (centers == null || centers.length < 2 || line.box() == null) return row;
        float spacing = Float.MAX_VALUE;
        for (int i = 1; i < centers.length; i++) spacing = Math.min(spacing, Math.abs(centers[i] - centers[i - 1]));
        float limit = centers[centers.length - 1] + spacing * 0.75f;
        List<dev.irx.internal.read.Word> words = line.words();
        int n = row.cells().size();
        if (words.size() < n) return row;
        List<dev.irx.internal.read.Word> cellWords = words.subList(words.size() - n, words.size());
        int keep = n;
        while (keep > 0) {
            dev.irx.internal.read.Word w = cellWords.get(keep - 1);
            if (w.box() == null || !TextNormalizer.fold(w.text()).equals(row.cells().get(keep - 1))) return row;
            if ((w.box().x0() + w.box().x1()) / 2 <= limit) break;
            keep--;
        }
        return keep == n ? row : new Row(row.label(), row.cells().subList(0, keep));
    }

    /**
     * A row that leaves some columns blank (a deck's 売上収益 row has no 売上高比): each cell goes to the column
     * whose header stands nearest above it, in order, or the row is not read at all.
     */
    private static Row alignByPosition(Row row, Line line, float[] centers) {
        if (centers == null || line.box() == null || row.cells().size() > centers.length) return null;
        List<dev.irx.internal.read.Word> words = line.words();
        int n = row.cells().size();
        if (words.size() < n) return null;
        List<dev.irx.internal.read.Word> cellWords = words.subList(words.size() - n, words.size());
        String[] out = new String[centers.length];
        int lastColumn = -1;
        float spacing = Float.MAX_VALUE;
        for (int i = 1; i < centers.length; i++) spacing = Math.min(spacing, Math.abs(centers[i] - centers[i - 1]));
        for (int k = 0; k < n; k++) {
            dev.irx.internal.read.Word w = cellWords.get(k);
            if (w.box() == null || !TextNormalizer.fold(w.text()).equals(row.cells().get(k))) return null;
            float cx = (w.box().x0() + w.box().x1()) / 2;
            int best = -1;
            for (int c = 0; c < centers.length; c++) {
                if (best < 0 || Math.abs(centers[c] - cx) < Math.abs(centers[best] - cx)) best = c;
            }
            if (best <= lastColumn || Math.abs(centers[best] - cx) > spacing * 0.75f) return null;
            out[best] = row.cells().get(k);
            lastColumn = best;
        }
        List<String> cells = new ArrayList<>();
        for (String c : out) cells.add(c == null ? "-" : c);
        return new Row(row.label(), cells);
    }

    /** What a row was read as, for a 「前期比」 row below it. */
    private record RowMeaning(String label, Metric metric, String segment, Optional<Span> part, Boolean scope) {}

    /** Row labels that state the change of the row above: 「前期比」「前年同期比」「増減率」. */
    /** The measure of the row above that a row labelled so states, or null: 増減額, 前期比, 売上高比率. */
    private static Column.Kind derivedRow(String name) {
        if (RATIO_ROW.matcher(name).matches()) return Column.Kind.RATIO_TO_REVENUE;
        if (!CHANGE_ROW.matcher(name).matches()) return null;
        return name.equals("増減額") ? Column.Kind.YOY_AMOUNT
                : name.contains("率") ? Column.Kind.YOY_PCT : Column.Kind.YOY_CHANGE;
    }

    /** The words that name a change against the prior period, alone (a row under its metric) or after a label. */
    static final String CHANGE_WORDS = "前期比|前年同期比|前年比|前期差|増減率|増減額|増減|YoY";

    /** A metric's label followed by a change word: 「営業利益YoY」「売上高前期比」. */
    private static final Pattern CHANGE_SUFFIX = Pattern.compile("^.+?(" + CHANGE_WORDS + ")$");

    private record ChangeOf(Metric metric, Column.Kind kind) {}

    /** The metric whose change a row label states (「営業利益YoY」 → 営業利益); empty when the rest is no metric. */
    private Optional<ChangeOf> changeOf(String label) {
        Matcher m = CHANGE_SUFFIX.matcher(SegmentLabels.name(label));
        if (!m.matches()) return Optional.empty();
        Column.Kind kind = derivedRow(m.group(1));
        return ctx.labels().lookup(m.group().substring(0, m.start(1)).strip()).map(metric -> new ChangeOf(metric, kind));
    }

    /** Row labels that state the row above as a share of revenue. */
    private static final Pattern RATIO_ROW = Pattern.compile("^(売上高比|売上高比率|売上比|売上収益比|対売上高比率)$");
    private static final Pattern CHANGE_ROW = Pattern.compile("^(" + CHANGE_WORDS + ")$");

}
