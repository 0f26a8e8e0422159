package dev.irx.internal.extract.statement;

import dev.irx.model.LineItemName;
import dev.irx.model.Period;
import dev.irx.model.Statement;
import dev.irx.model.StatementLine;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.Scale;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the financial statements in the body of a 決算短信: from a statement's title (「（１）連結貸借対照表」) on,
 * its unit caption, its column header and then its rows, each a label and one figure per column. A row with a label
 * and no figures is a heading (「流動資産」): the rows below are its lines until the next heading. A statement runs
 * on over page breaks (its header printed again) until another title or a heading of the notes. Equity changes
 * (a matrix of components) are recognised, so that no other reader takes their figures, but not read here.
 */
public final class StatementReader {

    /** 「会計年度」「累計期間」「2022年9月」: a caption naming a period, no heading. */
    private static final Pattern PERIOD_CAPTION = Pattern.compile("会計年度|会計期間|累計期間|中間期間|[0-9]+年[0-9]+月");
    private static final Pattern UNIT = Pattern.compile("[(\\[]?(?:金額)?単位[:]?(百万円|千円|円)[)\\]]?");
    /** A row of units over the columns (「百万円 百万円 百万円」): the statement's unit caption. */
    /** A row of units over the figure columns, perhaps after the 注記 column's head: 「注記 百万円 百万円 百万円」. */
    private static final Pattern UNIT_ROW = Pattern.compile("(?:注記(?:番号)? )?(?:(百万円|千円)(?: \\1)*|円(?: 円)+)");
    /** Where the statements end: a numbered heading that is no statement's title, a note, a segment table. */
    private static final Pattern END = Pattern.compile("^(?:[(\\[]?[0-9]{1,2}[).\\]]|[①-⑳]|[(]?注[0-9]*[)]|※|【)|注記(?:事項)?[)]?$|セグメント情報");

    private final Period report;
    private final boolean ifrs;
    private final Predicate<String> furniture;
    private final Consumer<String> warn;
    private final LineConcepts concepts = LineConcepts.standard();

    /**
     * @param report    the period the document reports on (year to date); null when unknown: nothing is read then
     * @param ifrs      whether the document reports under IFRS (its lines' concepts are the IFRS taxonomy's)
     * @param furniture running headers and footers of the document (folded lines), skipped
     * @param warn      where to say what was not read
     */
    public StatementReader(Period report, boolean ifrs, Predicate<String> furniture, Consumer<String> warn) {
        this.report = report;
        this.ifrs = ifrs;
        this.furniture = furniture;
        this.warn = warn;
    }

    /** What was read: the figures, and the pages statements stand on (also where no figure could be read). */
    public record Result(List<StatementFigure> figures, Set<Integer> pages) {}

    public Result read(List<Page> pages) {
        State s = new State(warn, this::singleStatement);
        for (Page page : pages) readPage(page, s);
        s.flush();
        return new Result(s.out, s.pages);
    }

    /** What the reader knows at a line: the statement it is in, its unit, header and heading. */
    private static final class State {
        final List<StatementFigure> out = new ArrayList<>();
        /** The figures of the statement being read, until its signs are known. */
        final List<StatementFigure> statement = new ArrayList<>();
        final Set<Integer> pages = new TreeSet<>();
        StatementTitle title;
        Scale scale;
        List<Period> periods;
        ColumnHeader header;
        final StringBuilder headerText = new StringBuilder();
        String section;
        /** The figure lines read under the current heading, as candidates for the line a line set further in is a part of. */
        final List<Nesting.Parent> parents = new ArrayList<>();
        /** The equity changes being read, when the statement is one. */
        EquityMatrix matrix;
        final Set<String> seen = new HashSet<>();
        boolean unreadWarned;

        void start(StatementTitle t, Period report) {
            flush();
            title = t;
            matrix = t.statement() != Statement.EQUITY_CHANGES ? null
                    : new EquityMatrix(report == null ? null : new ColumnPeriods(report), t.consolidated(), statement, warn);
            scale = null;
            periods = null;
            header = null;
            headerText.setLength(0);
            section = null;
            parents.clear();
            seen.clear(); // a statement's lines are named within it: the parent's balance sheet repeats the group's
            unreadWarned = false;
        }

        void flush() {
            if (matrix != null) matrix.flush();
            out.addAll(DeductionSigns.resolve(ContinuingOperations.resolve(single(statement)), warn));
            statement.clear();
        }

        private final Consumer<String> warn;
        private final Function<List<StatementFigure>, List<StatementFigure>> single;

        State(Consumer<String> warn, Function<List<StatementFigure>, List<StatementFigure>> single) {
            this.warn = warn;
            this.single = single;
        }

        private List<StatementFigure> single(List<StatementFigure> figures) { return single.apply(figures); }
    }

    private void readPage(Page page, State s) {
        List<FigureRow> rows = new ArrayList<>();
        for (Line l : page.lines()) rows.add(FigureRow.of(l));
        ColumnAnchors anchors = ColumnAnchors.of(rows);
        for (int i = 0; i < page.lines().size(); i++) {
            Line line = page.lines().get(i);
            String folded = TextNormalizer.fold(line.text());
            String compact = folded.replaceAll("\\s+", "");
            if (compact.isEmpty()) continue;
            Optional<StatementTitle> title = StatementTitle.of(compact);
            if (title.isPresent()) {
                s.start(title.get(), report);
                continue;
            }
            if (s.title == null) continue;
            if (UNIT_ROW.matcher(folded).matches()) {
                String[] words = folded.split(" ");
                if (words[0].startsWith("注記")) s.headerText.append("注記");
                compact = "(単位:" + words[words.length - 1] + ")";
            }
            Matcher unit = UNIT.matcher(compact);
            if (unit.find()) {
                s.scale = switch (unit.group(1)) {
                    case "百万円" -> Scale.MILLION;
                    case "千円" -> Scale.THOUSAND;
                    default -> Scale.ONE;
                };
                if (s.matrix != null) s.matrix.scale(s.scale);
                compact = compact.substring(0, unit.start()) + compact.substring(unit.end());
                if (compact.isEmpty()) continue;
            }
            // a caption or header printed on every page is the document's furniture too, but still this page's
            if (furniture.test(folded) && !ColumnHeader.isHeaderLine(compact)) continue;
            FigureRow row = rows.get(i);
            if (s.matrix != null) {
                if (row.figures().isEmpty() && END.matcher(compact).find()) {
                    s.flush();
                    s.title = null;
                    s.matrix = null;
                } else {
                    if (!row.figures().isEmpty()) s.pages.add(page.number());
                    s.matrix.line(line, page.number(), compact, row);
                }
                continue;
            }
            if (row.figures().isEmpty()) {
                if (ColumnHeader.isHeaderLine(compact)) {
                    s.headerText.append(compact);
                    continue;
                }
                takeHeader(s);
                if (END.matcher(compact).find()) {
                    s.flush();
                    s.title = null;
                    continue;
                }
                if (PERIOD_CAPTION.matcher(compact).find() || !row.hasLetter()) continue;
                s.section = row.label();
                s.parents.clear();
                continue;
            }
            takeHeader(s);
            s.pages.add(page.number());
            if (s.title.statement() == Statement.EQUITY_CHANGES || !row.hasLetter()) continue;
            if (s.periods == null || s.scale == null) {
                if (!s.unreadWarned) warn.accept("p." + page.number() + ": " + s.title.statement().json()
                        + " not read: " + (s.scale == null ? "no unit caption" : "its columns' periods are unclear"));
                s.unreadWarned = true;
                continue;
            }
            List<FigureRow.Figure> columns = anchors.assign(row, s.periods.size() + s.header.changes(), s.header.notes());
            // the change column's differences are the periods' own figures subtracted: not read
            if (columns != null) columns = columns.subList(0, s.periods.size());
            if (columns == null) {
                warn.accept("p." + page.number() + ": statement line '" + row.label() + "' not read: its figures do not"
                        + " stand in the " + s.periods.size() + " columns of the header");
                continue;
            }
            // in a balance sheet every line adds up, so a line set in under another is its part; in a profit and loss
            // statement a line set in under a profit (販管費 under 売上総利益) may be a step to the next one
            String within = s.title.statement() == Statement.BALANCE_SHEET ? Nesting.within(s.parents, line, row.label()) : null;
            for (int c = 0; c < columns.size(); c++) {
                FigureRow.Figure f = columns.get(c);
                if (f == null || f.dash()) continue;
                emit(s, row, f, s.periods.get(c), page.number(), folded, within);
            }
        }
    }

    /**
     * A statement titled 包括利益計算書 that begins with the revenue is the single statement of profit or loss and
     * other comprehensive income (IFRS), filed as the income statement: its lines are read as that statement's.
     */
    private List<StatementFigure> singleStatement(List<StatementFigure> figures) {
        boolean single = figures.stream().anyMatch(f -> f.line().statement() == Statement.COMPREHENSIVE_INCOME
                && "revenue".equals(concepts.metric(concepts.concept(ifrs, Statement.INCOME_STATEMENT, f.line().section(),
                f.label()))));
        if (!single) return figures;
        List<StatementFigure> out = new ArrayList<>();
        for (StatementFigure f : figures) {
            String concept = concepts.concept(ifrs, Statement.INCOME_STATEMENT, f.line().section(), f.label());
            out.add(new StatementFigure(new StatementLine(Statement.INCOME_STATEMENT, f.line().section(), concept, f.line().within()),
                    f.label(), concepts.metric(concept), f.consolidated(), f.period(), f.quantity(), f.unit(), f.page(),
                    f.box(), f.evidence()));
        }
        return out;
    }

    /** Header lines gathered so far become the columns, dated against the document's period. */
    private void takeHeader(State s) {
        if (s.headerText.length() == 0) return;
        String text = s.headerText.toString();
        s.headerText.setLength(0);
        s.header = ColumnHeader.parse(text).orElse(null);
        s.periods = s.header == null || report == null ? null
                : new ColumnPeriods(report).of(s.header, s.title.statement()).orElse(null);
    }

    /** @param within the line this one is set in under (a bank's その他資産 over その他の資産), or null */
    private void emit(State s, FigureRow row, FigureRow.Figure f, Period column, int page, String evidence, String within) {
        Statement statement = s.title.statement();
        String label = row.label();
        Period period = column;
        if (statement == Statement.CASH_FLOWS) {
            String l = LineItemName.of(label);
            if (l.endsWith("期首残高")) period = ColumnPeriods.openingBalance(column);
            else if (l.endsWith("期末残高")) period = ColumnPeriods.closingBalance(column);
        }
        boolean perShare = LineItemName.of(label).contains("1株当たり") || LineItemName.of(s.section).contains("1株当たり");
        if (perShare && s.scale != Scale.ONE) return; // a per-share figure under a 千円 caption: its unit is unsure
        if (!perShare && f.value().scale() > 0) return; // 「89.12」 is no amount in yen: a per-share line unnamed
        String key = statement + "|" + LineItemName.of(s.section) + "|" + LineItemName.of(label) + "|" + period;
        if (!s.seen.add(key)) return; // a second line of the same name under one heading (減価償却累計額): the first counts
        String concept = concepts.concept(ifrs, statement, s.section, label);
        String metric = concepts.metric(concept);
        Quantity q = new Quantity(f.value(), s.scale, perShare ? Unit.JPY_PER_SHARE : Unit.JPY, f.text(),
                Quantity.Qualifier.EXACT);
        s.statement.add(new StatementFigure(new StatementLine(statement, s.section, concept, within), label, metric,
                s.title.consolidated(), period, q, q.unit(), page, f.box(), evidence));
    }
}
