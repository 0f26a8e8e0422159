package dev.irx.internal.extract.databook;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.FactSink;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.RatioLabel;
import dev.irx.internal.extract.label.SegmentLabels;
import dev.irx.internal.extract.table.Column;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.LineItemName;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grids of a data book (決算補足資料, Fact Book): a page of rows (営業収益, its segments indented below it,
 * each perhaps followed by its English name carrying the 前期比) under a header of years spanning their parts
 * (「FY2024」 over 「Q1 Q2 Q3 Q4 通期」). The grid is rebuilt from positions: columns from the right edges of the
 * figures over all rows, each header word given to the column it stands over, a year to the columns it spans.
 * A column whose header irx cannot read is left out with a warning, never guessed.
 */
public final class DataBookGrid {

    /** A cell: a figure, a bracketed negative 「(17,085)」, △/▲, or 「-」 for none. */
    private static final Pattern CELL = Pattern.compile("^(?:\\(?[△▲+-]?[\\d,]+(?:\\.\\d+)?\\)?%?|-|－|―)$");
    /** 「(百万円 / Millions of yen)」: the page's amounts. */
    private static final Pattern AMOUNT_CAPTION = Pattern.compile("\\((?:単位[:：] ?)?(千|百万|億)?円(?: ?/ ?[A-Za-z ]+)?\\)$");
    /** 「(前期比 / YoY(%))」: the rows in English under each figure row are its ratio to the year before. */
    private static final Pattern RATIO_CAPTION = Pattern.compile("^\\(前(?:期|年)比 ?/ ?YoY ?\\(%\\)\\)$");
    private static final Pattern YEAR = Pattern.compile("^(?:FY\\d{2,4}|\\d{4}年度|\\d{4}年\\d{1,2}月期)$");
    private static final Pattern QUARTER = Pattern.compile("^(?:Q([1-4])|([1-4])Q|第([1-4])四半期)$");
    private static final Pattern FULL_YEAR = Pattern.compile("^(?:通期|年間)$");
    private static final Pattern YEAR_TO_DATE = Pattern.compile("^(?:累計|YTD)$");
    private static final Pattern FORECAST = Pattern.compile("^(?:通期予想|予想|計画|通期計画)$");
    /** 「24/5」「2025年2月末」: a balance struck at a month's end, as a balance sheet's columns are headed. */
    private static final Pattern MONTH_END = Pattern.compile("^(?:(\\d{2})/(\\d{1,2})|(\\d{4})年(\\d{1,2})月末)$");
    /** A column of each figure's ratio to the year before, for the figures of the column to its left. */
    private static final Pattern RATIO_COLUMN = Pattern.compile("^(?:前期比|前年比|YoY\\(%\\)|YoY)$");
    /** Columns derived from the figure column before them: its share of the total, its change from a year before. */
    private static final Pattern SHARE_COLUMN = Pattern.compile("^(?:構成比|売上構成比)$");
    private static final Pattern CHANGE_COLUMN = Pattern.compile("^(?:前年差|前期差|増減額|増減)$");
    /** 「実績」 under a year: the year's result (「前期実績」「当期実績」 too, where they agree with the years: RelativeResults). */
    private static final Pattern RESULT = RelativeResults.RESULT;
    /** English glosses of the Japanese header words: they say nothing more. */
    private static final Pattern GLOSS = Pattern.compile("^(?:Full|Year|Forecasts?|Plan|Results?|\\(%\\)|Increase/?|Decrease|Changes?|"
            + "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?|\\d{4})$");
    /** Where a grid's notes begin: 「Notes) 1.」「(注)」「※」. */
    private static final Pattern NOTES = Pattern.compile("^(?:Notes?\\)|\\(?注\\)|※)");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-－―] ?\\d{1,3} ?[-－―]$");
    private static final Pattern CONSOLIDATED = Pattern.compile("連結|(?i:consolidated)");
    /** A unit the row states for itself: 「１株当たり当期純利益 (円)」「自己資本利益率 (ROE)(%)」. */
    /** 「 (ROE)」 after a ratio's name: its English abbreviation. */
    private static final Pattern ABBREVIATION = Pattern.compile(" ?\\([A-Z]{2,6}\\)$");
    private static final Pattern ROW_UNIT = Pattern.compile("\\((円|%|倍|千円|百万円|億円|円/株)\\)$");
    /** Rows beside the parts, not parts: 「(参考)」, 「うち…」, subtotals. */
    private static final Pattern NOT_A_PART = Pattern.compile("参考|うち|内数|小計|合計");
    /** The English name after a label, perhaps followed by a note in brackets: 「営業外損益 Non-operating income (マイナスは費用)」. */
    private static final Pattern TRAILING_ENGLISH = Pattern.compile(" [A-Za-z][A-Za-z0-9 '&/().,*-]*(?: ?\\([^()]*\\))?$");
    /** A statement's grid: its set-in rows are its line items, never segments. */
    private static final Pattern STATEMENT = Pattern.compile(
            "貸借対照表|損益計算書|包括利益計算書|キャッシュ・?フロー計算書|(?i:balance sheets?|statements? of)");
    private static final Pattern LATIN = Pattern.compile("^[A-Za-z][A-Za-z0-9 '&/().,-]*$");
    private static final Pattern CASH_FLOW_HEADING = Pattern.compile("^(営業|投資|財務)活動によるキャッシュ[・･]?フロー");
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    private final ExtractionContext ctx;

    public DataBookGrid(ExtractionContext ctx) {
        this.ctx = ctx;
    }

    /** A column: its left edge, and the range its figures' right edges fall in. */
    private record Column(float x0, float x1, float rightFrom, List<Word> header, boolean[] figures) {
        Column(float x0, float x1, float rightFrom, List<Word> header) { this(x0, x1, rightFrom, header, new boolean[1]); }

        boolean hasFigures() { return figures[0]; }
    }

    private record Resolved(Period period, Basis basis, Measure measure) {
        Resolved(Period period, Basis basis) { this(period, basis, Measure.VALUE); }
    }

    /** Only pages whose title says they are the group's (連結, Consolidated) are read: their figures are consolidated. */
    public void extract(Page page) {
        List<Line> lines = page.lines();
        // the page title: what stands before the first grid's caption
        int first = -1;
        for (int i = 0; i < lines.size() && first < 0; i++) {
            if (AMOUNT_CAPTION.matcher(TextNormalizer.fold(lines.get(i).text())).find()) first = i;
        }
        if (first < 0) return;
        String title = String.join(" ", lines.subList(0, first).stream().map(Line::text).toList());
        if (!CONSOLIDATED.matcher(TextNormalizer.fold(title)).find()) {
            // a major subsidiary's page, or a segment's: its 営業収益 is not the group's
            ctx.sink().warn("p." + page.number() + ": data book page '" + title.strip() + "' does not say its "
                    + "figures are the group's (連結, Consolidated); not read");
            return;
        }
        // one grid per caption: a page may hold two (事業別情報, then 所在地別情報 under its own header)
        for (int at = first; at < lines.size(); ) {
            at = readGrid(page, lines, at);
        }
    }

    /** Reads the grid whose amount caption stands at {@code caption}; returns where the next grid may start. */
    private int readGrid(Page page, List<Line> lines, int caption) {
        Matcher cm = AMOUNT_CAPTION.matcher(TextNormalizer.fold(lines.get(caption).text()));
        cm.find();
        Scale scale = cm.group(1) == null ? Scale.ONE : Scale.ofKanji(cm.group(1));
        boolean ratios = false;
        int firstData = -1, end = lines.size();
        for (int i = caption + 1; i < lines.size(); i++) {
            String t = TextNormalizer.fold(lines.get(i).text());
            if (AMOUNT_CAPTION.matcher(t).find()) {
                end = i;
                break;
            }
            if (firstData < 0 && RATIO_CAPTION.matcher(t).matches()) ratios = true;
            else if (firstData < 0 && cells(lines.get(i)).size() >= 2 && label(withLabelAbove(lines, i)) != null) firstData = i;
            else if (firstData >= 0 && NOTES.matcher(t).find() && end == lines.size()) {
                // notes under the grid: their figures are not the grid's, and its next caption may follow
                int next = i;
                while (next < lines.size() && !AMOUNT_CAPTION.matcher(TextNormalizer.fold(lines.get(next).text())).find()) next++;
                end = i;
                if (firstData >= 0) readGridBody(page, lines, caption, firstData, end, scale, ratios);
                return next;
            }
        }
        if (firstData >= 0) readGridBody(page, lines, caption, firstData, end, scale, ratios);
        return end;
    }

    private void readGridBody(Page page, List<Line> lines, int caption, int firstData, int end, Scale scale,
                              boolean ratios) {
        List<Line> data = new ArrayList<>();
        for (int i = firstData; i < end; i++) {
            String t = TextNormalizer.fold(lines.get(i).text());
            if (cells(lines.get(i)).size() >= 2 && !ctx.isFurniture(t) && !PAGE_NUMBER.matcher(t).matches())
                data.add(withLabelAbove(lines, i));
        }
        List<Column> columns = columns(data);
        if (columns.size() < 2) return;
        List<Line> header = lines.subList(caption + 1, firstData).stream()
                .filter(l -> !RATIO_CAPTION.matcher(TextNormalizer.fold(l.text())).matches())
                .filter(l -> cells(l).isEmpty() || label(l) == null && cells(l).size() < 2).toList();
        header = new ArrayList<>(header);
        for (int k = 0; k < header.size(); k++) {
            Line l = header.get(k);
            List<String> years = yearsOf(l);
            if (years.size() == new java.util.HashSet<>(years).size()) continue;
            // 「FY2024 FY2024」 over two runs of quarters: one of them is misprinted. Only the page before, whose header
            // this one repeats word for word and place for place but for that year, tells which.
            Optional<Line> repaired = repairedFromPageBefore(page, l);
            if (repaired.isEmpty()) {
                ctx.sink().warn("p." + page.number() + ": data book header names the year twice (" + l.text().strip()
                        + "); grid not read");
                return;
            }
            ctx.sink().warn("p." + page.number() + ": data book header names the year twice (" + l.text().strip()
                    + "); read as p." + (page.number() - 1) + "'s (" + repaired.get().text().strip()
                    + "), which it repeats but for that year");
            header.set(k, repaired.get());
        }
        for (Line l : header) if (yearsOf(l).size() >= 2) headerYears.put(page.number(), l);
        assignHeader(header, columns);
        List<Resolved> periods = resolve(page, columns);
        // a cash-flow page's heading stands in its header (「営業活動によるキャッシュ・フロー 通期 累計 通期」)
        String heading = null;
        for (Line l : lines.subList(caption + 1, firstData)) {
            Matcher h = CASH_FLOW_HEADING.matcher(TextNormalizer.fold(l.text()));
            if (h.find()) heading = LineItemName.of(h.group());
        }
        String captionText = TextNormalizer.fold(lines.get(caption).text());
        dev.irx.model.Statement statement = statementOf(captionText);
        Optional<GridSubject> subject = statement == null ? GridSubject.of(captionText, ctx.labels()) : Optional.empty();
        if (subject.isPresent()) readSubjectRows(page, data, columns, periods, scale, subject.get());
        else readRows(page, data, columns, periods, scale, ratios, statement, heading);
    }

    /** Each page's header line of two years or more, for the page after it to be checked against. */
    private final java.util.Map<Integer, Line> headerYears = new java.util.HashMap<>();

    private static List<String> yearsOf(Line l) {
        return l.words().stream().map(w -> TextNormalizer.fold(w.text())).filter(t -> YEAR.matcher(t).matches()).toList();
    }

    /**
     * A header line that names a year twice, with the years of the page before where that page's header line has the
     * same words at the same places, its years distinct, and differs from this one only in years this one repeats.
     */
    private Optional<Line> repairedFromPageBefore(Page page, Line line) {
        Line before = headerYears.get(page.number() - 1);
        if (before == null || before.words().size() != line.words().size()) return Optional.empty();
        List<String> years = yearsOf(line), beforeYears = yearsOf(before);
        if (beforeYears.size() != new java.util.HashSet<>(beforeYears).size()) return Optional.empty();
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < line.words().size(); i++) {
            Word w = line.words().get(i), b = before.words().get(i);
            if (w.box() == null || b.box() == null || Math.abs(w.box().x0() - b.box().x0()) > 1f
                    || Math.abs(w.box().x1() - b.box().x1()) > 1f) return Optional.empty();
            String t = TextNormalizer.fold(w.text()), bt = TextNormalizer.fold(b.text());
            if (t.equals(bt)) {
                words.add(w);
            } else if (YEAR.matcher(t).matches() && YEAR.matcher(bt).matches()
                    && java.util.Collections.frequency(years, t) > 1) {
                words.add(new Word(b.text(), w.box(), w.fontSize(), w.fontName(), w.glyphs()));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(new Line(words, line.box(), line.column()));
    }

    /** 「全社Corporate」「合計 Total」: the English name after the Japanese, with or without a space. */
    private static final Pattern ENGLISH_TAIL = Pattern.compile("(?<=[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー)）]) ?[A-Za-z][A-Za-z0-9 '&/().,-]*$");

    /**
     * The rows of a grid about one metric ({@link GridSubject}): 合計 is the metric; the other rows are the lines it
     * is made of (短期借入金, 社債, their 小計s: balance-sheet lines under the caption), or its segments.
     */
    private void readSubjectRows(Page page, List<Line> rows, List<Column> columns, List<Resolved> periods, Scale scale,
                                 GridSubject subject) {
        boolean stock = subject.metric().isStock();
        java.util.Set<String> lineItems = new java.util.HashSet<>();
        for (Line line : rows) {
            List<Word> cells = cells(line);
            String label = label(line);
            if (cells.size() < 2 || label == null) continue;
            String folded = TextNormalizer.fold(label);
            if (LATIN.matcher(folded).matches()) continue; // the English name of the row above
            String name = ENGLISH_TAIL.matcher(folded).replaceFirst("").strip();
            if (ROW_UNIT.matcher(name).find()) {
                ctx.sink().warn("p." + page.number() + ": data book row '" + name + "' states its own unit; row not read");
                continue;
            }
            dev.irx.model.StatementLine place = stock && !subject.bySegment()
                    ? new dev.irx.model.StatementLine(dev.irx.model.Statement.BALANCE_SHEET, subject.printed(), null) : null;
            String compact = LineItemName.of(name);
            if (compact.equals("合計")) {
                emit(page, line, cells, columns, periods, subject.metric(), null, Measure.VALUE, scale, Unit.JPY, name, place);
            } else if (subject.bySegment() && compact.equals("小計")) {
                ctx.sink().warn("p." + page.number() + ": data book row '" + name + "' sums some segments of "
                        + subject.metric().json() + " but names none; row not read");
            } else if (subject.bySegment()) {
                emit(page, line, cells, columns, periods, subject.metric(), SegmentLabels.name(name), Measure.VALUE,
                        scale, Unit.JPY, name, null);
            } else if (place != null && !lineItems.add(compact)) {
                // a second 「小計」: a line is named by its label under its heading, and the first one keeps the name
                ctx.sink().warn("p." + page.number() + ": data book line '" + name + "' a second time under '"
                        + subject.printed() + "'; the first is kept");
            } else if (place != null) {
                emit(page, line, cells, columns, periods, Metric.LINE_ITEM, null, Measure.VALUE, scale, Unit.JPY, name, place);
            } else {
                ctx.sink().warn("p." + page.number() + ": data book row '" + name + "' of " + subject.printed()
                        + " is no line irx can name; row not read");
            }
        }
    }

    /** The statement a grid's caption names (連結損益計算書 …), or null for a grid of figures. */
    private static dev.irx.model.Statement statementOf(String caption) {
        if (!STATEMENT.matcher(caption).find()) return null;
        if (caption.contains("貸借対照表") || caption.toLowerCase(java.util.Locale.ROOT).contains("balance sheet"))
            return dev.irx.model.Statement.BALANCE_SHEET;
        if (caption.contains("包括利益計算書")) return dev.irx.model.Statement.COMPREHENSIVE_INCOME;
        if (caption.contains("損益計算書")) return dev.irx.model.Statement.INCOME_STATEMENT;
        if (caption.matches(".*キャッシュ・?フロー計算書.*")) return dev.irx.model.Statement.CASH_FLOWS;
        return null;
    }

    /**
     * A figure row whose label stands alone on the line just above it (「短期借入金」 over 「344,128 394,513 …」, its
     * English name under it, or over the English name with the figures), as one line: the label's words, then the
     * figures. Any other line is returned as it is.
     */
    private Line withLabelAbove(List<Line> lines, int i) {
        Line line = lines.get(i);
        // 「売上債権の増減額」 over 「Decrease (increase) in notes and accounts (21,983) …」: the figures stand on the
        // English name's line, the row's name is the Japanese one above it
        String own = label(line);
        boolean englishName = own != null && LATIN.matcher(TextNormalizer.fold(own)).matches();
        if (i == 0 || own != null && !englishName || cells(line).size() < 2 || line.box() == null) return line;
        Line above = lines.get(i - 1);
        String t = above.box() == null ? "" : TextNormalizer.fold(above.text());
        if (own == null && i >= 2 && namesAMetricBelow(lines, i - 2)) {
            // 「EBITDA」 set between its figures and this line: this is its second line, the 前期比 under the figures
            return labelled(above, line, line.words());
        }
        float height = line.box().y1() - line.box().y0();
        if (own == null && i >= 2 && englishNameAlone(above) && japaneseLabelAlone(lines.get(i - 2))
                && above.box().y0() - lines.get(i - 2).box().y1() <= height && line.box().y0() - above.box().y1() <= height) {
            // 「連結の範囲の変更を伴わない…支出」 over the first line of its English name, the figures under that
            return labelled(lines.get(i - 2), line, line.words());
        }
        if (!japaneseLabelAlone(above)) return own == null ? withMetricBelow(lines, i) : line;
        if (line.box().y0() - above.box().y1() > height) return line; // not the row's own label: too far above
        return labelled(above, line, englishName ? cells(line) : line.words());
    }

    /** A line that is a Japanese row label and nothing else: no figures, no period, no caption. */
    private boolean japaneseLabelAlone(Line l) {
        String t = l.box() == null ? "" : TextNormalizer.fold(l.text());
        return cells(l).isEmpty() && label(l) != null && JAPANESE.matcher(t).find() && ctx.periods().findAll(t).isEmpty()
                && !AMOUNT_CAPTION.matcher(t).find() && !STATEMENT.matcher(t).find();
    }

    /** A line that is a row's English name alone, with no figures. */
    private boolean englishNameAlone(Line l) {
        String own = label(l);
        return l.box() != null && cells(l).isEmpty() && own != null && LATIN.matcher(TextNormalizer.fold(own)).matches();
    }

    /** One row of a label's line and a figures' line: the label's words, then {@code figures}. */
    private static Line labelled(Line label, Line figuresLine, List<Word> figures) {
        List<Word> words = new ArrayList<>(label.words());
        words.addAll(figures);
        return new Line(words, label.box().union(figuresLine.box()), figuresLine.column());
    }

    /**
     * A figure row with no label whose label stands alone just below it, naming a metric (「EBITDA」 set between its
     * figures and its 前期比 line): one line. Only a metric's name is taken from below, since a label under a row is
     * more often the next row's.
     */
    private Line withMetricBelow(List<Line> lines, int i) {
        Line line = lines.get(i);
        if (!namesAMetricBelow(lines, i)) return line;
        return labelled(lines.get(i + 1), line, line.words());
    }

    /** Whether line {@code i} is figures with no label and the line just below it a metric's name alone. */
    private boolean namesAMetricBelow(List<Line> lines, int i) {
        if (i + 1 >= lines.size()) return false;
        Line line = lines.get(i), below = lines.get(i + 1);
        if (line.box() == null || below.box() == null || label(line) != null || cells(line).size() < 2
                || !cells(below).isEmpty() || label(below) == null || ctx.labels().lookup(label(below)).isEmpty())
            return false;
        float height = line.box().y1() - line.box().y0();
        return below.box().y0() - line.box().y1() <= height;
    }

    private static final Pattern MONTH_NAME = Pattern.compile("^(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?$");

    /** The words of a line that are cells, left to right; none on a header's gloss line (「May 2024 Aug. 2024」). */
    private static List<Word> cells(Line line) {
        List<Word> out = new ArrayList<>();
        if (line.words().stream().filter(w -> MONTH_NAME.matcher(w.text()).matches()).count() >= 2) return out;
        for (Word w : line.words()) {
            if (w.box() != null && CELL.matcher(TextNormalizer.fold(w.text())).matches()) out.add(w);
        }
        return out;
    }

    /** The row's label: the words before its first cell; null when it has none. */
    private static String label(Line line) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line.words()) {
            if (CELL.matcher(TextNormalizer.fold(w.text())).matches()) break;
            if (sb.length() > 0) sb.append(' ');
            sb.append(w.text());
        }
        String s = sb.toString().strip();
        return s.isEmpty() ? null : s;
    }

    /**
     * Columns from the right edges of the cells: figures are set flush right in their column. A bracketed negative
     * ends in its 「)」 where a browser sets it, or with its 「)」 hanging past the column where a spreadsheet does:
     * brackets join the column their digits or their bracket line up with.
     */
    private static List<Column> columns(List<Line> data) {
        List<float[]> edges = new ArrayList<>();
        List<Word> bracketed = new ArrayList<>();
        for (Line l : data) {
            for (Word w : cells(l)) {
                if (w.text().endsWith(")")) bracketed.add(w);
                else edges.add(new float[] {w.box().x0(), w.box().x1()});
            }
        }
        edges.sort((a, b) -> Float.compare(a[1], b[1]));
        List<float[]> cols = new ArrayList<>(); // x0, x1 (left edge, right edge range end), right edge range start
        for (float[] e : edges) {
            float[] last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (last == null || e[1] - last[1] > 4f) cols.add(new float[] {e[0], e[1], e[1]});
            else {
                last[0] = Math.min(last[0], e[0]);
                last[1] = Math.max(last[1], e[1]);
            }
        }
        for (Word w : bracketed) {
            float[] home = null;
            for (float r : new float[] {w.box().x1(), right(w)}) {
                for (float[] c : cols) if (home == null && r >= c[2] - 2f && r <= c[1] + 2f) home = c;
            }
            if (home == null) {
                home = new float[] {w.box().x0(), w.box().x1(), w.box().x1()};
                cols.add(home);
                cols.sort((a, b) -> Float.compare(a[1], b[1]));
            } else {
                home[0] = Math.min(home[0], w.box().x0());
            }
        }
        List<Column> out = new ArrayList<>();
        for (float[] c : cols) out.add(new Column(c[0], c[1], c[2], new ArrayList<>()));
        for (Line l : data) {
            for (Word w : cells(l)) {
                int at = columnOf(w, out);
                String t = TextNormalizer.fold(w.text());
                if (at >= 0 && !t.equals("-") && !QuantityParser.isNotAvailable(t)) out.get(at).figures()[0] = true;
            }
        }
        return out;
    }

    /** A figure's right edge as its digits end: a bracketed negative's 「)」 stands past its column's edge. */
    private static float right(Word w) {
        String t = w.text();
        if (t.endsWith(")") && t.length() > 1) return w.box().x1() - (w.box().x1() - w.box().x0()) / t.length();
        return w.box().x1();
    }

    /**
     * Each header word goes to the column it stands over. The years of a line span the columns below them, each
     * centred over its own: the columns are cut into runs, one per year in order, where the runs' middles fall
     * nearest the years' (a year over four quarters and a total stands far left of its run's first column).
     */
    private static void assignHeader(List<Line> header, List<Column> columns) {
        List<List<Word>> yearLines = new ArrayList<>();
        for (Line l : header) {
            List<Word> years = l.words().stream().filter(w -> w.box() != null
                    && YEAR.matcher(TextNormalizer.fold(w.text())).matches()).toList();
            if (!years.isEmpty()) yearLines.add(years);
            for (Word w : l.words()) {
                if (w.box() == null || years.contains(w)) continue;
                // figures stand flush right: a column's cell reaches left to the column before it
                float cx = centre(w);
                for (int i = 0; i < columns.size(); i++) {
                    Column c = columns.get(i);
                    float left = i == 0 ? c.x0() - (c.x1() - c.x0()) : columns.get(i - 1).x1() + 1;
                    if (cx > left && cx <= c.x1() + 2) {
                        c.header().add(w);
                        break;
                    }
                }
            }
        }
        // only columns with a header of their own are spanned; a stray one (a figure in a label) gets no year
        List<Column> headed = columns.stream().filter(c -> !c.header().isEmpty()).toList();
        for (List<Word> years : yearLines) {
            // a year's run of columns ends where its quarters start again (通期 | Q1); centring decides otherwise
            int[] cuts = restarts(headed, years.size());
            if (cuts == null) cuts = bestCuts(years, headed);
            if (cuts == null) continue;
            for (int y = 0; y < years.size(); y++) {
                for (int i = cuts[y]; i < cuts[y + 1]; i++) headed.get(i).header().add(0, years.get(y));
            }
        }
    }

    /**
     * Where the runs of columns under each of {@code years} years begin (and, last, the end), read from the quarters:
     * a run begins at a Q1 after a later quarter, a 通期 or a 累計. Null unless there are exactly that many runs.
     */
    private static int[] restarts(List<Column> cols, int years) {
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 1; i < cols.size(); i++) {
            if (quarterIn(cols.get(i)) == 1 && endsRun(cols.get(i - 1))) starts.add(i);
        }
        if (starts.size() != years) return null;
        int[] cuts = new int[years + 1];
        for (int k = 0; k < years; k++) cuts[k] = starts.get(k);
        cuts[years] = cols.size();
        return cuts;
    }

    /** The quarter a column's header names, 0 for none. */
    private static int quarterIn(Column c) {
        for (Word w : c.header()) {
            Matcher q = QUARTER.matcher(TextNormalizer.fold(w.text()));
            if (q.matches()) return quarterNumber(q);
        }
        return 0;
    }

    private static boolean endsRun(Column c) {
        if (quarterIn(c) > 1) return true;
        for (Word w : c.header()) {
            String t = TextNormalizer.fold(w.text());
            if (FULL_YEAR.matcher(t).matches() || YEAR_TO_DATE.matcher(t).matches()) return true;
        }
        return false;
    }

    /** Where the runs of columns under each year begin (and, last, the end); null when there are too few columns. */
    private static int[] bestCuts(List<Word> years, List<Column> cols) {
        int m = years.size(), n = cols.size();
        if (n < m) return null;
        int[] cuts = new int[m + 1];
        cuts[m] = n;
        int[] best = new int[m + 1];
        double[] bestCost = {Double.MAX_VALUE};
        search(years, cols, cuts, 1, bestCost, best);
        return bestCost[0] == Double.MAX_VALUE ? null : best;
    }

    private static void search(List<Word> years, List<Column> cols, int[] cuts, int y, double[] bestCost, int[] best) {
        int m = years.size(), n = cols.size();
        if (y == m) {
            double cost = 0;
            for (int k = 0; k < m; k++) {
                float mid = (cols.get(cuts[k]).x0() + cols.get(cuts[k + 1] - 1).x1()) / 2;
                cost += Math.abs(mid - centre(years.get(k)));
            }
            if (cost < bestCost[0]) {
                bestCost[0] = cost;
                System.arraycopy(cuts, 0, best, 0, cuts.length);
            }
            return;
        }
        for (int c = cuts[y - 1] + 1; c <= n - (m - y); c++) {
            cuts[y] = c;
            search(years, cols, cuts, y + 1, bestCost, best);
        }
    }

    private static float centre(Word w) { return (w.box().x0() + w.box().x1()) / 2; }

    /** Each column's period and basis; null for a column whose header is not understood. */
    private List<Resolved> resolve(Page page, List<Column> columns) {
        List<Resolved> out = new ArrayList<>();
        if (!RelativeResults.agree(columns.stream().map(c -> c.header().stream().map(w -> TextNormalizer.fold(w.text()))
                .toList()).toList(), ctx.periods())) {
            ctx.sink().warn("p." + page.number() + ": data book header's 前期/当期 disagree with its years; grid not read");
            columns.forEach(c -> out.add(null));
            return out;
        }
        for (Column c : columns) { 
            String year = null, part = null;
            float partDistance = Float.MAX_VALUE;
            List<String> unknown = new ArrayList<>();
            for (Word w : c.header()) {
                String t = TextNormalizer.fold(w.text());
                if (YEAR.matcher(t).matches()) year = t;
                else if (MONTH_END.matcher(t).matches() || QUARTER.matcher(t).matches() || FULL_YEAR.matcher(t).matches()
                        || YEAR_TO_DATE.matcher(t).matches() || FORECAST.matcher(t).matches()
                        || RESULT.matcher(t).matches()) {
                    // two parts over one column: the other heads a column with no figures (Q4 of a year under way)
                    float mid = (c.x0() + c.x1()) / 2;
                    if (part == null || Math.abs(centre(w) - mid) < partDistance) {
                        part = t;
                        partDistance = Math.abs(centre(w) - mid);
                    }
                }
                else if (derived(t) == null && !GLOSS.matcher(t).matches()) unknown.add(t);
            }
            Measure derived = null;
            for (Word w : c.header()) if (derived == null) derived = derived(TextNormalizer.fold(w.text()));
            Resolved r;
            if (derived != null && part == null) {
                // 前期比, 構成比, 前年差 beside a figure column: that column's period, as a ratio, share or change
                Resolved left = null;
                for (int k = out.size() - 1; k >= 0 && left == null; k--) {
                    if (out.get(k) != null && out.get(k).measure() == Measure.VALUE) left = out.get(k);
                    else if (out.get(k) == null && columns.get(k).hasFigures()) break; // beside a column not read
                }
                r = left == null ? null : new Resolved(left.period(), left.basis(), derived);
            } else {
                r = year == null || part == null || derived != null ? null : period(year, part, columns, c);
            }
            if (r != null && r.basis() == Basis.ACTUAL && r.measure() == Measure.VALUE && ctx.unfinished(r.period())) {
                // a month end after the book was published (「26/2」 of a year under way): its 0s are a spreadsheet's
                // placeholders, not results
                ctx.sink().warn("p." + page.number() + ": data book column at x=" + Math.round(c.x0()) + " ("
                        + r.period() + ") had not ended when the book was published; its figures are not read");
                out.add(null);
                continue;
            }
            if ((r == null || !unknown.isEmpty()) && c.header().isEmpty() && !c.hasFigures()) {
                r = null; // a column of dashes only: nothing to read, nothing lost
            } else if (r == null || !unknown.isEmpty()) {
                ctx.sink().warn("p." + page.number() + ": data book column at x=" + Math.round(c.x0()) + " headed '"
                        + String.join(" ", c.header().stream().map(Word::text).toList())
                        + "' not understood; its figures are not read");
                r = null;
            }
            out.add(r);
        }
        return out;
    }

    /** The measure a derived column's header names; null for a header of another kind. */
    private static Measure derived(String header) {
        if (RATIO_COLUMN.matcher(header).matches()) return Measure.RATIO_TO_PRIOR_PCT;
        if (SHARE_COLUMN.matcher(header).matches()) return Measure.COMPOSITION_PCT;
        if (CHANGE_COLUMN.matcher(header).matches()) return Measure.YOY_AMOUNT;
        return null;
    }

    private Resolved period(String year, String part, List<Column> columns, Column self) {
        Optional<Period> fy = ctx.periods().parse(year);
        if (fy.isEmpty() || fy.get().fiscalYearEnd() == null) return null;
        var fyEnd = fy.get().fiscalYearEnd();
        Matcher me = MONTH_END.matcher(part);
        if (me.matches()) {
            // the month's end, which must fall in the year the column stands under
            int y = me.group(1) != null ? 2000 + Integer.parseInt(me.group(1)) : Integer.parseInt(me.group(3));
            int mo = Integer.parseInt(me.group(2) != null ? me.group(2) : me.group(4));
            if (mo < 1 || mo > 12) return null;
            java.time.YearMonth ym = java.time.YearMonth.of(y, mo);
            Period year0 = fy.get();
            java.time.LocalDate end = ctx.periods().calendar().monthEnd(ym);
            if (end.isBefore(year0.start()) || end.isAfter(year0.end())) return null;
            return new Resolved(Period.instant(end, fyEnd), Basis.ACTUAL);
        }
        Matcher q = QUARTER.matcher(part);
        if (q.matches()) {
            int n = quarterNumber(q);
            return new Resolved(YearParts.part(ctx.periods().calendar(), quarter(n), fyEnd), Basis.ACTUAL);
        }
        if (FULL_YEAR.matcher(part).matches() || RESULT.matcher(part).matches()) return new Resolved(fy.get(), Basis.ACTUAL);
        if (FORECAST.matcher(part).matches()) return new Resolved(fy.get(), Basis.FORECAST);
        // 累計: the year to the last quarter the grid gives for that year
        int last = 0;
        for (Column c : columns) {
            String y = null;
            Integer n = null;
            for (Word w : c.header()) {
                String t = TextNormalizer.fold(w.text());
                if (YEAR.matcher(t).matches()) y = t;
                Matcher m = QUARTER.matcher(t);
                if (m.matches()) n = quarterNumber(m);
            }
            // a quarter with no figures yet (Q4 of the year under way) is not in the year to date
            if (year.equals(y) && n != null && c.x1() < self.x0() && c.hasFigures()) last = Math.max(last, n);
        }
        return switch (last) {
            case 1 -> new Resolved(YearParts.part(ctx.periods().calendar(), dev.irx.model.Span.Q1, fyEnd), Basis.ACTUAL);
            case 2 -> new Resolved(YearParts.part(ctx.periods().calendar(), dev.irx.model.Span.H1, fyEnd), Basis.ACTUAL);
            case 3 -> new Resolved(YearParts.part(ctx.periods().calendar(), dev.irx.model.Span.Q1_Q3, fyEnd), Basis.ACTUAL);
            case 4 -> new Resolved(fy.get(), Basis.ACTUAL);
            default -> null;
        };
    }

    /** The quarter a matched 「Q3」「3Q」「第3四半期」 names. */
    private static int quarterNumber(Matcher quarter) {
        for (int g = 1; g <= 3; g++) if (quarter.group(g) != null) return Integer.parseInt(quarter.group(g));
        throw new IllegalStateException("no quarter in " + quarter.group());
    }

    private static dev.irx.model.Span quarter(int n) {
        return switch (n) {
            case 1 -> dev.irx.model.Span.Q1;
            case 2 -> dev.irx.model.Span.Q2;
            case 3 -> dev.irx.model.Span.Q3;
            default -> dev.irx.model.Span.Q4;
        };
    }

    /**
     * Rows: a metric the dictionary knows starts a block; rows set further in are its segments; a row in English
     * right under a figure row carries that row's 前期比 where the page says so. A row irx cannot name ends the
     * block, so nothing below it is taken for a part of the metric above.
     */
    private void readRows(Page page, List<Line> rows, List<Column> columns, List<Resolved> periods, Scale scale,
                          boolean ratios, dev.irx.model.Statement statement, String heading) {
        Metric metric = null;
        List<Float> indents = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        java.util.Set<String> lineItems = new java.util.HashSet<>();
        java.util.Set<Metric> totals = java.util.EnumSet.noneOf(Metric.class);
        float metricIndent = 0;
        String segment = null;
        boolean lastWasFigures = false;
        boolean headingClosed = false; // the page's heading has met its own total: the lines after it are top-level
        for (Line line : rows) {
            List<Word> cells = cells(line);
            String label = label(line);
            if (cells.size() < 2 || label == null) {
                lastWasFigures = false;
                continue;
            }
            float indent = line.words().get(0).box().x0();
            label = japanesePart(label);
            String folded = TextNormalizer.fold(label);
            Optional<Metric> m = ctx.labels().lookup(label);
            if (LATIN.matcher(folded).matches() && (m.isEmpty() || m.get() == metric)) {
                // the English name of the row above, with its ratio to the year before (「EBITDA」 names a metric)
                if (ratios && lastWasFigures && metric != null) {
                    emit(page, line, cells, columns, periods, metric, segment, Measure.RATIO_TO_PRIOR_PCT, null,
                            Unit.PERCENT, label);
                }
                lastWasFigures = false;
                continue;
            }
            Matcher own = ROW_UNIT.matcher(folded);
            if (own.find()) {
                // a row in its own unit under a page of 百万円: per-share amounts in 円 are read as such, nothing else
                Optional<Metric> perShare = ctx.labels().lookup(folded.substring(0, own.start()).strip())
                        .filter(Metric::isPerShare);
                if (perShare.isPresent() && own.group(1).equals("円") && totals.add(perShare.get())) {
                    metric = perShare.get();
                    metricIndent = indent;
                    segment = null;
                    emit(page, line, cells, columns, periods, metric, null, Measure.VALUE, Scale.ONE,
                            Unit.JPY_PER_SHARE, folded);
                    lastWasFigures = true;
                    continue;
                }
                // 「自己資本利益率 (ROE)(%)」: a return on a base the ratio's name says (RatioLabel), in percent
                String ratioName = ABBREVIATION.matcher(folded.substring(0, own.start()).strip()).replaceFirst("");
                Optional<RatioLabel.Ratio> ratio = own.group(1).equals("%")
                        ? RatioLabel.read(ratioName, ctx.labels(), Boolean.TRUE) : Optional.empty();
                if (ratio.isPresent()) {
                    emit(page, line, cells, columns, periods, ratio.get().metric(), null, ratio.get().measure(), Scale.ONE,
                            Unit.PERCENT, folded);
                    metric = null;
                    lastWasFigures = false;
                    continue;
                }
                ctx.sink().warn("p." + page.number() + ": data book row '" + label + "' states its own unit; row "
                        + "not read");
                metric = null;
                lastWasFigures = false;
                continue;
            }
            String section = sectionOf(indents, labels, indent);
            if (section == null && heading != null) {
                // the lines under the page's heading, down to its own total (営業活動によるキャッシュ・フロー)
                if (LineItemName.of(label).equals(heading)) {
                    heading = null;
                    headingClosed = true;
                } else {
                    section = heading;
                }
            }
            indents.add(indent);
            labels.add(label);
            if (statement != null && (m.isEmpty() || totals.contains(m.get()) || m.get().isPerShare())) {
                // a statement's line (受取利息 under 営業外損益, 売上高 under 営業収益): a line item under its heading
                boolean generic = LineItemName.of(label).startsWith("その他") && LineItemName.of(label).length() <= 4;
                if (section == null && (statement == dev.irx.model.Statement.CASH_FLOWS && (!headingClosed || generic)
                        || generic && statement != dev.irx.model.Statement.INCOME_STATEMENT)) {
                    // 「その他」 stands under every heading of a cash-flow statement: without its heading it has no key;
                    // a balance sheet's top-level lines (繰延資産, 新株予約権) are named by their label alone, and so are
                    // a cash-flow statement's lines after its last section has closed on this page (換算差額, 期首残高)
                    ctx.sink().warn("p." + page.number() + ": data book line '" + label + "' stands under no heading"
                            + " irx can see; not read");
                } else if (lineItems.add(section + "|" + LineItemName.of(label))) {
                    emit(page, line, cells, columns, periods, Metric.LINE_ITEM, null, Measure.VALUE, scale, Unit.JPY,
                            label, new dev.irx.model.StatementLine(statement, section, null));
                } else {
                    ctx.sink().warn("p." + page.number() + ": data book line '" + label + "' a second time under '"
                            + section + "'; the first is kept");
                }
                lastWasFigures = false;
                continue;
            }
            if (m.isPresent() && m.get().isPerShare()) {
                ctx.sink().warn("p." + page.number() + ": data book row '" + label + "' is per share but states no "
                        + "unit under a page of amounts; row not read");
                metric = null;
                lastWasFigures = false;
                continue;
            }
            if (m.isPresent() && !totals.add(m.get())) {
                // 営業収益 and under it 売上高 and 営業収入: a second row of the metric is a part of the first
                ctx.sink().warn("p." + page.number() + ": data book row '" + label + "' names " + m.get().json()
                        + " a second time in the grid; row not read");
                metric = null;
                lastWasFigures = false;
                continue;
            }
            // a row the dictionary names is that metric wherever it is set (親会社株主に帰属する当期純利益 set in under
            // 当期純利益 is no segment of it)
            if (m.isPresent() && (metric == null || indent <= metricIndent + 1 || m.get() != metric)) {
                metric = m.get();
                metricIndent = indent;
                segment = null;
            } else if (metric != null && indent > metricIndent + 2 && !NOT_A_PART.matcher(folded).find()) {
                segment = SegmentLabels.name(folded);
            } else {
                ctx.sink().warn("p." + page.number() + ": data book row '" + label + "' not in the dictionary; "
                        + "row not read");
                metric = null;
                segment = null;
                lastWasFigures = false;
                continue;
            }
            // a statement's metric lines keep their place in it, so that its subtotals can be summed
            emit(page, line, cells, columns, periods, metric, segment, Measure.VALUE, scale, Unit.JPY, folded,
                    statement == null || segment != null ? null : new dev.irx.model.StatementLine(statement, section, null));
            lastWasFigures = true;
        }
    }

    /** 「設備投資 Capital expenditures」 → 「設備投資」; a label all in English stays as it is. */
    private static String japanesePart(String label) {
        Matcher m = TRAILING_ENGLISH.matcher(label);
        return m.find() && m.start() > 0 ? label.substring(0, m.start()).strip() : label;
    }

    private void emit(Page page, Line line, List<Word> cells, List<Column> columns, List<Resolved> periods,
                      Metric metric, String segment, Measure measure, Scale scale, Unit valueUnit, String label) {
        emit(page, line, cells, columns, periods, metric, segment, measure, scale, valueUnit, label, null);
    }

    /** The row set furthest in above this one and less far in than it: the heading it stands under. */
    private static String sectionOf(List<Float> indents, List<String> labels, float indent) {
        for (int k = indents.size() - 1; k >= 0; k--) if (indents.get(k) < indent - 2) return labels.get(k);
        return null;
    }

    private void emit(Page page, Line line, List<Word> cells, List<Column> columns, List<Resolved> periods,
                      Metric metric, String segment, Measure measure, Scale scale, Unit valueUnit, String label,
                      dev.irx.model.StatementLine statementLine) {
        for (Word w : cells) {
            int at = columnOf(w, columns);
            if (at < 0 || periods.get(at) == null) continue;
            String t = TextNormalizer.fold(w.text());
            if (QuantityParser.isNotAvailable(t) || t.equals("-")) continue;
            // 「(17,085)」: a negative in brackets, as accountants print one
            if (t.startsWith("(") && t.endsWith(")")) t = "△" + t.substring(1, t.length() - 1);
            Optional<Quantity> q = measure == Measure.VALUE
                    ? QuantityParser.parse(t, scale, valueUnit) : QuantityParser.parse(t, Scale.ONE, Unit.PERCENT);
            if (q.isEmpty()) continue;
            Quantity quantity = measure == Measure.VALUE ? q.get().withUnit(valueUnit) : q.get().withUnit(Unit.PERCENT);
            Unit unit = measure == Measure.VALUE ? valueUnit : Unit.PERCENT;
            Resolved r = periods.get(at);
            boolean balance = metric.isStock() || statementLine != null
                    && statementLine.statement() == dev.irx.model.Statement.BALANCE_SHEET;
            if (r.period().isInstant() && !balance) continue; // a flow has no balance at a month's end
            dev.irx.model.Period period = balance && !r.period().isInstant()
                    ? dev.irx.model.Period.instant(r.period().end(), r.period().fiscalYearEnd()) : YearParts.forMetric(metric, r.period());
            Measure m = measure;
            if (r.measure() != Measure.VALUE) {
                // a derived column's cell in a figure row; in a ratio row it would be a ratio of a ratio
                if (measure != Measure.VALUE) continue;
                m = r.measure();
                if (m != Measure.YOY_AMOUNT) {
                    Optional<Quantity> pct = QuantityParser.parse(t, Scale.ONE, Unit.PERCENT);
                    if (pct.isEmpty()) continue;
                    quantity = pct.get().withUnit(Unit.PERCENT);
                    unit = Unit.PERCENT;
                }
            }
            if (statementLine != null) {
                ctx.sink().add(metric, m, label, segment, Boolean.TRUE, period, r.basis(), quantity, unit, FactSource.TABLE,
                        page.number(), w.box(), line.text(), FactSink.currencyOf(unit), null, statementLine);
            } else {
                ctx.sink().add(metric, m, label, segment, Boolean.TRUE, period, r.basis(), quantity, unit,
                        FactSource.TABLE, page.number(), w.box(), line.text());
            }
        }
    }

    private static int columnOf(Word w, List<Column> columns) {
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (w.box().x1() >= c.rightFrom() - 2 && w.box().x1() <= c.x1() + 2) return i;
        }
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            if (right(w) >= c.rightFrom() - 2 && right(w) <= c.x1() + 2) return i;
        }
        return -1;
    }
}
