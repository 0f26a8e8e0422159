package dev.irx.internal.extract;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Periods of 決算短信 summaries given as plain text, in wording of our own with real-looking figures: era years,
 * a fiscal year that ends on the 20th, and figures for periods the document cannot state.
 */
class TanshinPeriodsTest {

    /** The grids of a 平成 summary: columns in two-digit era years. */
    private static final String HEISEI_GRIDS = """
            (百万円未満切捨て)
            1．平成25年12月期の連結業績（平成25年1月1日～平成25年12月31日）
            (1) 連結経営成績 (％表示は対前期増減率)
            売上高 営業利益 経常利益 当期純利益
            百万円 ％ 百万円 ％ 百万円 ％ 百万円 ％
            25年12月期 48,213 4.6 3,071 12.9 3,155 11.8 1,904 20.3
            24年12月期 46,094 2.2 2,720 △3.5 2,822 △1.9 1,583 5.1
            (注) 包括利益 25年12月期 2,410百万円 (31.0％) 24年12月期 1,840百万円 (8.2％)
            (2) 連結財政状態
            総資産 純資産 自己資本比率 1株当たり純資産
            百万円 百万円 ％ 円 銭
            25年12月期 52,880 30,145 56.2 1,187.44
            24年12月期 50,317 28,302 55.4 1,114.90
            (参考) 自己資本 25年12月期 29,718百万円 24年12月期 27,876百万円
            3．平成26年12月期の連結業績予想（平成26年1月1日～平成26年12月31日）
            (％表示は対前期増減率)
            売上高 営業利益
            百万円 ％ 百万円 ％
            通期 50,500 4.7 3,300 7.5
            """;

    private static final String HEISEI = """
            平成26年2月14日
            平成25年12月期 決算短信〔日本基準〕(連結)
            上場会社名 株式会社サンプル精機 上場取引所 東
            コード番号 9990
            """ + HEISEI_GRIDS;

    private static Fact one(Extractor.Extraction ex, Metric m, Measure measure, String end, Basis basis) {
        List<Fact> fs = ex.facts().stream().filter(f -> f.metric() == m && f.measure() == measure
                && f.period().end().equals(LocalDate.parse(end)) && f.basis() == basis && f.segment() == null).toList();
        assertEquals(1, fs.size(), m + " " + measure + " " + end + " in " + ex.facts());
        return fs.get(0);
    }

    @Test
    void heiseiTwoDigitYearsAreHeiseiYears() {
        Extractor.Extraction ex = PlainText.extract(HEISEI);
        assertEquals(LocalDate.of(2014, 2, 14), ex.info().publishedOn());
        assertEquals(12, ex.info().fiscalYearEndMonth());
        Fact rev = one(ex, Metric.REVENUE, Measure.VALUE, "2013-12-31", Basis.ACTUAL);
        assertEquals(Span.FY, rev.period().span());
        assertEquals(LocalDate.of(2013, 1, 1), rev.period().start());
        assertEquals("48213000000", rev.value().toPlainString());
        assertEquals("46094000000", one(ex, Metric.REVENUE, Measure.VALUE, "2012-12-31", Basis.ACTUAL).value().toPlainString());
        assertEquals("-3.5", one(ex, Metric.OPERATING_INCOME, Measure.YOY_PCT, "2012-12-31", Basis.ACTUAL).value().toPlainString());
        assertEquals("2410000000", one(ex, Metric.COMPREHENSIVE_INCOME, Measure.VALUE, "2013-12-31", Basis.ACTUAL).value().toPlainString());
        Fact assets = one(ex, Metric.TOTAL_ASSETS, Measure.VALUE, "2013-12-31", Basis.ACTUAL);
        assertTrue(assets.period().isInstant());
        assertEquals("27876000000", one(ex, Metric.EQUITY_ATTRIBUTABLE_TO_OWNERS, Measure.VALUE, "2012-12-31",
                Basis.ACTUAL).value().toPlainString());
        assertEquals("1187.44", one(ex, Metric.BPS, Measure.VALUE, "2013-12-31", Basis.ACTUAL).value().toPlainString());
        assertEquals("50500000000", one(ex, Metric.REVENUE, Measure.VALUE, "2014-12-31", Basis.FORECAST).value().toPlainString());
        // nothing of the 2020s: that reading was the bug
        assertTrue(ex.facts().stream().allMatch(f -> f.period().end().getYear() <= 2014), ex.facts().toString());
        assertEquals(34, ex.facts().size(), ex.facts().stream().map(Fact::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void twoDigitYearsNothingDatesAreWarnedNotGuessed() {
        // the same grids with no era, no publication date and no year in full: 25年 may be 平成25 or 2025
        String undated = ("25年12月期 決算短信〔日本基準〕(連結)\nコード番号 9990\n" + HEISEI_GRIDS)
                .replace("平成25年1月1日～平成25年12月31日", "").replace("平成26年1月1日～平成26年12月31日", "")
                .replace("平成", "");
        Extractor.Extraction ex = PlainText.extract(undated);
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().end().getYear() == 2025 || f.period().end().getYear() == 2013),
                ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.startsWith("two-digit years [25年, 24年") ), ex.warnings().toString());
    }

    @Test
    void reiwaTitleWithHeiseiColumns() {
        String reiwa = """
                令和元年5月10日
                2019年3月期 決算短信〔日本基準〕(連結)
                コード番号 9990
                1．2019年3月期の連結業績（平成30年4月1日～平成31年3月31日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                31年3月期 21,540 3.0 1,802 6.1
                30年3月期 20,913 1.4 1,698 △2.0
                """;
        Extractor.Extraction ex = PlainText.extract(reiwa);
        assertEquals(LocalDate.of(2019, 5, 10), ex.info().publishedOn());
        assertEquals("21540000000", one(ex, Metric.REVENUE, Measure.VALUE, "2019-03-31", Basis.ACTUAL).value().toPlainString());
        assertEquals("20913000000", one(ex, Metric.REVENUE, Measure.VALUE, "2018-03-31", Basis.ACTUAL).value().toPlainString());
    }

    @Test
    void aYearEndingOnThe20thDatesEveryPeriodByItsDays() {
        String twentieth = """
                2023年2月3日
                2022年12月期 決算短信〔日本基準〕(連結)
                コード番号 9990
                1．2022年12月期の連結業績（2021年12月21日～2022年12月20日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                2022年12月期 18,406 5.9 1,210 8.4
                2021年12月期 17,380 2.6 1,116 1.0
                (2) 連結財政状態
                総資産 純資産 自己資本比率
                百万円 百万円 ％
                2022年12月期 22,115 12,804 57.9
                2021年12月期 21,030 12,001 57.1
                3．2023年12月期の連結業績予想（2022年12月21日～2023年12月20日）
                売上高 営業利益
                百万円 ％ 百万円 ％
                第2四半期(累計) 9,300 3.2 600 1.5
                通期 19,200 4.3 1,290 6.6
                """;
        Extractor.Extraction ex = PlainText.extract(twentieth);
        Fact rev = one(ex, Metric.REVENUE, Measure.VALUE, "2022-12-20", Basis.ACTUAL);
        assertEquals(LocalDate.of(2021, 12, 21), rev.period().start());
        assertEquals("2022-12", rev.period().fiscalYearEnd().toString());
        assertEquals(LocalDate.of(2020, 12, 21),
                one(ex, Metric.REVENUE, Measure.VALUE, "2021-12-20", Basis.ACTUAL).period().start());
        assertTrue(one(ex, Metric.TOTAL_ASSETS, Measure.VALUE, "2022-12-20", Basis.ACTUAL).period().isInstant());
        Fact h1 = one(ex, Metric.REVENUE, Measure.VALUE, "2023-06-20", Basis.FORECAST);
        assertEquals(Span.H1, h1.period().span());
        assertEquals(LocalDate.of(2022, 12, 21), h1.period().start());
        assertEquals(LocalDate.of(2022, 12, 21),
                one(ex, Metric.REVENUE, Measure.VALUE, "2023-12-20", Basis.FORECAST).period().start());
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().end().getDayOfMonth() == 31), ex.facts().toString());
    }

    @Test
    void anActualFigureAfterPublicationIsAWarningNotAFact() {
        // a results row dated a year the document had not yet closed
        String misdated = """
                2024年5月10日
                2024年3月期 決算短信〔日本基準〕(連結)
                コード番号 9990
                1．2024年3月期の連結業績（2023年4月1日～2024年3月31日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                2025年3月期 9,870 3.3 640 4.1
                2023年3月期 9,555 1.2 615 0.3
                """;
        Extractor.Extraction ex = PlainText.extract(misdated);
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().end().getYear() == 2025), ex.facts().toString());
        assertEquals(2, ex.facts().stream().filter(f -> f.period().end().equals(LocalDate.of(2023, 3, 31))
                && f.metric() == Metric.REVENUE).count());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("'売上高' 9,870 not read")
                && w.contains("after the document's publication on 2024-05-10")), ex.warnings().toString());
    }

    @Test
    void aTextRowThatDoesNotFitItsColumnsIsNotRead() {
        String gap = """
                2024年5月10日
                2024年3月期 決算短信〔日本基準〕(連結)
                コード番号 9990
                1．2024年3月期の連結業績（2023年4月1日～2024年3月31日）
                (1) 連結経営成績 (％表示は対前期増減率)
                売上高 営業利益
                百万円 ％ 百万円 ％
                2024年3月期 9,870 3.3 640
                2023年3月期 9,555 1.2 615 0.3
                """;
        Extractor.Extraction ex = PlainText.extract(gap);
        assertTrue(ex.facts().stream().noneMatch(f -> f.period().end().equals(LocalDate.of(2024, 3, 31))), ex.facts().toString());
        assertEquals("9555000000", one(ex, Metric.REVENUE, Measure.VALUE, "2023-03-31", Basis.ACTUAL).value().toPlainString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.contains("has 3 figures for 4 columns")), ex.warnings().toString());
    }
}
