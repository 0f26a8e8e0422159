package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import dev.irx.internal.read.Word;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms a 決算短信 summary comes in, in wording of our own with real-looking figures: years of an era written
 * with one digit, the parent's own results printed after the forecast, a row label set in spaced letters, a bank's
 * 中間純利益 and an IFRS filer's per-share equity.
 */
class TanshinSummaryFormsTest {

    private static List<Fact> of(Extractor.Extraction ex, Metric m, Measure measure, String end, Basis basis,
                                 Boolean consolidated) {
        return ex.facts().stream().filter(f -> f.metric() == m && f.measure() == measure
                && f.period().end().equals(LocalDate.parse(end)) && f.basis() == basis && f.segment() == null
                && java.util.Objects.equals(f.consolidated(), consolidated)).toList();
    }

    private static String value(Extractor.Extraction ex, Metric m, Measure measure, String end, Basis basis,
                                Boolean consolidated) {
        List<Fact> fs = of(ex, m, measure, end, basis, consolidated);
        assertEquals(1, fs.size(), m + " " + measure + " " + end + " " + basis + " " + consolidated + " in\n"
                + ex.facts().stream().map(Fact::toString).collect(Collectors.joining("\n")));
        return fs.get(0).value().toPlainString();
    }

    @Test
    void oneDigitYearsOfTheStatedEra() {
        String reiwa = """
                令和4年11月11日
                令和4年9月期 決算短信〔日本基準〕(連結)
                上場会社名 株式会社見本機工 上場取引所 東
                コード番号 9991
                1．令和4年9月期の連結業績（令和3年10月1日～令和4年9月30日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                4年9月期 7,412 3.9 301 △11.0
                3年9月期 7,134 － 338 －
                (注) 包括利益 4年9月期 215百万円（△20.4％） 3年9月期 270百万円（－％）
                (2) 連結財政状態
                総資産 純資産
                百万円 百万円
                4年9月期 8,204 3,015
                3年9月期 7,730 2,912
                (参考) 自己資本 4年9月期 3,010百万円 3年9月期 2,905百万円
                """;
        String notes = """
                (3) 発行済株式数（普通株式）
                ① 期末発行済株式数（自己株式を含む） 4年9月期 4,120,000株 3年9月期 4,120,000株
                ② 期末自己株式数 4年9月期 61株 3年9月期 61株
                ③ 期中平均株式数 4年9月期 4,119,939株 3年9月期 4,119,945株
                """;
        Extractor.Extraction ex = PlainText.extract(reiwa, notes);
        assertEquals("7412000000", value(ex, Metric.REVENUE, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-11.0", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("7134000000", value(ex, Metric.REVENUE, Measure.VALUE, "2021-09-30", Basis.ACTUAL, true));
        assertEquals("215000000", value(ex, Metric.COMPREHENSIVE_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("2905000000", value(ex, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, "2021-09-30",
                Basis.ACTUAL, true));
        assertEquals("4120000", value(ex, Metric.SHARES_ISSUED, Measure.VALUE, "2022-09-30", Basis.ACTUAL, null));
        assertEquals("4119945", value(ex, Metric.AVERAGE_SHARES, Measure.VALUE, "2021-09-30", Basis.ACTUAL, null));
        // 令和4 and 令和3, never 2004 and 2003
        assertTrue(ex.facts().stream().allMatch(f -> f.period().end().getYear() >= 2020), ex.facts().toString());
    }

    @Test
    void aOneDigitYearInADocumentThatStatesNoEraIsNotRead() {
        String western = """
                2022年11月11日
                2022年9月期 決算短信〔日本基準〕(連結)
                コード番号 9991
                1．2022年9月期の連結業績（2021年10月1日～2022年9月30日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                4年9月期 7,412 3.9 301 △11.0
                """;
        Extractor.Extraction ex = PlainText.extract(western);
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.REVENUE), ex.facts().toString());
    }

    /** A 連結 summary whose parent-only results follow the forecast under an unnumbered heading. */
    private static final String PARENT_AFTER_FORECAST = """
            2022年11月10日
            2022年9月期 決算短信〔日本基準〕(連結)
            コード番号 9992
            1．2022年9月期の連結業績（2021年10月1日～2022年9月30日）
            (1) 連結経営成績 (％表示は対前期増減率)
            売上高 経常利益
            百万円 ％ 百万円 ％
            2022年9月期 52,310 8.8 3,004 5.1
            2021年9月期 48,080 2.0 2,858 1.7
            3．2023年9月期の連結業績予想（2022年10月1日～2023年9月30日）
            (％表示は対前期増減率)
            売上高 経常利益
            百万円 ％ 百万円 ％
            通期 55,000 5.1 3,100 3.2
            """;
    private static final String PARENT_PAGE = """
            ※ 注記事項
            (参考)個別業績の概要
            2022年9月期の個別業績（2021年10月1日～2022年9月30日）
            (1) 個別経営成績 (％表示は対前期増減率)
            売上高 経常利益 当期純利益
            百万円 ％ 百万円 ％ 百万円 ％
            2022年9月期 40,115 9.9 2,540 4.4 1,790 △3.0
            2021年9月期 36,502 1.1 2,433 0.9 1,845 7.2
            (2) 個別財政状態
            総資産 純資産
            百万円 百万円
            2022年9月期 41,900 30,270
            2021年9月期 40,022 29,013
            (参考) 自己資本 2022年9月期 30,260百万円 2021年9月期 29,004百万円
            """;

    @Test
    void parentOnlyResultsAfterTheForecastAreActuals() {
        Extractor.Extraction ex = PlainText.extract(PARENT_AFTER_FORECAST, PARENT_PAGE);
        assertEquals("55000000000", value(ex, Metric.REVENUE, Measure.VALUE, "2023-09-30", Basis.FORECAST, true));
        assertEquals("40115000000", value(ex, Metric.REVENUE, Measure.VALUE, "2022-09-30", Basis.ACTUAL, false));
        assertEquals("-3.0", value(ex, Metric.NET_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, false));
        assertEquals("40022000000", value(ex, Metric.TOTAL_ASSETS, Measure.VALUE, "2021-09-30", Basis.ACTUAL, false));
        assertEquals("30260000000", value(ex, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, "2022-09-30",
                Basis.ACTUAL, false));
        // a year that had closed when the document came out is never a forecast
        assertTrue(ex.facts().stream().noneMatch(f -> f.basis() == Basis.FORECAST
                && f.period().end().getYear() == 2022), ex.facts().toString());
    }

    @Test
    void aBanksInterimNetIncomeAndAnIfrsFilersEquityPerShare() {
        String bank = """
                2022年11月18日
                2023年3月期 第2四半期（中間期）決算短信〔日本基準〕(連結)
                コード番号 9993
                （個別業績の概要）
                2023年3月期第2四半期（中間期）の個別業績（2022年4月1日～2022年9月30日）
                (1) 個別経営成績 (％表示は対前年中間期増減率)
                経常収益 経常利益 中間純利益
                百万円 ％ 百万円 ％ 百万円 ％
                2023年3月期中間期 21,440 3.1 4,120 △8.2 2,905 △9.9
                2022年3月期中間期 20,796 1.0 4,488 12.1 3,224 10.4
                """;
        Extractor.Extraction ex = PlainText.extract(bank);
        assertEquals("2905000000", value(ex, Metric.NET_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, false));
        assertEquals("10.4", value(ex, Metric.NET_INCOME, Measure.YOY_PCT, "2021-09-30", Basis.ACTUAL, false));

        String ifrs = """
                2022年11月10日
                2022年9月期 決算短信〔IFRS〕(連結)
                コード番号 9994
                1．2022年9月期の連結業績（2021年10月1日～2022年9月30日）
                (2) 連結財政状態
                資産合計 資本合計 親会社所有者帰属持分比率 1株当たり親会社所有者帰属持分
                百万円 百万円 ％ 円 銭
                2022年9月期 61,200 30,410 48.9 512.06
                2021年9月期 58,700 28,950 48.6 487.31
                """;
        Extractor.Extraction ix = PlainText.extract(ifrs);
        assertEquals("512.06", value(ix, Metric.BPS, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("487.31", value(ix, Metric.BPS, Measure.VALUE, "2021-09-30", Basis.ACTUAL, true));
    }

    @Test
    void aReitsForecastWhoseHeadingWrapsBeforeTheWordForecast() {
        String reit = """
                2022年10月14日
                2022年8月期 決算短信（REIT）
                投資法人 見本リート投資法人 上場取引所 東
                コード番号 9996
                1．2022年8月期の運用、資産の状況（2022年3月1日～2022年8月31日）
                (1) 運用状況 (％表示は対前期増減率)
                営業収益 営業利益
                百万円 ％ 百万円 ％
                2022年8月期 6,512 1.2 3,101 △0.8
                2022年2月期 6,434 0.4 3,126 1.1
                2．2023年2月期（2022年9月1日～2023年2月28日）及び2023年8月期（2023年3月1日～2023年8月31日）の運用状
                況の予想
                (％表示は対前期増減率)
                営業収益 営業利益
                百万円 ％ 百万円 ％
                2023年2月期 6,540 0.4 3,050 △1.6
                2023年8月期 6,498 △0.6 3,012 △1.2
                """;
        Extractor.Extraction ex = PlainText.extract(reit);
        assertEquals("6512000000", value(ex, Metric.REVENUE, Measure.VALUE, "2022-08-31", Basis.ACTUAL, false));
        Fact plan = of(ex, Metric.OPERATING_INCOME, Measure.VALUE, "2023-02-28", Basis.FORECAST, false).get(0);
        assertEquals("3050000000", plan.value().toPlainString());
        assertEquals(LocalDate.of(2022, 9, 1), plan.period().start());
        assertEquals("-1.2", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2023-08-31", Basis.FORECAST, false));
        assertTrue(ex.facts().stream().noneMatch(f -> f.basis() == Basis.ACTUAL && f.period().end().getYear() == 2023),
                ex.facts().toString());
    }

    @Test
    void aGridInHundredsOfMillionsBesideThePerShareFigures() {
        String ifrs = """
                2022年10月27日
                2023年3月期 第2四半期決算短信〔IFRS〕(連結)
                コード番号 9997
                1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）
                (1) 連結経営成績(累計) (％表示は、対前年同四半期増減率)
                基本的1株当たり四半期利益 希薄化後1株当たり四半期利益 調整後営業利益
                円 銭 円 銭 億円 ％
                2023年3月期第2四半期 88.40 87.95 1,512 12.0
                2022年3月期第2四半期 80.12 79.80 1,350 3.3
                """;
        Extractor.Extraction ex = PlainText.extract(ifrs);
        assertEquals("88.40", value(ex, Metric.EPS, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("79.80", value(ex, Metric.DILUTED_EPS, Measure.VALUE, "2021-09-30", Basis.ACTUAL, true));
        // the adjusted profit is no metric of the vocabulary: nothing read from its column
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.OPERATING_INCOME), ex.facts().toString());
    }

    /** The form's dividend grid, with notes under it. */
    private static String dividends(String notes) {
        return """
                2022年11月14日
                2022年9月期 決算短信〔日本基準〕(連結)
                コード番号 9999
                2．配当の状況
                年間配当金
                第1四半期末 第2四半期末 第3四半期末 期末 合計
                円 銭 円 銭 円 銭 円 銭 円 銭
                2022年9月期 － 11.50 － 11.50 23.00
                2023年9月期(予想) － 11.50 － 12.50 24.00
                """ + notes;
    }

    private static List<String> dividendValues(Extractor.Extraction ex, String end, Basis basis) {
        return ex.facts().stream().filter(f -> f.metric() == Metric.DIVIDEND_PER_SHARE && f.measure() == Measure.VALUE
                        && f.period().end().equals(LocalDate.parse(end)) && f.basis() == basis)
                .map(f -> f.period().span().json() + " " + f.value().toPlainString()).sorted().toList();
    }

    @Test
    void aDividendsBreakdownGivesItsPartsNeverASecondDividend() {
        Extractor.Extraction ex = PlainText.extract(dividends(
                "(注) 2023年9月期(予想)の期末配当金の内訳 普通配当 11円50銭 記念配当 1円00銭\n"));
        assertEquals(List.of("FY 24.00", "H2 12.50"), dividendValues(ex, "2023-09-30", Basis.FORECAST));
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("is a part of a dividend")), ex.warnings().toString());
    }

    @Test
    void dividendsOnAShareBasisThatIsNotPaidAreNotRead() {
        Extractor.Extraction ex = PlainText.extract(dividends(
                "(注) 株式分割を考慮しない場合の2023年9月期(予想)の1株当たり期末配当金は37円50銭、年間配当金合計は72円00銭です。\n"));
        assertEquals(List.of("FY 24.00", "H2 12.50"), dividendValues(ex, "2023-09-30", Basis.FORECAST));
    }

    @Test
    void aDividendInYenAndSen() {
        Extractor.Extraction ex = PlainText.extract("""
                2022年11月14日
                2022年9月期 決算短信〔日本基準〕(連結)
                コード番号 9999
                当社は、2023年9月期の1株当たり年間配当金を24円50銭とする予定です。
                """);
        assertEquals(List.of("FY 24.50"), dividendValues(ex, "2023-09-30", Basis.FORECAST));
    }

    @Test
    void usGaapChangesInBrackets() {
        Extractor.Extraction ex = PlainText.extract("""
                2022年10月31日
                2023年3月期 第2四半期決算短信〔米国基準〕(連結)
                コード番号 9981
                1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）
                (1) 連結経営成績(累計) (％表示は、対前年同四半期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                2023年3月期第2四半期 812,400 ( 12.1 ) 60,215 ( △12.2 )
                2022年3月期第2四半期 724,706 (△3.0) 68,580 (-)
                """);
        assertEquals("12.1", value(ex, Metric.REVENUE, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-12.2", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-3.0", value(ex, Metric.REVENUE, Measure.YOY_PCT, "2021-09-30", Basis.ACTUAL, true));
        assertEquals("68580000000", value(ex, Metric.OPERATING_INCOME, Measure.VALUE, "2021-09-30", Basis.ACTUAL, true));
    }

    @Test
    void anIfrsTopLineCalledRevenue() {
        Extractor.Extraction ifrs = PlainText.extract("""
                2022年11月4日
                2023年3月期 第2四半期決算短信〔IFRS〕(連結)
                コード番号 9982
                1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）
                (1) 連結経営成績(累計) (％表示は、対前年同四半期増減率)
                収益 営業利益
                百万円 ％ 百万円 ％
                2023年3月期第2四半期 4,120,512 20.4 310,220 8.8
                """);
        assertEquals("4120512000000", value(ifrs, Metric.REVENUE, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
    }

    @Test
    void anAmountInBracketsIsNotRead() {
        Extractor.Extraction ex = PlainText.extract("""
                2022年10月31日
                2023年3月期 第2四半期決算短信〔米国基準〕(連結)
                コード番号 9981
                1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）
                (1) 連結経営成績(累計) (％表示は、対前年同四半期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                2023年3月期第2四半期 812,400 12.1 (60,215) △12.2
                """);
        assertTrue(ex.facts().stream().noneMatch(f -> f.metric() == Metric.OPERATING_INCOME), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("an amount in brackets")), ex.warnings().toString());
    }

    // ---- a page with positions, as a PDF gives it ----

    /** A line of words, each {@code x, text}, nine points high at {@code y}; a word's width follows its letters. */
    private static Line line(float y, Object... xText) {
        return PositionedLines.line(y, 9, xText);
    }

    /** The line with one more word, set between {@code x0} and {@code x1} (narrow letters, as a PDF sets digits). */
    private static Line withWord(Line l, float x0, float x1, String text) {
        List<Word> words = new ArrayList<>(l.words());
        BoundingBox b = new BoundingBox(x0, l.box().y0(), x1, l.box().y1());
        words.add(new Word(text, b, 9f, null));
        return new Line(words, l.box().union(b), 0);
    }

    /** A word right-aligned at {@code x1}. */
    private static Object[] right(float x1, String t) {
        return new Object[] {x1 - 9 * t.length(), t};
    }

    private static Line labelled(float y, List<Object> label, String... figures) {
        List<Object> xt = new ArrayList<>(label);
        float[] rights = {200, 240, 300, 340};
        for (int k = 0; k < figures.length; k++) xt.addAll(List.of(right(rights[k], figures[k])));
        return line(y, xt.toArray());
    }

    private static Extractor.Extraction pdf(List<Line> lines) {
        Page page = new Page(1, 595, 842, lines);
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("test.pdf", "0".repeat(64), "application/pdf", null, null, List.of(page)));
    }

    private static List<Line> cover(String title) {
        List<Line> lines = new ArrayList<>();
        lines.add(line(20, 40, "2022年10月31日"));
        lines.add(line(32, 40, title));
        lines.add(line(44, 40, "コード番号", 100, "9998"));
        lines.add(line(60, 40, "1．2023年3月期第2四半期の連結業績（2022年4月1日～2022年9月30日）"));
        lines.add(line(72, 40, "(1)連結経営成績（累計）", 250, "(％表示は、対前年同四半期増減率)"));
        return lines;
    }

    private static Line units(float y) {
        return line(y, right(200, "百万円")[0], "百万円", right(240, "%")[0], "%",
                right(300, "百万円")[0], "百万円", right(340, "%")[0], "%");
    }

    @Test
    void aTitleOverTheGridIsNotPartOfAColumnsName() {
        List<Line> lines = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        // 「継続事業に係る金額」 is centred over the grid and so falls over its second column
        lines.add(line(84, 250, "継続事業"));
        lines.add(line(96, 155, "売上収益", 255, "営業利益"));
        lines.add(units(108));
        lines.add(labelled(120, List.of(40, "2023年3月期第2四半期"), "73,265", "5.2", "1,003", "△73.0"));
        Extractor.Extraction ex = pdf(lines);
        assertEquals("1003000000", value(ex, Metric.OPERATING_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-73.0", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("73265000000", value(ex, Metric.REVENUE, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
    }

    @Test
    void profitUnderATitleOfContinuingOperationsIsNotTheNetIncome() {
        List<Line> lines = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        lines.add(line(84, 200, "継続事業に係る金額"));
        lines.add(line(96, 155, "税引前利益", 255, "四半期利益"));
        lines.add(units(108));
        lines.add(labelled(120, List.of(40, "2023年3月期第2四半期"), "9,995", "△71.9", "4,749", "△81.7"));
        lines.add(line(140, 200, "非継続事業を含む金額"));
        lines.add(line(152, 155, "四半期利益", 255, "四半期包括利益"));
        lines.add(units(164));
        lines.add(labelled(176, List.of(40, "2023年3月期第2四半期"), "3,919", "△84.8", "46,329", "87.7"));
        Extractor.Extraction ex = pdf(lines);
        assertEquals("9995000000", value(ex, Metric.PROFIT_BEFORE_TAX, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        // the continuing operations' 4,749 and its change are left unread: the period's profit is the one below
        assertEquals("3919000000", value(ex, Metric.NET_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-84.8", value(ex, Metric.NET_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
    }

    @Test
    void figuresWrappedInCellsTooNarrowForThem() {
        List<Line> lines = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        lines.add(line(84, 155, "売上収益", 255, "営業利益"));
        lines.add(units(96));
        // the heads above the row's label, the last digits below, right-aligned in their cells
        lines.add(line(106, right(200, "1,974,77")[0], "1,974,77", right(300, "254,95")[0], "254,95",
                right(340, "△26.")[0], "△26."));
        lines.add(line(111, 0, "2023年3月期第2四半期", right(240, "10.1")[0], "10.1"));
        lines.add(line(116, right(200, "1")[0], "1", right(300, "3")[0], "3", right(340, "3")[0], "3"));
        Extractor.Extraction ex = pdf(lines);
        assertEquals("1974771000000", value(ex, Metric.REVENUE, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("10.1", value(ex, Metric.REVENUE, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("254953000000", value(ex, Metric.OPERATING_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("-26.3", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));
    }

    @Test
    void digitsBelowARowThatStandUnderNoHeadAreNotJoined() {
        List<Line> lines = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        lines.add(line(84, 155, "売上収益", 255, "営業利益"));
        lines.add(units(96));
        lines.add(line(106, right(200, "1,974,77")[0], "1,974,77", right(300, "254,95")[0], "254,95"));
        lines.add(line(111, 0, "2023年3月期第2四半期", right(240, "10.1")[0], "10.1"));
        // the second tail is off its head's right edge: no figure is made of them
        lines.add(line(116, right(200, "1")[0], "1", right(290, "3")[0], "3"));
        Extractor.Extraction ex = pdf(lines);
        assertTrue(ex.facts().stream().noneMatch(f -> f.measure() == Measure.VALUE
                && (f.metric() == Metric.REVENUE || f.metric() == Metric.OPERATING_INCOME)), ex.facts().toString());
    }

    @Test
    void shareCountsWhosePeriodLabelsWrapInTheirCells() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(20, 40, "2022年10月13日"));
        lines.add(line(32, 40, "2022年8月期", 150, "決算短信〔日本基準〕(連結)"));
        lines.add(line(44, 40, "コード番号", 100, "9983"));
        lines.add(line(60, 40, "(3)発行済株式数（普通株式）"));
        // 「2022年8月」 over 「期」 in each period's cell, the counts between
        lines.add(line(72, 250, "2022年8月", 390, "2021年8月"));
        lines.add(line(77, 60, "①", 80, "期末発行済株式数（自己株式を含む）", 323, "5,120,000株", 463, "5,120,000株"));
        lines.add(line(82, 250, "期", 390, "期"));
        lines.add(line(94, 250, "2022年8月", 390, "2021年8月"));
        lines.add(line(99, 60, "③", 80, "期中平均株式数", 323, "5,104,535株", 463, "5,132,828株"));
        lines.add(line(104, 250, "期", 390, "期"));
        Extractor.Extraction ex = pdf(lines);
        assertEquals("5120000", value(ex, Metric.SHARES_ISSUED, Measure.VALUE, "2021-08-31", Basis.ACTUAL, null));
        assertEquals("5104535", value(ex, Metric.AVERAGE_SHARES, Measure.VALUE, "2022-08-31", Basis.ACTUAL, null));
        assertEquals(Span.FY, of(ex, Metric.AVERAGE_SHARES, Measure.VALUE, "2021-08-31", Basis.ACTUAL, null).get(0)
                .period().span());
    }

    @Test
    void anAmountRunIntoItsChange() {
        List<Line> lines = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        lines.add(line(84, 155, "売上収益", 255, "四半期包括利益合計額"));
        lines.add(units(96));
        // the amount of the last pair and its ％ printed with no space between them
        lines.add(withWord(line(108, 0, "2023年3月期第2四半期", right(200, "73,265")[0], "73,265", right(240, "5.2")[0],
                "5.2"), 262, 340, "270,288319.4"));
        Extractor.Extraction ex = pdf(lines);
        assertEquals("270288000000", value(ex, Metric.COMPREHENSIVE_INCOME, Measure.VALUE, "2022-09-30", Basis.ACTUAL, true));
        assertEquals("319.4", value(ex, Metric.COMPREHENSIVE_INCOME, Measure.YOY_PCT, "2022-09-30", Basis.ACTUAL, true));

        // a word that starts left of the amount's column is not cut: where its amount ends is unknown
        List<Line> wide = cover("2023年3月期 第2四半期決算短信〔IFRS〕(連結)");
        wide.add(line(84, 155, "売上収益", 255, "四半期包括利益合計額"));
        wide.add(units(96));
        wide.add(withWord(line(108, 0, "2023年3月期第2四半期", right(200, "73,265")[0], "73,265"), 226, 340,
                "270,288319.4"));
        Extractor.Extraction none = pdf(wide);
        assertTrue(none.facts().stream().noneMatch(f -> f.metric() == Metric.COMPREHENSIVE_INCOME), none.facts().toString());
    }

    @Test
    void aRowLabelSetInSpacedLetters() {
        List<Line> lines = new ArrayList<>();
        lines.add(line(20, 40, "2022年11月10日"));
        lines.add(line(32, 40, "2022年9月期", 150, "決算短信〔日本基準〕(連結)"));
        lines.add(line(44, 40, "コード番号", 100, "9995"));
        lines.add(line(60, 40, "3．2023年9月期の連結業績予想（2022年10月1日～2023年9月30日）"));
        lines.add(line(72, 250, "(％表示は対前期増減率)"));
        lines.add(line(84, 155, "売上高", 255, "営業利益"));
        lines.add(line(96, right(200, "百万円")[0], "百万円", right(240, "%")[0], "%",
                right(300, "百万円")[0], "百万円", right(340, "%")[0], "%"));
        // 「通 期」: two words, as a PDF sets a label spaced to the width of its cell
        lines.add(labelled(108, List.of(40, "通", 70, "期"), "37,000", "3.6", "3,300", "96.2"));
        Page page = new Page(1, 595, 842, lines);
        Extractor.Extraction ex = new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("test.pdf", "0".repeat(64), "application/pdf", null, null, List.of(page)));
        assertEquals("37000000000", value(ex, Metric.REVENUE, Measure.VALUE, "2023-09-30", Basis.FORECAST, true));
        assertEquals("96.2", value(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2023-09-30", Basis.FORECAST, true));
        assertEquals(Span.FY, of(ex, Metric.REVENUE, Measure.VALUE, "2023-09-30", Basis.FORECAST, true).get(0)
                .period().span());
    }
}
