package dev.irx.internal.extract.databook;

import dev.irx.internal.extract.Extractor;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Fact;
import dev.irx.model.Metric;
import dev.irx.model.Statement;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A data book's statement pages, laid out as positioned words (our own wording, real-looking figures): line items
 * under their headings, a row whose label stands on the line above its figures, and a header that names the same
 * year twice.
 */
class DataBookStatementsTest {

    private static Line line(float y, Object... xText) {
        List<Word> words = new ArrayList<>();
        BoundingBox box = null;
        for (int i = 0; i < xText.length; i += 2) {
            float x0 = ((Number) xText[i]).floatValue();
            String t = (String) xText[i + 1];
            float w = t.chars().allMatch(c -> c < 128) ? 5 * t.length() : 9 * t.length();
            BoundingBox b = new BoundingBox(x0, y, x0 + w, y + 8);
            words.add(new Word(t, b, 8f, null));
            box = box == null ? b : box.union(b);
        }
        return new Line(words, box, 0);
    }

    /** A row: its label at {@code x}, then figures set flush right at 300 and 360. */
    private static Line row(float y, float x, String label, String a, String b) {
        List<Object> xt = new ArrayList<>();
        if (label != null) xt.addAll(List.of(x, label));
        xt.addAll(List.of(300 - 5 * a.length(), a, 360 - 5 * b.length(), b));
        return line(y, xt.toArray());
    }

    private static Extractor.Extraction extract(List<Line> statementPage) {
        return extract(statementPage, line(60, 40, "株式会社見本ホールディングス"));
    }

    private static Extractor.Extraction extract(List<Line> statementPage, Line coverLine) {
        Page cover = new Page(1, 842, 595, List.of(line(40, 40, "2026年2月期 第1四半期 決算補足資料"), coverLine));
        Page page = new Page(2, 842, 595, statementPage);
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("book.pdf", "0".repeat(64), "application/pdf", null, null, List.of(cover, page)));
    }

    private static List<Line> statement(String years) {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "連結損益計算書 Consolidated Statements of Income (百万円 / Millions of yen)"));
        l.add(line(44, 310, years));
        l.add(line(56, 290, "Q1", 350, "Q2"));
        l.add(row(70, 40, "営業収益 Revenues from operations", "2,777,370", "2,839,267"));
        l.add(row(82, 40, "売上高 Net sales", "2,373,218", "2,415,776"));
        l.add(row(94, 40, "営業外損益 Non-operating income (expenses) (マイナスは費用)", "2,104", "1,930"));
        l.add(row(106, 52, "受取利息 Interest income", "2,659", "3,028"));
        l.add(row(118, 52, "その他 Other", "(555)", "(1,098)"));
        l.add(line(130, 40, "販売費及び一般管理費"));
        l.add(row(140, 0, null, "752,568", "746,465"));
        l.add(line(152, 40, "Selling, general and administrative expenses"));
        return l;
    }

    @Test
    void aStatementsLinesUnderTheirHeadingsAndALabelAboveItsFigures() {
        Extractor.Extraction ex = extract(statement("FY2025"));
        List<Fact> interest = ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM
                && dev.irx.model.LineItemName.of(f.label()).equals("受取利息")).toList();
        assertEquals(2, interest.size(), ex.facts() + "\n" + ex.warnings());
        Fact q1 = interest.stream().filter(f -> f.value().toPlainString().equals("2659000000")).findFirst().orElseThrow();
        assertEquals(Statement.INCOME_STATEMENT, q1.line().statement());
        assertEquals("営業外損益", q1.line().section());
        assertEquals(LocalDate.of(2025, 5, 31), q1.period().end());
        // the second 「revenue」 row is a line of the statement, not a second revenue
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.LINE_ITEM && f.label().equals("売上高")
                && f.value().toPlainString().equals("2373218000000")), ex.facts().toString());
        assertEquals(1, ex.facts().stream().filter(f -> f.metric() == Metric.REVENUE
                && f.period().end().equals(LocalDate.of(2025, 5, 31))).count());
        // a heading printed with its figures is the sum of the lines under it
        List<dev.irx.model.Check> sums = new dev.irx.internal.validate.Validator().validate(ex.facts()).checks().stream()
                .filter(c -> c.rule().equals("section_sum")).toList();
        assertEquals(2, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(dev.irx.model.Check::passed), sums.toString());
        // 「販売費及び一般管理費」 printed over its figures
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.SGA
                && f.value().toPlainString().equals("746465000000")), ex.facts() + "\n" + ex.warnings());
    }

    @Test
    void aCashFlowPagesHeadingInItsHeaderIsTheSectionOfItsLines() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "連結キャッシュ・フロー計算書 Consolidated Statements of Cash Flows (百万円 / Millions of yen)"));
        l.add(line(44, 310, "FY2025"));
        l.add(line(56, 40, "投資活動によるキャッシュ･フロー", 290, "Q1", 350, "Q2"));
        l.add(line(68, 40, "有形固定資産の取得による支出"));
        l.add(row(78, 0, null, "(92,784)", "(67,561)"));
        l.add(row(90, 40, "その他 Other", "1,200", "(300)"));
        l.add(row(102, 40, "投資活動によるキャッシュ・フロー Net cash used in investing activities", "(91,584)", "(67,861)"));
        l.add(row(114, 40, "その他 Other", "5", "6"));
        Extractor.Extraction ex = extract(l);
        List<Fact> other = ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM
                && f.label().equals("その他")).toList();
        assertEquals(2, other.size(), ex.facts() + "\n" + ex.warnings());
        assertTrue(other.stream().allMatch(f -> f.line().section().equals("投資活動によるキャッシュ・フロー")));
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.INVESTING_CF
                && f.value().toPlainString().equals("-67861000000")), ex.facts().toString());
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.LINE_ITEM
                && f.label().equals("有形固定資産の取得による支出") && f.value().toPlainString().equals("-92784000000")));
        // below the section's own total, a line stands under no heading irx can see
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("stands under no heading")), ex.warnings().toString());
    }

    @Test
    void aHeaderThatNamesTheSameYearTwiceIsNotRead() {
        List<Line> page = statement("FY2024");
        page.set(2, line(44, 250, "FY2024", 330, "FY2024"));
        Extractor.Extraction ex = extract(page);
        assertTrue(ex.facts().stream().noneMatch(f -> f.page() == 2), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("names the year twice")), ex.warnings().toString());
    }

    @Test
    void aRowWhoseFiguresStandOnItsEnglishNamesLineIsNamedByTheJapaneseAboveIt() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "連結キャッシュ・フロー計算書 Consolidated Statements of Cash Flows (百万円 / Millions of yen)"));
        l.add(line(44, 310, "FY2025"));
        l.add(line(56, 40, "営業活動によるキャッシュ･フロー", 290, "Q1", 350, "Q2"));
        l.add(line(68, 40, "売上債権の増減額 (マイナスは増加)"));
        l.add(row(78, 44, "Decrease (increase) in notes and accounts", "(21,983)", "(6,172)"));
        l.add(line(88, 48, "receivable, trade"));
        l.add(row(100, 40, "その他 Other", "1,000", "2,000"));
        l.add(row(112, 40, "営業活動によるキャッシュ・フロー Net cash provided by operating activities", "(20,983)", "(4,172)"));
        Extractor.Extraction ex = extract(l);
        List<Fact> receivables = ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM
                && dev.irx.model.LineItemName.of(f.label()).startsWith("売上債権の増減額")).toList();
        assertEquals(2, receivables.size(), ex.facts() + "\n" + ex.warnings());
        assertTrue(receivables.stream().anyMatch(f -> f.value().toPlainString().equals("-21983000000")), receivables.toString());
        assertTrue(receivables.stream().allMatch(f -> f.line().section().equals("営業活動によるキャッシュ・フロー")));
        // the section's own total at its foot is the sum of its lines
        List<dev.irx.model.Check> sums = new dev.irx.internal.validate.Validator().validate(ex.facts()).checks().stream()
                .filter(c -> c.rule().equals("section_sum")).toList();
        assertEquals(2, sums.size(), sums.toString());
        assertTrue(sums.stream().allMatch(dev.irx.model.Check::passed), sums.toString());
    }

    @Test
    void aMonthEndAfterTheBookWasPublishedIsAPlaceholderNotAResult() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "連結貸借対照表 Consolidated Balance Sheets (百万円 / Millions of yen)"));
        l.add(line(44, 310, "FY2025"));
        l.add(line(56, 280, "25/5", 340, "26/2"));
        l.add(row(70, 40, "流動資産 Current assets", "2,994,761", "0"));
        l.add(row(82, 52, "現金及び預金 Cash and bank deposits", "1,465,541", "0"));
        l.add(row(94, 52, "その他 Other", "1,529,220", "0"));
        Extractor.Extraction ex = extract(l, line(60, 40, "2025年7月10日"));
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.CURRENT_ASSETS
                && f.value().toPlainString().equals("2994761000000")), ex.facts() + "\n" + ex.warnings());
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().end().equals(LocalDate.of(2026, 2, 28))),
                ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("had not ended when the book was published")),
                ex.warnings().toString());
    }

    @Test
    void aGridCaptionedByOneMetricGivesItsLinesAndItsTotalOrItsSegments() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "有利子負債内訳 Interest-bearing debt (期末日時点 / As of the end of the period) (百万円 / Millions of yen)"));
        l.add(line(44, 310, "FY2025"));
        l.add(line(56, 280, "25/5", 340, "25/8"));
        l.add(row(70, 44, "短期借入金 Short-term loans", "398,875", "580,920"));
        l.add(row(82, 44, "一年内償還予定の社債 Current portion of bonds", "396,579", "360,791"));
        l.add(row(94, 40, "小計 Subtotal", "795,454", "941,711"));
        l.add(row(106, 44, "社債 Bonds", "1,006,559", "934,760"));
        l.add(row(118, 40, "小計 Subtotal", "1,006,559", "934,760"));
        l.add(row(130, 40, "合計 Total", "1,802,013", "1,876,471"));
        l.add(line(150, 40, "セグメント別有利子負債内訳 Interest-bearing debt by operating segment (百万円 / Millions of yen)"));
        l.add(line(162, 310, "FY2025"));
        l.add(line(174, 280, "25/5", 340, "25/8"));
        l.add(row(188, 44, "海外コンビニエンスストア事業 Overseas CVS operations", "1,500,581", "1,437,880"));
        l.add(row(200, 44, "全社Corporate", "301,432", "438,591"));
        l.add(row(212, 40, "合計 Total", "1,802,013", "1,876,471"));
        Extractor.Extraction ex = extract(l);
        List<Fact> debt = ex.facts().stream().filter(f -> f.metric() == Metric.INTEREST_BEARING_DEBT).toList();
        assertTrue(debt.stream().anyMatch(f -> f.segment() == null && f.value().toPlainString().equals("1876471000000")
                && f.period().end().equals(LocalDate.of(2025, 8, 31))), ex.facts() + "\n" + ex.warnings());
        assertTrue(debt.stream().anyMatch(f -> "全社".equals(f.segment()) && f.value().toPlainString().equals("438591000000")),
                debt.toString());
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.LINE_ITEM && f.label().equals("社債")
                && f.line().statement() == Statement.BALANCE_SHEET && f.line().section().equals("有利子負債内訳")),
                ex.facts().toString());
        // the second 小計 cannot be told from the first by its name: kept out, with a warning
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("'小計' a second time")), ex.warnings().toString());
        dev.irx.internal.validate.Validator.Result r = new dev.irx.internal.validate.Validator().validate(ex.facts());
        List<dev.irx.model.Check> sums = r.checks().stream()
                .filter(c -> c.rule().equals("section_sum") || c.rule().equals("segment_sum")).toList();
        assertEquals(6, sums.size(), sums.toString()); // per month: 小計, 合計 from its lines, the segments
        assertTrue(sums.stream().allMatch(dev.irx.model.Check::passed), sums.toString());
    }

    @Test
    void aMetricNamedBelowItsFiguresOrInEnglishAndAProfitSetInUnderAnotherAreTheirOwnRows() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "決算概要 Results (百万円 / Millions of yen)"));
        l.add(line(44, 310, "FY2025"));
        l.add(line(56, 290, "Q1", 350, "Q2"));
        l.add(row(70, 40, "当期純利益 Net income", "50,981", "76,575"));
        l.add(row(82, 52, "親会社株主に帰属する当期純利益 Net income attributable to owners of parent", "49,014", "72,787"));
        l.add(row(94, 40, "のれん償却費 Amortization of goodwill", "35,443", "33,763"));
        l.add(row(106, 40, "EBITDA", "205,732", "279,717"));
        l.add(row(118, 0, null, "195,487", "276,020"));
        l.add(line(127, 40, "EBITDA"));
        Extractor.Extraction ex = extract(l);
        List<Fact> owners = ex.facts().stream().filter(f -> f.metric() == Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS).toList();
        assertEquals(2, owners.size(), ex.facts() + "\n" + ex.warnings());
        assertTrue(owners.stream().allMatch(f -> f.segment() == null), owners.toString());
        // after a row irx cannot name, 「EBITDA」 in English is a metric's row, not the English name of the row above
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.EBITDA
                && f.value().toPlainString().equals("279717000000")), ex.facts() + "\n" + ex.warnings());
    }

    @Test
    void aFigureRowWithItsMetricsNameJustBelowItAndItsRatioUnderThatAndAnROERow() {
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "決算概要 Results (百万円 / Millions of yen)"));
        l.add(line(40, 600, "(前期比 / YoY(%))"));
        l.add(line(48, 310, "FY2025"));
        l.add(line(58, 290, "Q1", 350, "Q2"));
        l.add(row(70, 40, "営業利益", "65,076", "143,311"));
        l.add(row(80, 44, "Operating income", "109.7", "112.3"));
        l.add(row(94, 0, null, "205,732", "279,717"));
        l.add(line(103, 40, "EBITDA"));
        l.add(row(112, 0, null, "105.2", "101.3"));
        l.add(row(126, 40, "自己資本利益率 (ROE)(%)", "7.3", "-"));
        Extractor.Extraction ex = extract(l);
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.EBITDA && f.measure() == dev.irx.model.Measure.VALUE
                && f.value().toPlainString().equals("205732000000")), ex.facts() + "\n" + ex.warnings());
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.EBITDA
                && f.measure() == dev.irx.model.Measure.RATIO_TO_PRIOR_PCT && f.value().toPlainString().equals("101.3")),
                ex.facts() + "\n" + ex.warnings());
        // 自己資本利益率 is ROE: the owners' profit over equity
        assertTrue(ex.facts().stream().anyMatch(f -> f.metric() == Metric.NET_INCOME_ATTRIBUTABLE_TO_OWNERS
                && f.measure() == dev.irx.model.Measure.RATIO_TO_EQUITY_PCT && f.value().toPlainString().equals("7.3")),
                ex.facts() + "\n" + ex.warnings());
    }

    /** A row of figures set flush right at the given right edges. */
    private static Line figures(float y, float x, String label, float[] rights, String... cells) {
        List<Object> xt = new ArrayList<>();
        if (label != null) xt.addAll(List.of(x, label));
        for (int i = 0; i < cells.length; i++) xt.addAll(List.of(rights[i] - 5 * cells[i].length(), cells[i]));
        return line(y, xt.toArray());
    }

    @Test
    void aStatementLinesChangeOverTheYearToDateIsReadAndCheckedAgainstThePriorYearsQuarters() {
        float[] r = {200, 250, 320, 370, 430, 490};
        List<Line> l = new ArrayList<>();
        l.add(line(20, 40, "■連結業績 Consolidated Results"));
        l.add(line(32, 40, "連結キャッシュ・フロー計算書 Consolidated Statements of Cash Flows (百万円 / Millions of yen)"));
        l.add(line(44, 205, "FY2024", 375, "FY2025"));
        l.add(line(56, 40, "営業活動によるキャッシュ･フロー", 190, "Q1", 240, "Q2", 310, "Q1", 360, "Q2", 415, "累計", 480, "増減"));
        l.add(line(66, 470, "Increase/", 470, "Decrease"));
        l.add(figures(80, 40, "減損損失 Impairment loss", r, "1,387", "38,413", "873", "7,167", "8,040", "(31,760)"));
        l.add(figures(92, 40, "その他 Other", r, "1,000", "2,000", "3,000", "4,000", "7,000", "+4,000"));
        Extractor.Extraction ex = extract(l);
        List<Fact> change = ex.facts().stream().filter(f -> f.metric() == Metric.LINE_ITEM
                && f.measure() == dev.irx.model.Measure.YOY_AMOUNT).toList();
        assertEquals(2, change.size(), ex.facts() + "\n" + ex.warnings());
        assertTrue(change.stream().anyMatch(f -> f.label().equals("減損損失") && f.value().toPlainString().equals("-31760000000")
                && f.period().span() == dev.irx.model.Span.H1), change.toString());
        List<dev.irx.model.Check> yoy = new dev.irx.internal.validate.Validator().validate(ex.facts()).checks().stream()
                .filter(c -> c.rule().equals("yoy")).toList();
        assertEquals(2, yoy.size(), yoy.toString());
        assertTrue(yoy.stream().allMatch(dev.irx.model.Check::passed), yoy.toString());
    }
}
