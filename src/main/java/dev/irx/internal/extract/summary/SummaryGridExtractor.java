package dev.irx.internal.extract.summary;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.FactSink;
import dev.irx.internal.extract.ReportPeriod;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.RatioLabel;
import dev.irx.internal.extract.table.Row;
import dev.irx.model.Basis;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Range;
import dev.irx.model.Span;
import dev.irx.internal.normalize.PeriodMatch;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the grids of the TSE 決算短信 summary form, where metrics stand in columns and periods in rows:
 * <pre>
 *            売上高        営業利益     …
 *            百万円   ％   百万円   ％
 * 2024年3月期  1,767  4.3    188  32.6
 * </pre>
 * The unit row fixes the columns; each header word belongs to the column nearest below it; each cell to
 * the column its right edge falls in. A ％ column with no header of its own is the change of the amount
 * beside it (the form's 「％表示は対前期増減率」). Needs positions: plain text is laid out by {@link TextGridLayout}.
 */
public final class SummaryGridExtractor {

    private static final Map<String, Unit> UNIT_WORDS = Map.of("百万円", Unit.JPY, "千円", Unit.JPY, "円", Unit.JPY,
            "銭", Unit.JPY, "%", Unit.PERCENT, "百万米ドル", Unit.USD, "千米ドル", Unit.USD, "倍", Unit.TIMES,
            "億円", Unit.JPY);
    /** 「1．」「３．」: a numbered section of the form, which names the period of what follows. */
    private static final Pattern SECTION = Pattern.compile("^[0-9]+\\.");
    /** 「(1)連結経営成績(累計)」: a sub-section. */
    private static final Pattern SUBSECTION = Pattern.compile("^\\([0-9]\\)");
    private static final Pattern NOTE = Pattern.compile("^(\\(注\\)|注|※|\\(参考\\))");
    /**
     * 「(参考)個別業績の概要」, 「2024年3月期の個別業績(…)」: the form's appendix of the parent's own results, which
     * opens a part of its own (actual, non-consolidated) even when it follows the forecast unnumbered.
     */
    private static final Pattern PART_HEADING = Pattern.compile(
            "^(?:\\(参考\\)|\\(|【)?(?:[^、。()]|\\([^、。()]{1,8}\\)){0,30}個別業績(?:の概要)?(?:\\)|】)?(?:\\([^()]*\\))?$");
    private static final float MAX_HEADER_GAP = 48f;
    private static final Set<String> DIVIDEND_PARTS = Set.of("第1四半期末", "第2四半期末", "中間期末", "第3四半期末",
            "期末", "合計", "年間");

    private final ExtractionContext ctx;
    /** The fiscal year and basis the current numbered section speaks of (「３．2025年3月期の連結業績予想」). */
    private YearMonth sectionYear;
    private boolean sectionForecast;
    private Boolean sectionScope;
    private boolean cumulative;
    /** The length of the filer's fiscal period in months, when a section's date range shows it is not 12 (REITs: 6). */
    private int periodMonths = 12;
    /** The last row was left unread (a range cut in two): its figures-only continuation lines go with it. */
    private boolean rowUnread;
    /** 「(2022年7月1日~2022年12月31日)」 in a section heading. */
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{4})年(\\d{1,2})月(\\d{1,2})日\\s*~\\s*(\\d{4})年(\\d{1,2})月(\\d{1,2})日");

    private final ShareCountLines shareCounts;

    public SummaryGridExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.shareCounts = new ShareCountLines(ctx);
    }

    public void extract(Page page) {
        if (ctx.info().kind() != DocumentKind.KESSAN_TANSHIN) return;
        List<String> folded = ctx.folded().lines(page);
        // Plain text: where it keeps one row to a line, its grids are placed column by column.
        if (!page.lines().isEmpty() && page.lines().stream().allMatch(l -> l.box() == null)) {
            page = TextGridLayout.place(page, folded, ctx.sink()::warn);
        }
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = folded.get(i);
            if (lines.get(i).box() == null) return;
            if (SECTION.matcher(t).find() || PART_HEADING.matcher(t).find()) section(t);
            else if (SUBSECTION.matcher(t).find()) subsection(t);
            else if (isUnitRow(lines.get(i))) i = readGrid(page, lines, folded, i);
            else if (NOTE.matcher(t).find()) readNote(page, lines.get(i), t);
            else if (!shareCounts.read(page.number(), lines.get(i), t, this::rowPeriod) && i > 0 && i + 1 < lines.size())
                shareCounts.readWrapped(page.number(), lines.get(i - 1), lines.get(i), lines.get(i + 1), t, this::rowPeriod);
        }
    }

    private void section(String t) {
        List<PeriodMatch> ps = ctx.periods().findAll(t);
        sectionYear = ps.isEmpty() ? null : ps.get(0).period().fiscalYearEnd();
        sectionForecast = t.contains("予想");
        sectionScope = t.contains("個別") || t.contains("非連結") ? Boolean.FALSE
                : t.contains("連結") ? Boolean.TRUE : titleScope();
        cumulative = t.contains("累計");
        java.util.regex.Matcher r = RANGE.matcher(t);
        boolean ranged = r.find();
        // A section whose dates run past the document's publication can only be a plan, though its heading, wrapped
        // over two lines, leaves 「予想」 on the next (「…の運用状」「況の予想」).
        if (ranged && ctx.unfinished(Period.instant(date(r, 4), null))) sectionForecast = true;
        if (ranged && sectionYear != null && !sectionForecast) {
            java.time.LocalDate from = date(r, 1);
            java.time.LocalDate to = date(r, 4);
            int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
            if (!ps.isEmpty()) ReportPeriod.stated(from, to, ps.get(0).period()).ifPresent(ctx::reportPeriodStated);
            // A whole fiscal period that is not a year: the filer's periods are that long (a REIT's six months).
            if (to.equals(ctx.periods().calendar().monthEnd(sectionYear)) && months > 0 && months < 12 && !t.contains("四半期")
                    && !t.contains("中間")) periodMonths = months;
        }
    }

    private static java.time.LocalDate date(java.util.regex.Matcher r, int group) {
        return java.time.LocalDate.of(Integer.parseInt(r.group(group)), Integer.parseInt(r.group(group + 1)),
                Integer.parseInt(r.group(group + 2)));
    }

    /** The scope the 短信's title gives (「(連結)」, 「(非連結)」; a REIT files non-consolidated). */
    private Boolean titleScope() {
        String title = ctx.info().title() == null ? "" : ctx.info().title();
        if (title.contains("非連結") || title.contains("REIT")) return Boolean.FALSE;
        return title.contains("連結") ? Boolean.TRUE : null;
    }

    private void subsection(String t) {
        if (t.contains("個別") || t.contains("非連結")) sectionScope = Boolean.FALSE;
        else if (t.contains("連結")) sectionScope = Boolean.TRUE;
        cumulative = t.contains("累計");
        // 「(1)個別経営成績」「(2)財政状態」 report results, whatever section came before; 「(2)個別業績予想」 a plan
        if (t.contains("予想")) sectionForecast = true;
        else if (RESULTS_HEADING.matcher(t).find()) sectionForecast = false;
    }

    private static final Pattern RESULTS_HEADING = Pattern.compile("経営成績|財政状態|キャッシュ・フローの状況|運用状況|分配状況");

    private static boolean isUnitRow(Line line) {
        List<Word> ws = line.words();
        if (ws.size() < 2) return false;
        for (Word w : ws) if (!UNIT_WORDS.containsKey(TextNormalizer.fold(w.text()))) return false;
        return true;
    }

    /** A note's year: 「2024」, or as the document reads two-digit and era years 「25」「平成25」「4」(令和4). */
    private static final String NOTE_YEAR = "(?:(?:平成|令和|昭和) ?(?:元|\\d{1,2})|\\d{4}|\\d{1,2})";
    /** 「(注)包括利益 2024年3月期 99百万円 (21.1%) 2023年3月期 82百万円 (-%)」, 「(参考)自己資本 2024年3月期 1,039百万円 …」. */
    private static final Pattern NOTE_ITEM = Pattern.compile(
            "(?<period>(?<![\\d年])" + NOTE_YEAR + " ?年 ?\\d{1,2} ?月期(?:第\\d四半期|中間期)?)\\s*(?<val>[△▲-]?[\\d,]+(?:\\.\\d+)?)(?<unit>百万円|千円)"
                    + "(?:\\s*\\((?<pct>[△▲-]?[\\d.]+|-)%\\))?");
    private static final Pattern NOTE_LABEL = Pattern.compile("^(?:\\(注\\)|\\(参考\\)|注)\\s*(?<label>[^\\s0-9]+?)\\s*(?="
            + NOTE_YEAR + " ?年)");

    private void readNote(Page page, Line line, String t) {
        java.util.regex.Matcher lm = NOTE_LABEL.matcher(t);
        if (!lm.find()) return;
        String label = lm.group("label");
        Optional<Metric> metric = ctx.labels().lookup(label);
        if (metric.isEmpty() || metric.get().isPercentage() || metric.get().isPerShare()) return;
        java.util.regex.Matcher m = NOTE_ITEM.matcher(t);
        while (m.find()) {
            Optional<Period> period = rowPeriod(m.group("period"));
            Optional<Quantity> q = QuantityParser.parse(m.group("val") + m.group("unit"));
            if (period.isEmpty() || q.isEmpty()) continue;
            Period p = YearParts.forMetric(metric.get(), period.get());
            Boolean scope = sectionScope != null ? sectionScope : ctx.scope(null);
            Basis basis = sectionForecast ? Basis.FORECAST : Basis.ACTUAL;
            ctx.sink().add(metric.get(), Measure.VALUE, label, null, scope, p, basis, q.get(), Unit.JPY,
                    FactSource.TABLE, page.number(), line.box(), t);
            String pct = m.group("pct");
            if (pct != null && !pct.equals("-")) {
                QuantityParser.parse(pct + "%").ifPresent(y -> ctx.sink().add(metric.get(), Measure.YOY_PCT, label, null,
                        scope, p, basis, y, Unit.PERCENT, FactSource.TABLE, page.number(), line.box(), t));
            }
        }
    }

    /** A grid title naming continuing operations alone; 「非継続事業を含む金額」 does not. */
    private static final java.util.regex.Pattern CONTINUING_ONLY = java.util.regex.Pattern.compile("(?<!非)継続事業(?!を含)");
    /** The metrics that continuing operations alone change: those after discontinued operations' profit or loss. */
    private static final java.util.Set<Metric> BOTTOM_LINE = java.util.EnumSet.of(Metric.NET_INCOME,
            Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS, Metric.COMPREHENSIVE_INCOME, Metric.EPS, Metric.DILUTED_EPS);

    /** One column of a grid: its x-range, unit, and the header words above it. */
    private static final class Col {
        float x0, x1;
        Unit unit;
        Scale scale;
        boolean perShare;
        final List<Word> header = new ArrayList<>();
        String label;
        /** The label without the grid's title line (「継続事業に係る金額」 over several columns); null when none. */
        String untitled;
        /** Under a title that scopes the grid to continuing operations (「継続事業に係る金額」). */
        boolean continuingOnly;
        Metric metric;
        /** The measure of a ratio column (「総資産経常利益率」); null for the figure itself. */
        Measure ratio;
        Col changeOf;
        Span dividendPart;

        float center() { return (x0 + x1) / 2; }
    }

    private int readGrid(Page page, List<Line> lines, List<String> folded, int unitRow) {
        List<Col> cols = columns(lines.get(unitRow));
        attachHeaders(lines, folded, unitRow, cols);
        if (!resolve(cols, page)) return unitRow;
        int j = unitRow + 1;
        for (; j < lines.size(); j++) {
            String t = folded.get(j);
            if (t.isBlank()) continue;
            if (SECTION.matcher(t).find() || SUBSECTION.matcher(t).find() || NOTE.matcher(t).find()
                    || isUnitRow(lines.get(j))) break;
            Line line = lines.get(j);
            boolean labelBelow = j + 1 < lines.size() && isLabelOnly(lines.get(j + 1));
            boolean figuresOnly = isFiguresOnly(line);
            if (j + 2 < lines.size()) {
                Line wrapped = WrappedCells.join(line, lines.get(j + 1), lines.get(j + 2));
                if (wrapped != null) {
                    String text = TextNormalizer.fold(wrapped.text());
                    if (!readRow(page, wrapped, text, cols, null)) break;
                    j += 2;
                    continue;
                }
            }
            if (rowUnread && figuresOnly && !labelBelow) continue; // the rest of a row not read
            rowUnread = false;
            if (figuresOnly && labelBelow) {
                // A range row whose two lines of figures stand either side of its label, which the cell
                // centres vertically: 「8,000 1.0 …」, 「通期」, 「～8,500 ～7.3 …」. Read as label, lows, highs.
                Line label = lines.get(j + 1);
                Line highs = j + 2 < lines.size() && isHighEndLine(folded.get(j + 2)) ? lines.get(j + 2) : null;
                Line row = new Line(concat(label.words(), line.words()), line.box().union(label.box()), line.column());
                if (highs == null || !readRow(page, row, folded.get(j + 1) + " " + t, cols, highs)) break;
                j += 2;
                continue;
            }
            // A forecast range may print its high ends on a line of their own: 「～11,000 ～15.5 …」.
            Line highs = j + 1 < lines.size() && lines.get(j + 1).box() != null
                    && isHighEndLine(folded.get(j + 1)) ? lines.get(j + 1) : null;
            if (line.words().size() < 2 || !readRow(page, line, t, cols, highs)) {
                // The grid ends at a line that is not a row. If it holds figures, say so: they are not read.
                if (t.contains("~") || figuresOnly) {
                    ctx.sink().warn("p." + page.number() + ": 短信 grid stops at a line it cannot place: '" + t
                            + "'; the rows from here on are not read");
                }
                break;
            }
            if (highs != null) j++;
        }
        return j - 1;
    }

    private static List<Col> columns(Line unitRow) {
        List<Col> cols = new ArrayList<>();
        for (Word w : unitRow.words()) {
            String u = TextNormalizer.fold(w.text());
            Col last = cols.isEmpty() ? null : cols.get(cols.size() - 1);
            if (u.equals("銭") && last != null && last.perShare) {
                last.x1 = w.box().x1();
                continue;
            }
            Col c = new Col();
            c.x0 = w.box().x0();
            c.x1 = w.box().x1();
            c.unit = UNIT_WORDS.get(u);
            c.perShare = u.equals("円");
            Scale scale = Scale.ofKanji(u.replaceAll("(円|米ドル)$", ""));
            c.scale = scale == null ? Scale.ONE : scale;
            cols.add(c);
        }
        return cols;
    }

    /** Header words above the unit row, each given to the column whose centre is nearest its own. */
    private void attachHeaders(List<Line> lines, List<String> folded, int unitRow, List<Col> cols) {
        float top = lines.get(unitRow).box().y0();
        List<Line> header = new ArrayList<>();
        for (int k = unitRow - 1; k >= 0; k--) {
            Line l = lines.get(k);
            String t = folded.get(k);
            if (l.box() == null || top - l.box().y1() > MAX_HEADER_GAP) break;
            if (SECTION.matcher(t).find() || SUBSECTION.matcher(t).find() || NOTE.matcher(t).find()
                    || Row.parse(t).hasCells() || t.contains("表示は") || isUnitRow(l)) break;
            header.add(0, l);
            top = l.box().y0();
        }
        // A lone word over a heading of several words may be a title over the grid, not a part of one column's name.
        Word title = header.size() >= 2 && spacedOut(header.get(0).words()).size() == 1
                && header.stream().skip(1).anyMatch(l -> spacedOut(l.words()).size() >= 2)
                ? spacedOut(header.get(0).words()).get(0) : null;
        // Top to bottom, left to right: a heading wrapped over lines reads in that order.
        for (Line l : header) {
            for (Word w : spacedOut(l.words())) {
                Col col = columnUnder((w.box().x0() + w.box().x1()) / 2, cols);
                if (col != null) col.header.add(w);
            }
        }
        for (Col c : cols) {
            StringBuilder sb = new StringBuilder();
            StringBuilder untitled = new StringBuilder();
            for (Word w : c.header) {
                sb.append(w.text());
                if (title == null || !w.box().equals(title.box())) untitled.append(w.text());
            }
            c.label = TextNormalizer.compact(sb.toString());
            c.untitled = title != null && c.header.stream().anyMatch(w -> w.box().equals(title.box()))
                    ? TextNormalizer.compact(untitled.toString()) : null;
            c.continuingOnly = title != null && CONTINUING_ONLY.matcher(TextNormalizer.compact(title.text())).find();
        }
    }

    /**
     * The column a heading stands over. Figures and unit words are right-aligned, so a column reaches from
     * the right edge of the one before it to its own right edge; a heading centred over it falls inside.
     */
    private static Col columnUnder(float cx, List<Col> cols) {
        float left = cols.get(0).x0 - 60;
        for (Col c : cols) {
            if (cx > left && cx <= c.x1 + 2) return c;
            left = c.x1 + 2;
        }
        return null;
    }

    /**
     * Joins a heading set in spaced-out letters (「営 業 活 動 に よ る」) back into one word, so that it is
     * placed by its middle, not letter by letter.
     */
    private static List<Word> spacedOut(List<Word> words) {
        List<Word> out = new ArrayList<>();
        boolean run = false;
        for (Word w : words) {
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            float em = Math.max(w.fontSize(), 1f);
            boolean letter = w.text().length() <= 2;
            if (last != null && letter && (run || last.text().length() <= 2)
                    && w.box().x0() - last.box().x1() < 0.9f * em) {
                out.set(out.size() - 1, new Word(last.text() + w.text(), last.box().union(w.box()), last.fontSize(),
                        last.fontName()));
                run = true;
            } else {
                out.add(w);
                run = false;
            }
        }
        return out;
    }

    /** Gives each column its metric; a headless ％ column becomes the change of the amount on its left. */
    private boolean resolve(List<Col> cols, Page page) {
        // A header centred over an amount and its ％ may land on either: move it to the amount.
        for (int i = 0; i + 1 < cols.size(); i++) {
            Col a = cols.get(i), b = cols.get(i + 1);
            if (a.unit != Unit.PERCENT && b.unit == Unit.PERCENT && a.label.isEmpty() && !b.label.isEmpty()) {
                a.label = b.label;
                b.label = "";
            }
        }
        boolean any = false;
        for (int i = 0; i < cols.size(); i++) {
            Col c = cols.get(i);
            Span part = dividendPart(c.label);
            if (part != null) {
                c.dividendPart = part;
                c.metric = Metric.DIVIDEND_PER_SHARE;
                any = true;
                continue;
            }
            if (c.label.isEmpty()) {
                if (c.unit == Unit.PERCENT && i > 0 && cols.get(i - 1).metric != null && cols.get(i - 1).unit != Unit.PERCENT) {
                    c.changeOf = cols.get(i - 1);
                }
                continue;
            }
            if (c.unit == Unit.PERCENT) {
                Boolean scope = sectionScope != null ? sectionScope : ctx.scope(null);
                Optional<RatioLabel.Ratio> ratio = RatioLabel.read(c.label, ctx.labels(), scope);
                if (ratio.isPresent()) {
                    c.metric = ratio.get().metric();
                    c.ratio = ratio.get().measure();
                    any = true;
                    continue;
                }
            }
            Optional<Metric> m = ctx.labels().lookup(c.label);
            if (m.isEmpty()) {
                Optional<CompoundLabel.Split> split = CompoundLabel.split(c.label, ctx.labels());
                if (split.isPresent() && split.get().qualifiesScope()) m = Optional.of(split.get().metric());
            }
            if (m.isEmpty() && c.untitled != null && !c.untitled.isEmpty()) {
                // the title over the grid (「非継続事業を含む金額」) fell on this column: its own heading names it
                m = ctx.labels().lookup(c.untitled);
                if (m.isPresent()) c.label = c.untitled;
            }
            if (m.isEmpty()) {
                ctx.sink().warn("p." + page.number() + ": 短信 column '" + c.label + "' not in the dictionary");
                continue;
            }
            if (c.continuingOnly && BOTTOM_LINE.contains(m.get())) {
                // IFRS 5: the profit of continuing operations leaves out the discontinued ones; it is not the period's
                ctx.sink().warn("p." + page.number() + ": 短信 column '" + c.label + "' is of continuing operations"
                        + " only (the grid's title says so), not " + m.get().json() + ": not read");
                continue;
            }
            // Under US GAAP, 株主資本 is the equity of the parent's shareholders, not JGAAP's narrower item.
            c.metric = m.get() == Metric.SHAREHOLDERS_EQUITY
                    && ctx.info().accountingStandard() == dev.irx.model.AccountingStandard.USGAAP
                    ? Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS : m.get();
            any = true;
        }
        return any;
    }

    private static Span dividendPart(String label) {
        String l = label.replace("年間配当金", "").replace("配当金", "");
        if (!DIVIDEND_PARTS.contains(l)) return null;
        return switch (l) {
            case "第1四半期末" -> Span.Q1;
            case "第2四半期末", "中間期末" -> Span.H1;
            case "第3四半期末" -> Span.Q3;
            case "期末" -> Span.H2;
            default -> Span.FY;
        };
    }

    /** A line of figures with no label, such as the low ends of a range row. */
    private static boolean isFiguresOnly(Line line) {
        if (line.box() == null || line.words().isEmpty()) return false;
        for (Word w : line.words()) {
            String t = TextNormalizer.fold(w.text());
            if (QuantityParser.parse(t).isEmpty() && !QuantityParser.isNotAvailable(t)) return false;
        }
        return true;
    }

    private static List<Word> concat(List<Word> a, List<Word> b) {
        List<Word> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** One figure of a row, or a range of two: 「10,000」, or 「10,000～11,000」 with both ends. */
    private record Cell(Col col, Quantity low, Quantity high) {}

    /** 「～11,000 ～15.5」: the high ends of the range row above, each under its column. */
    private static boolean isHighEndLine(String folded) {
        return HIGH_ENDS.matcher(folded).matches();
    }

    private static final Pattern HIGH_ENDS = Pattern.compile("^(?:~\\s*[△▲-]?[\\d,.]+\\s*)+$");

    /** One period row; returns false when the line is not one. */
    private boolean readRow(Page page, Line line, String text, List<Col> cols, Line highs) {
        int labelWords = labelWords(line);
        if (labelWords == 0) return false;
        String label = rowLabel(line, labelWords);
        Optional<Period> period = rowPeriod(label);
        if (period.isEmpty() && labelWords > 1) {
            // 「2024年3月期 ※1 9,870 …」: the first word alone is the label, the rest are marks the cells skip
            labelWords = 1;
            label = rowLabel(line, 1);
            period = rowPeriod(label);
        }
        if (period.isEmpty()) return false;
        boolean forecast = sectionForecast || label.contains("予想");
        String where = "p." + page.number() + ": 短信 row '" + label + "'";
        List<Cell> cells = cells(line.words().subList(labelWords, line.words().size()), cols, where);
        rowUnread = cells == null || highs != null && !addHighEnds(cells, highs, cols, where);
        if (rowUnread) return true;
        String evidence = highs == null ? text : text + " " + TextNormalizer.fold(highs.text());
        BoundingBox box = highs == null ? line.box() : line.box().union(highs.box());
        for (Cell c : cells) {
            if (c.high() == null) {
                emit(page, box, evidence, c.col(), period.get(), forecast, c.low(), null);
            } else {
                emit(page, box, evidence, c.col(), period.get(), forecast, c.low(), Range.LOW);
                emit(page, box, evidence, c.col(), period.get(), forecast, c.high(), Range.HIGH);
            }
        }
        return true;
    }

    /**
     * The row's figures by column. A range 「10,000～11,000」 may come as one word or as several
     * (「10,000」「～」「11,000」); its column is where its high end, right-aligned, stands. A tilde that
     * does not sit between two numbers makes the row unreadable: null, with a warning, never half a range.
     */
    private List<Cell> cells(List<Word> words, List<Col> cols, String where) {
        List<Token> tokens = new ArrayList<>();
        for (Word w : words) {
            String t = TextNormalizer.fold(w.text());
            java.util.regex.Matcher br = BRACKETED.matcher(t);
            if (br.matches()) {
                // 「(△12.2)」: a change in brackets, read only where its column is a ％ one (round an amount, a loss?)
                Col c = columnOf(w.box(), cols);
                if (c != null && c.unit == Unit.PERCENT) tokens.add(new Token(br.group(1), w.box()));
                continue;
            }
            if (runTogether(t, w.box(), cols, tokens)) continue;
            java.util.regex.Matcher m = TILDE_SPLIT.matcher(t);
            while (m.find()) tokens.add(new Token(m.group(), w.box()));
        }
        List<Cell> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k).text();
            if (t.equals("~")) {
                ctx.sink().warn(where + ": a range with no low end; row not read");
                return null;
            }
            if (QuantityParser.isNotAvailable(t)) continue;
            Optional<Quantity> q = QuantityParser.parse(t);
            if (q.isEmpty()) continue;
            if (k + 1 < tokens.size() && tokens.get(k + 1).text().equals("~")) {
                Optional<Quantity> high = k + 2 < tokens.size() ? QuantityParser.parse(tokens.get(k + 2).text())
                        : Optional.empty();
                if (high.isEmpty()) {
                    ctx.sink().warn(where + ": a range with no high end; row not read");
                    return null;
                }
                Col c = columnOf(tokens.get(k + 2).box(), cols);
                if (c != null) out.add(new Cell(c, q.get(), high.get()));
                k += 2;
                continue;
            }
            Col c = columnOf(tokens.get(k).box(), cols);
            if (c != null) out.add(new Cell(c, q.get(), null));
        }
        return out;
    }

    /** 「270,288319.4」: an amount and its ％ printed with no space between; the amount's groups tell where to cut. */
    private static final Pattern RUN_TOGETHER = Pattern.compile("^([△▲-]?\\d{1,3}(?:,\\d{3})+)([△▲-]?\\d{1,3}\\.\\d{1,2})$");

    /**
     * Splits an amount run into the ％ beside it, when the word ends in a ％ column, the column before is that
     * amount's and the word begins inside it: the amount goes to that column, the ％ to its own.
     */
    private static boolean runTogether(String t, BoundingBox box, List<Col> cols, List<Token> tokens) {
        java.util.regex.Matcher m = RUN_TOGETHER.matcher(t);
        if (!m.matches()) return false;
        Col pct = columnOf(box, cols);
        int i = cols.indexOf(pct);
        if (pct == null || pct.unit != Unit.PERCENT || i < 1) return false;
        Col amount = cols.get(i - 1);
        float left = i >= 2 ? cols.get(i - 2).x1 : Float.NEGATIVE_INFINITY;
        if (amount.unit == Unit.PERCENT || box.x0() <= left || box.x0() >= amount.x1) return false;
        tokens.add(new Token(m.group(1), new BoundingBox(box.x0(), box.y0(), amount.x1, box.y1())));
        tokens.add(new Token(m.group(2), box));
        return true;
    }

    private static final Pattern BRACKETED = Pattern.compile("^\\(\\s*([△▲-]?[\\d,.]+)\\s*\\)$");

    /** A piece of a cell word: a number, or the tilde between a range's ends; placed by its word's box. */
    private record Token(String text, BoundingBox box) {}

    /** 「10,000～11,000」 split into 「10,000」「～」「11,000」. */
    private static final Pattern TILDE_SPLIT = Pattern.compile("~|[^~]+");

    /**
     * Pairs each high end on the line below with the low end in its column. A high end with no low end
     * above it leaves the row unread, with a warning.
     */
    private boolean addHighEnds(List<Cell> cells, Line highs, List<Col> cols, String where) {
        for (Word w : highs.words()) {
            String t = TextNormalizer.fold(w.text()).replace("~", "").strip();
            if (t.isEmpty()) continue;
            Optional<Quantity> q = QuantityParser.parse(t);
            Col c = columnOf(w.box(), cols);
            int at = -1;
            for (int i = 0; i < cells.size(); i++) if (cells.get(i).col() == c && cells.get(i).high() == null) at = i;
            if (q.isEmpty() || c == null || at < 0) {
                ctx.sink().warn(where + ": the high end '" + w.text() + "' has no low end above it; row not read");
                return false;
            }
            cells.set(at, new Cell(c, cells.get(at).low(), q.get()));
        }
        return true;
    }

    /**
     * The words that make a row's label, left of its first figure: one, or several where the label is set in
     * spaced letters (「通 期」, 「通　期」) or in parts (「2025年3月期」「第1四半期」).
     */
    private static int labelWords(Line line) {
        int k = 0;
        for (Word w : line.words()) {
            String t = TextNormalizer.fold(w.text()).strip();
            if (k > 0 && (t.contains("~") || QuantityParser.isNotAvailable(t) || QuantityParser.parse(t).isPresent())) break;
            k++;
        }
        return k;
    }

    /** A line that is a row's label alone (「通期」, 「通 期」): the label of a range row set between its lines. */
    private boolean isLabelOnly(Line line) {
        if (line.box() == null || line.words().isEmpty()) return false;
        if (line.words().size() == 1) return true;
        return labelWords(line) == line.words().size() && rowPeriod(rowLabel(line, line.words().size())).isPresent();
    }

    private static String rowLabel(Line line, int labelWords) {
        StringBuilder sb = new StringBuilder();
        for (Word w : line.words().subList(0, labelWords)) sb.append(w.text());
        return TextNormalizer.compact(sb.toString());
    }

    /** 「2024年3月期」「2025年3月期第1四半期」「通期」「第2四半期(累計)」「2025年3月期(予想)」. */
    private Optional<Period> rowPeriod(String label) {
        String core = label.replaceAll("\\((予想|累計)\\)|予想", "");
        Optional<Period> p = sectionYear == null ? ctx.periods().parse(core) : ctx.periods().parse(core, sectionYear);
        if (p.isEmpty()) p = ctx.periods().parse(label);
        if (p.isEmpty()) return p;
        Period period = p.get();
        if (period.span() == Span.FY && periodMonths < 12) {
            period = new Period(Span.FY,
                    ctx.periods().calendar().monthStart(YearMonth.from(period.end()).minusMonths(periodMonths - 1L)),
                    period.end(), period.fiscalYearEnd());
        }
        // In the form's 経営成績(累計) grid, 「第2四半期」 is the six months to date.
        if ((cumulative || label.contains("累計")) && period.fiscalYearEnd() != null) {
            if (period.span() == Span.Q2) period = YearParts.part(ctx.periods().calendar(), Span.H1, period.fiscalYearEnd());
            else if (period.span() == Span.Q3) period = YearParts.part(ctx.periods().calendar(), Span.Q1_Q3, period.fiscalYearEnd());
        }
        return Optional.of(period);
    }

    private static Col columnOf(BoundingBox cell, List<Col> cols) {
        float right = cell.x1();
        Col best = null;
        float bestDist = Float.MAX_VALUE;
        for (Col c : cols) {
            // Figures are right-aligned under their unit word.
            float d = right < c.x0 - 2 ? c.x0 - right : right > c.x1 + 2 ? right - c.x1 : 0;
            if (d < bestDist) {
                bestDist = d;
                best = c;
            }
        }
        return bestDist <= 8 ? best : null;
    }

    private void emit(Page page, BoundingBox box, String text, Col c, Period period, boolean forecast, Quantity q,
                      Range range) {
        Basis basis = forecast ? Basis.FORECAST : Basis.ACTUAL;
        Boolean scope = sectionScope != null ? sectionScope : ctx.scope(null);
        if (c.changeOf != null) {
            if (q.unit() != Unit.NONE && q.unit() != Unit.PERCENT) return;
            Metric m = c.changeOf.metric;
            Period p = YearParts.forMetric(m, period);
            ctx.sink().add(m, Measure.YOY_PCT, c.changeOf.label, null, scope, p, basis, q.withUnit(Unit.PERCENT),
                    Unit.PERCENT, FactSource.TABLE, page.number(), box, text,
                    FactSink.currencyOf(c.changeOf.unit), range);
            return;
        }
        if (c.metric == null || q.unit() != Unit.NONE) return;
        Metric m = c.metric;
        Period p;
        if (c.dividendPart != null && period.span() == Span.FY && period.fiscalYearEnd() != null) {
            p = c.dividendPart == Span.FY ? period : YearParts.part(ctx.periods().calendar(), c.dividendPart, period.fiscalYearEnd());
        } else {
            p = YearParts.forMetric(m, period);
        }
        Unit unit;
        Quantity value;
        if (c.ratio != null) {
            value = q.withUnit(Unit.PERCENT);
            ctx.sink().add(m, c.ratio, c.label, null, scope, p, basis, value, Unit.PERCENT, FactSource.TABLE,
                    page.number(), box, text, null, range);
            return;
        }
        if (m.isPercentage() || c.unit == Unit.PERCENT) {
            if (c.unit != Unit.PERCENT) return;
            unit = Unit.PERCENT;
            value = q.withUnit(Unit.PERCENT);
            if (!m.isPercentage()) {
                // 「売上高営業利益率」 and the like: a ratio of the metric to revenue.
                if (!c.label.contains("売上高") && !c.label.contains("売上収益")) return;
                ctx.sink().add(m, Measure.RATIO_TO_REVENUE_PCT, c.label, null, scope, p, basis, value, unit,
                        FactSource.TABLE, page.number(), box, text, FactSink.currencyOf(unit), range);
                return;
            }
        } else if (m.isPerShare()) {
            if (!c.perShare) return;
            unit = Unit.JPY_PER_SHARE;
            value = q.withUnit(unit);
        } else {
            if (c.perShare || c.unit != Unit.JPY && c.unit != Unit.USD) return;
            unit = c.unit;
            value = q.withScale(c.scale).withUnit(unit);
        }
        ctx.sink().add(m, Measure.VALUE, c.label, null, scope, p, basis, value, unit, FactSource.TABLE, page.number(),
                box, text, FactSink.currencyOf(unit), range);
    }
}
