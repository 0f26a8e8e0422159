package dev.irx.internal.normalize;

import dev.irx.model.Period;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PeriodParserTest {

    private final PeriodParser march = new PeriodParser(FiscalCalendar.march());

    /** "Q1 2025-04-01..2025-06-30 fy2026-03" or "instant 2025-06-30 fy2026-03". */
    private static String show(Period p) {
        String range = p.isInstant() ? p.end().toString() : p.start() + ".." + p.end();
        return p.span().json() + " " + range + " fy" + p.fiscalYearEnd();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // Japanese fiscal years: the printed month is the year end
            "2024年3月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024 年 3 月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "２０２４年３月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "24年3月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "24/3期|FY 2023-04-01..2024-03-31 fy2024-03",
            "24/3 期|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024/3期|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024年3月期通期|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024年3月期 通期|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024年3月期 実績|FY 2023-04-01..2024-03-31 fy2024-03",
            "2025年3月期(予想)|FY 2024-04-01..2025-03-31 fy2025-03",
            "2024年1月期|FY 2023-02-01..2024-01-31 fy2024-01",
            "2024年12月期|FY 2024-01-01..2024-12-31 fy2024-12",
            "25/12期|FY 2025-01-01..2025-12-31 fy2025-12",
            "2023年9月期|FY 2022-10-01..2023-09-30 fy2023-09",
            // eras
            "平成28年3月期|FY 2015-04-01..2016-03-31 fy2016-03",
            "平成31年3月期|FY 2018-04-01..2019-03-31 fy2019-03",
            "令和元年5月期|FY 2018-06-01..2019-05-31 fy2019-05",
            "令和6年3月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "令和 6 年 3 月期|FY 2023-04-01..2024-03-31 fy2024-03",
            "昭和64年3月期|FY 1988-04-01..1989-03-31 fy1989-03",
            "平成元年3月期|FY 1988-04-01..1989-03-31 fy1989-03",
            // instants
            "2024年3月期末|instant 2024-03-31 fy2024-03",
            "24/3期末|instant 2024-03-31 fy2024-03",
            // FISCO's quarter after the year: 「25/3期1Q」 is April–June 2024, 「26/3期1Q末」 June 30 2025.
            "25/3期1Q|Q1 2024-04-01..2024-06-30 fy2025-03",
            "26/3期3Q|Q3 2025-10-01..2025-12-31 fy2026-03",
            "26/3期1Q末|instant 2025-06-30 fy2026-03",
            "2026年3月期1Q|Q1 2025-04-01..2025-06-30 fy2026-03",
            "24/3 期末|instant 2024-03-31 fy2024-03",
            "20/3期末|instant 2020-03-31 fy2020-03",
            "25年6月末|instant 2025-06-30 fy2026-03",
            "2023年3月末|instant 2023-03-31 fy2023-03",
            "2024年12月末|instant 2024-12-31 fy2025-03",
            "2024年2月末|instant 2024-02-29 fy2024-03",
            "25/6末|instant 2025-06-30 fy2026-03",
            "2025年3月31日現在|instant 2025-03-31 fy2025-03",
            "2025 年 3 月 31 日現在|instant 2025-03-31 fy2025-03",
            "2025年6月30日時点|instant 2025-06-30 fy2026-03",
            "4Q24末|instant 2025-03-31 fy2025-03",
            "1Q25末|instant 2025-06-30 fy2026-03",
            "2Q24末|instant 2024-09-30 fy2025-03",
            "FY24末|instant 2025-03-31 fy2025-03",
            "2026年3月期 第1四半期末|instant 2025-06-30 fy2026-03",
            "2026年3月期 上期末|instant 2025-09-30 fy2026-03",
            // IIJ labels (START_YEAR)
            "FY24|FY 2024-04-01..2025-03-31 fy2025-03",
            "FY2024|FY 2024-04-01..2025-03-31 fy2025-03",
            "FY 24|FY 2024-04-01..2025-03-31 fy2025-03",
            "ＦＹ２４|FY 2024-04-01..2025-03-31 fy2025-03",
            "FY24実績|FY 2024-04-01..2025-03-31 fy2025-03",
            "FY25計画|FY 2025-04-01..2026-03-31 fy2026-03",
            "FY25通期|FY 2025-04-01..2026-03-31 fy2026-03",
            "1Q25|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2Q25|Q2 2025-07-01..2025-09-30 fy2026-03",
            "3Q25|Q3 2025-10-01..2025-12-31 fy2026-03",
            "4Q25|Q4 2026-01-01..2026-03-31 fy2026-03",
            "1Q24|Q1 2024-04-01..2024-06-30 fy2025-03",
            "4Q24|Q4 2025-01-01..2025-03-31 fy2025-03",
            "1Q25実績|Q1 2025-04-01..2025-06-30 fy2026-03",
            "1Q2025|Q1 2025-04-01..2025-06-30 fy2026-03",
            "FY25 1Q|Q1 2025-04-01..2025-06-30 fy2026-03",
            "FY25 Q2|Q2 2025-07-01..2025-09-30 fy2026-03",
            "FY25上期|H1 2025-04-01..2025-09-30 fy2026-03",
            "FY25 上期|H1 2025-04-01..2025-09-30 fy2026-03",
            "FY25 1H|H1 2025-04-01..2025-09-30 fy2026-03",
            "FY25 H1|H1 2025-04-01..2025-09-30 fy2026-03",
            "1H FY25|H1 2025-04-01..2025-09-30 fy2026-03",
            "上期FY23|H1 2023-04-01..2023-09-30 fy2024-03",
            "FY25下期|H2 2025-10-01..2026-03-31 fy2026-03",
            "FY25 2H|H2 2025-10-01..2026-03-31 fy2026-03",
            "2H FY25|H2 2025-10-01..2026-03-31 fy2026-03",
            "下期FY24|H2 2024-10-01..2025-03-31 fy2025-03",
            "FY25上半期|H1 2025-04-01..2025-09-30 fy2026-03",
            "FY25上期見通し|H1 2025-04-01..2025-09-30 fy2026-03",
            "FY25上期計画|H1 2025-04-01..2025-09-30 fy2026-03",
            // quarters of a Japanese year
            "2026年3月期 第1四半期|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2026年3月期第1四半期|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2026 年 3 月期 第 1 四半期|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2026年3月期 第2四半期|Q2 2025-07-01..2025-09-30 fy2026-03",
            "2026年3月期 第3四半期|Q3 2025-10-01..2025-12-31 fy2026-03",
            "2026年3月期 第4四半期|Q4 2026-01-01..2026-03-31 fy2026-03",
            "2026年3月期 第2四半期連結会計期間|Q2 2025-07-01..2025-09-30 fy2026-03",
            "2026年3月期 第1四半期累計|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2026年3月期 第2四半期累計|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 第2四半期(累計)|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 第2四半期（累計）|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 第2四半期連結累計期間|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 第3四半期累計|Q1-Q3 2025-04-01..2025-12-31 fy2026-03",
            "2026年3月期 第3四半期連結累計期間|Q1-Q3 2025-04-01..2025-12-31 fy2026-03",
            "2026年3月期 上期|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 上半期|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 中間期|H1 2025-04-01..2025-09-30 fy2026-03",
            "2026年3月期 下期|H2 2025-10-01..2026-03-31 fy2026-03",
            "2026年3月期 下半期|H2 2025-10-01..2026-03-31 fy2026-03",
            "26/3期 第1四半期|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2024年12月期 第1四半期|Q1 2024-01-01..2024-03-31 fy2024-12",
            // explicit ranges
            "2025年4月~2025年6月|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2025年4月～2025年6月|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2025年4月〜2025年6月|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2025年4月～6月|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2025年7月~9月|Q2 2025-07-01..2025-09-30 fy2026-03",
            "2025年10月~12月|Q3 2025-10-01..2025-12-31 fy2026-03",
            "2025年1月~3月|Q4 2025-01-01..2025-03-31 fy2025-03",
            "2024年10月~2025年3月|H2 2024-10-01..2025-03-31 fy2025-03",
            "2025年4月~9月|H1 2025-04-01..2025-09-30 fy2026-03",
            "2025年4月~12月|Q1-Q3 2025-04-01..2025-12-31 fy2026-03",
            "2025年4月1日から2025年6月30日まで|Q1 2025-04-01..2025-06-30 fy2026-03",
            "2025年4月1日~2025年9月30日|H1 2025-04-01..2025-09-30 fy2026-03",
            "自 2024年4月1日 至 2025年3月31日|FY 2024-04-01..2025-03-31 fy2025-03",
            "自2024年4月1日至2025年3月31日|FY 2024-04-01..2025-03-31 fy2025-03",
            "2024年1月~2024年12月|FY 2024-01-01..2024-12-31 fy2024-12",
            "令和6年4月1日から令和7年3月31日まで|FY 2024-04-01..2025-03-31 fy2025-03",
    })
    void parses(String text, String expected) {
        Optional<Period> p = march.parse(text);
        assertTrue(p.isPresent(), text);
        assertEquals(expected, show(p.get()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "", " ", "通期", "前期末", "前期", "当期", "上期", "第2四半期", "第2四半期累計", "中間期",
            "2024年", "2024年3月", "3月期", "2025年4月", "2024", "24", "FY", "Q1", "1Q", "FY24E5",
            "2020年3月期～2024年3月期", "FY24 FY25", "1Q24 2Q24", "24/3期 25/3期",
            "2025年4月~2025年5月", "2025年4月~2025年8月", "2025年5月~2025年7月", "2025年6月~2025年4月",
            "2025年4月15日~2025年6月30日", "2025年4月1日~2025年6月29日", "2025年2月~2025年4月",
            "2024年13月期", "2024年0月期", "24/13期", "2025年2月30日現在", "2025年3月31日", "5Q25", "0Q25",
            "2026年3月期 第5四半期", "2026年3月期 第1四半期累計末", "2024年3月期の売上高", "売上高",
            "2024年1月30日付", "2024/8/3", "20/40", "BizX 20/40", "FY25 3H", "FY24 1Q25",
            "令和0年3月期", "2024年3月期 四半期", "2026年3月期 累計", "上期FY23下期",
            "3Q25累計", "FY25 第1四半期", "24/3期 上期下期", "FY24~FY25", "2024年3月期 第2四半期 累計末", "下期FY24上期FY23下期",
    })
    void rejects(String text) {
        assertEquals(Optional.empty(), march.parse(text), text);
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), march.parse(null));
    }

    @ParameterizedTest(name = "[{index}] {0} in {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "通期|2026-03|FY 2025-04-01..2026-03-31 fy2026-03",
            "第1四半期|2026-03|Q1 2025-04-01..2025-06-30 fy2026-03",
            "第 2 四半期|2026-03|Q2 2025-07-01..2025-09-30 fy2026-03",
            "第2四半期累計|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "第2四半期(累計)|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "第2四半期連結累計期間|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "第3四半期累計|2026-03|Q1-Q3 2025-04-01..2025-12-31 fy2026-03",
            "第3四半期|2026-03|Q3 2025-10-01..2025-12-31 fy2026-03",
            "第4四半期|2026-03|Q4 2026-01-01..2026-03-31 fy2026-03",
            "上期|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "上半期|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "中間期|2026-03|H1 2025-04-01..2025-09-30 fy2026-03",
            "下期|2026-03|H2 2025-10-01..2026-03-31 fy2026-03",
            "下半期|2026-03|H2 2025-10-01..2026-03-31 fy2026-03",
            "通期|2024-12|FY 2024-01-01..2024-12-31 fy2024-12",
            "上期|2024-12|H1 2024-01-01..2024-06-30 fy2024-12",
            "第1四半期末|2026-03|instant 2025-06-30 fy2026-03",
            "通期 実績|2026-03|FY 2025-04-01..2026-03-31 fy2026-03",
            // a year in the text wins over the context
            "2024年3月期|2026-03|FY 2023-04-01..2024-03-31 fy2024-03",
            "2024年3月期 第1四半期|2026-03|Q1 2023-04-01..2023-06-30 fy2024-03",
            "FY24上期|2026-03|H1 2024-04-01..2024-09-30 fy2025-03",
    })
    void parsesWithContext(String text, String ctx, String expected) {
        assertEquals(expected, show(march.parse(text, YearMonth.parse(ctx)).orElseThrow()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"前期末", "前期", "第5四半期", "通期 通期", "上期 下期", "第2四半期累計末"})
    void rejectsWithContext(String text) {
        assertEquals(Optional.empty(), march.parse(text, YearMonth.of(2026, 3)), text);
    }

    private static String showAll(List<PeriodMatch> ms) {
        return ms.stream().map(m -> m.text() + "=" + m.period().span().json() + ":" + m.period().end())
                .collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "20/3期 21/3期 22/3期 23/3期 24/3期|20/3期=FY:2020-03-31 21/3期=FY:2021-03-31 22/3期=FY:2022-03-31 23/3期=FY:2023-03-31 24/3期=FY:2024-03-31",
            "20/3 期 21/3 期 22/3 期|20/3期=FY:2020-03-31 21/3期=FY:2021-03-31 22/3期=FY:2022-03-31",
            "20/3 期末 21/3 期末 増減|20/3期末=instant:2020-03-31 21/3期末=instant:2021-03-31",
            "1Q24 2Q24 3Q24 4Q24 1Q25|1Q24=Q1:2024-06-30 2Q24=Q2:2024-09-30 3Q24=Q3:2024-12-31 4Q24=Q4:2025-03-31 1Q25=Q1:2025-06-30",
            "1Q254Q243Q24|1Q25=Q1:2025-06-30 4Q24=Q4:2025-03-31 3Q24=Q3:2024-12-31",
            "1Q25末4Q24末3Q24末|1Q25末=instant:2025-06-30 4Q24末=instant:2025-03-31 3Q24末=instant:2024-12-31",
            "FY24実績 FY25計画|FY24=FY:2025-03-31 FY25=FY:2026-03-31",
            "2020年3月期～2024年3月期|2020年3月期=FY:2020-03-31 2024年3月期=FY:2024-03-31",
            "FY25 1Q (3ヶ月)FY24 下期FY24上期FY23下期FY23上期|FY25 1Q=Q1:2025-06-30 FY24 下期=H2:2025-03-31 FY24上期=H1:2024-09-30 FY23下期=H2:2024-03-31 FY23上期=H1:2023-09-30",
            "上期FY23下期FY23|上期FY23=H1:2023-09-30 下期FY23=H2:2024-03-31",
            "1Q25実績 1Q24実績 YoY|1Q25=Q1:2025-06-30 1Q24=Q1:2024-06-30",
            "2025年4月～2025年6月 2024年4月～2024年6月|2025年4月~2025年6月=Q1:2025-06-30 2024年4月~2024年6月=Q1:2024-06-30",
            "2023年3月期末比 2024年3月期末|2023年3月期末=instant:2023-03-31 2024年3月期末=instant:2024-03-31",
            "売上高 6,466|''",
            "2026年3月期 第5四半期 FY24|FY24=FY:2025-03-31",
    })
    void findsAllPeriodsInALine(String line, String expected) {
        assertEquals(expected, showAll(march.findAll(line)));
    }

    @Test
    void findAllGivesOffsetsIntoTheFoldedLine() {
        List<PeriodMatch> ms = march.findAll("FY24実績 FY25計画");
        assertEquals(2, ms.size());
        assertEquals(0, ms.get(0).start());
        assertEquals(4, ms.get(0).end());
        assertEquals(7, ms.get(1).start());
        assertEquals(11, ms.get(1).end());
    }

    @Test
    void findAllUsesContextForYearlessForms() {
        assertEquals("上期=H1:2025-09-30 下期=H2:2026-03-31 通期=FY:2026-03-31",
                showAll(march.findAll("上期 下期 通期", YearMonth.of(2026, 3))));
        assertEquals("", showAll(march.findAll("上期 下期 通期")));
    }

    @ParameterizedTest(name = "[{index}] {0} end month {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            "2024-03-31|3|2024-03",
            "2024-04-01|3|2025-03",
            "2024-01-15|3|2024-03",
            "2024-12-31|3|2025-03",
            "2024-12-31|12|2024-12",
            "2024-01-01|12|2024-12",
            "2024-06-30|6|2024-06",
            "2024-07-01|6|2025-06",
            "2024-02-29|1|2025-01",
    })
    void fiscalYearEndOfADate(String date, int month, String expected) {
        assertEquals(YearMonth.parse(expected), PeriodParser.fiscalYearEnd(LocalDate.parse(date), month));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "FY24|FY 2024-01-01..2024-12-31 fy2024-12",
            "1Q24|Q1 2024-01-01..2024-03-31 fy2024-12",
            "4Q24|Q4 2024-10-01..2024-12-31 fy2024-12",
            "FY24上期|H1 2024-01-01..2024-06-30 fy2024-12",
            "2024年12月期|FY 2024-01-01..2024-12-31 fy2024-12",
            "2025年3月末|instant 2025-03-31 fy2025-12",
            "2024年7月~9月|Q3 2024-07-01..2024-09-30 fy2024-12",
    })
    void decemberYearEndLabelsTheSameYearEitherWay(String text, String expected) {
        PeriodParser start = new PeriodParser(new FiscalCalendar(12, FiscalCalendar.FyLabel.START_YEAR));
        PeriodParser end = new PeriodParser(new FiscalCalendar(12, FiscalCalendar.FyLabel.END_YEAR));
        assertEquals(expected, show(start.parse(text).orElseThrow()));
        assertEquals(expected, show(end.parse(text).orElseThrow()));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "FY24|FY 2023-04-01..2024-03-31 fy2024-03",
            "1Q24|Q1 2023-04-01..2023-06-30 fy2024-03",
            "4Q24末|instant 2024-03-31 fy2024-03",
            "FY24下期|H2 2023-10-01..2024-03-31 fy2024-03",
            "2024年3月期|FY 2023-04-01..2024-03-31 fy2024-03",
    })
    void endYearLabels(String text, String expected) {
        PeriodParser p = new PeriodParser(new FiscalCalendar(3, FiscalCalendar.FyLabel.END_YEAR));
        assertEquals(expected, show(p.parse(text).orElseThrow()));
    }

    @Test
    void aNendoIsTheFiscalYearThatBeginsInItsYear() {
        assertEquals("FY 2025-04-01..2026-03-31 fy2026-03", show(march.parse("2025年度").orElseThrow()));
        assertEquals("FY 2025-04-01..2026-03-31 fy2026-03", show(march.parse("令和7年度").orElseThrow()));
        assertEquals("Q1-Q3 2025-04-01..2025-12-31 fy2026-03", show(march.parse("2025年度 3Q累計").orElseThrow()));
        assertEquals("Q3 2025-10-01..2025-12-31 fy2026-03", show(march.parse("2025年度3Q").orElseThrow()));
        assertEquals("H1 2025-04-01..2025-09-30 fy2026-03", show(march.parse("2025年度上期").orElseThrow()));
        assertEquals("Q1-Q3 2025-04-01..2025-12-31 fy2026-03",
                show(march.parse("2025年度第3四半期累計").orElseThrow()));
        PeriodParser feb = new PeriodParser(new FiscalCalendar(2, FiscalCalendar.FyLabel.START_YEAR));
        assertEquals("FY 2025-03-01..2026-02-28 fy2026-02", show(feb.parse("2025年度").orElseThrow()));
        PeriodParser dec = new PeriodParser(new FiscalCalendar(12, FiscalCalendar.FyLabel.END_YEAR));
        assertEquals("FY 2025-01-01..2025-12-31 fy2025-12", show(dec.parse("2025年度").orElseThrow()));
        // a September year: whether 2025年度 ends in 2025 or 2026 is not settled, so it is not read
        PeriodParser sep = new PeriodParser(new FiscalCalendar(9, FiscalCalendar.FyLabel.END_YEAR));
        assertEquals(Optional.empty(), sep.parse("2025年度"));
        assertEquals(Optional.empty(), march.parse("25年度")); // two digits: too easily a count
    }

    @Test
    void aQuarterToDateAfterTheFiscalYearLabel() {
        PeriodParser iij = new PeriodParser(new FiscalCalendar(3, FiscalCalendar.FyLabel.START_YEAR));
        assertEquals("Q1-Q3 2025-04-01..2025-12-31 fy2026-03", show(iij.parse("FY2025 3Q累計").orElseThrow()));
        assertEquals("Q3 2025-10-01..2025-12-31 fy2026-03", show(iij.parse("FY2025 3Q").orElseThrow()));
        assertEquals("H1 2024-04-01..2024-09-30 fy2025-03", show(march.parse("25/3期2Q累計").orElseThrow()));
    }

    @Test
    void textMonthBeatsCalendarMonth() {
        assertEquals("FY 2023-02-01..2024-01-31 fy2024-01", show(march.parse("2024年1月期").orElseThrow()));
        PeriodParser dec = new PeriodParser(new FiscalCalendar(12, FiscalCalendar.FyLabel.START_YEAR));
        assertEquals("FY 2023-04-01..2024-03-31 fy2024-03", show(dec.parse("2024年3月期").orElseThrow()));
    }

    @Test
    void calendarValidatesItsMonth() {
        assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(0, FiscalCalendar.FyLabel.START_YEAR));
        assertThrows(IllegalArgumentException.class, () -> new FiscalCalendar(13, FiscalCalendar.FyLabel.START_YEAR));
        assertEquals(new FiscalCalendar(3, FiscalCalendar.FyLabel.START_YEAR), FiscalCalendar.march());
    }

    @ParameterizedTest(name = "[{index}] FY{0} -> {1}")
    @CsvSource(delimiter = '|', value = {"2024|2025-03", "2025|2026-03", "1999|2000-03"})
    void marchLabelsNameTheStartYear(int label, String fyEnd) {
        assertEquals(YearMonth.parse(fyEnd), FiscalCalendar.march().fiscalYearEndOfLabel(label));
    }

    @Test
    void spanOfQ1Q3IsNineMonths() {
        Period p = march.parse("2026年3月期 第3四半期累計").orElseThrow();
        assertEquals(Span.Q1_Q3, p.span());
        assertEquals(LocalDate.of(2025, 4, 1), p.start());
    }

    // ---- two-digit years as the document dates them ----

    private static PeriodParser dated(int fyEndMonth, java.util.Set<TwoDigitYears.Era> eras, Integer year) {
        return new PeriodParser(new FiscalCalendar(fyEndMonth, FiscalCalendar.FyLabel.START_YEAR),
                TwoDigitYears.of(eras, year));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // a 短信 published 平成26年2月14日 under the title 平成25年12月期
            "25年12月期|FY 2013-01-01..2013-12-31 fy2013-12",
            "24年12月期|FY 2012-01-01..2012-12-31 fy2012-12",
            "26年12月期|FY 2014-01-01..2014-12-31 fy2014-12",
            "平成25年12月期|FY 2013-01-01..2013-12-31 fy2013-12",
            "25年12月期第2四半期|Q2 2013-04-01..2013-06-30 fy2013-12",
            "平成25年1月1日~平成25年12月31日|FY 2013-01-01..2013-12-31 fy2013-12",
            "25年12月31日現在|instant 2013-12-31 fy2013-12",
            // Latin labels stay western
            "FY13|FY 2013-01-01..2013-12-31 fy2013-12",
    })
    void heiseiDocument(String text, String expected) {
        PeriodParser p = dated(12, java.util.EnumSet.of(TwoDigitYears.Era.HEISEI), 2014);
        assertEquals(expected, p.parse(text).map(PeriodParserTest::show).orElse("none"));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "令和元年12月期|FY 2019-01-01..2019-12-31 fy2019-12",
            "令和2年3月期|FY 2019-04-01..2020-03-31 fy2020-03",
            "令和 2 年 3 月期|FY 2019-04-01..2020-03-31 fy2020-03",
            // under a 令和 title that also dates by 平成: each two-digit year in the era near the document's year
            "31年3月期|FY 2018-04-01..2019-03-31 fy2019-03",
    })
    void reiwaDocument(String text, String expected) {
        PeriodParser p = dated(3, java.util.EnumSet.of(TwoDigitYears.Era.HEISEI, TwoDigitYears.Era.REIWA), 2020);
        assertEquals(expected, p.parse(text).map(PeriodParserTest::show).orElse("none"));
    }

    @Test
    void westernDocumentKeepsFiscoSlashYears() {
        PeriodParser p = dated(3, java.util.Set.of(), 2024);
        assertEquals("FY 2023-04-01..2024-03-31 fy2024-03", p.parse("24/3期").map(PeriodParserTest::show).orElse("none"));
        assertEquals("FY 2023-04-01..2024-03-31 fy2024-03", p.parse("24年3月期").map(PeriodParserTest::show).orElse("none"));
        assertTrue(p.twoDigitYears().refused().isEmpty());
    }

    @Test
    void aTwoDigitYearNothingDatesIsNotRead() {
        // no era and no year in full: 「25年12月期」 may be 平成25 or 2025
        PeriodParser p = dated(12, java.util.Set.of(), null);
        assertEquals(Optional.empty(), p.parse("25年12月期"));
        assertEquals(List.of("25年"), p.twoDigitYears().refused());
        // a slash form is a western abbreviation when no era is stated
        assertEquals("FY 2024-01-01..2024-12-31 fy2024-12", p.parse("24/12期").map(PeriodParserTest::show).orElse("none"));
    }

    @Test
    void aTwoDigitYearIsReadInTheEraNearTheDocument() {
        // a 平成 document of 2014: 「14/3期」 could be 2014 or 平成14 (2002); only one falls near 2014
        PeriodParser p = dated(3, java.util.EnumSet.of(TwoDigitYears.Era.HEISEI), 2014);
        assertEquals("FY 2013-04-01..2014-03-31 fy2014-03", p.parse("14/3期").map(PeriodParserTest::show).orElse("none"));
        assertEquals("FY 2012-04-01..2013-03-31 fy2013-03", p.parse("25/3期").map(PeriodParserTest::show).orElse("none"));
        // of 2019 and 平成19 (2007), only 2007 is near a 2013 document
        PeriodParser q = dated(3, java.util.EnumSet.of(TwoDigitYears.Era.HEISEI, TwoDigitYears.Era.SHOWA), 2013);
        assertEquals("FY 2006-04-01..2007-03-31 fy2007-03", q.parse("19年3月期").map(PeriodParserTest::show).orElse("none"));
        // neither 2005 nor 平成5 (1993) is near 2014: not read
        assertEquals(Optional.empty(), p.parse("05年3月期"));
        assertEquals(List.of("05年"), p.twoDigitYears().refused());
        // 平成 has no year 40: only 2040 can be meant (a 短信 then drops it as years away, see PeriodBounds)
        assertEquals("FY 2039-04-01..2040-03-31 fy2040-03", p.parse("40年3月期").map(PeriodParserTest::show).orElse("none"));
    }

    // ---- fiscal months that end on the 20th ----

    private final PeriodParser twentieth = new PeriodParser(new FiscalCalendar(12, FiscalCalendar.FyLabel.START_YEAR, 20));

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "2022年12月期|FY 2021-12-21..2022-12-20 fy2022-12",
            "2022年12月期末|instant 2022-12-20 fy2022-12",
            "2023年12月期第1四半期|Q1 2022-12-21..2023-03-20 fy2023-12",
            "2023年12月期第2四半期累計|H1 2022-12-21..2023-06-20 fy2023-12",
            "2023年12月期上期|H1 2022-12-21..2023-06-20 fy2023-12",
            "2021年12月21日~2022年12月20日|FY 2021-12-21..2022-12-20 fy2022-12",
            "自 2022年12月21日 至 2023年3月20日|Q1 2022-12-21..2023-03-20 fy2023-12",
            "2022年12月20日現在|instant 2022-12-20 fy2022-12",
            // a date after the 20th is already in the next fiscal year
            "2022年12月25日現在|instant 2022-12-25 fy2023-12",
            // calendar-month ranges do not line up with its months
            "2022年1月1日~2022年12月31日|none",
    })
    void twentiethDayCalendar(String text, String expected) {
        assertEquals(expected, twentieth.parse(text).map(PeriodParserTest::show).orElse("none"));
    }

    @Test
    void twentiethDayCalendarMonths() {
        FiscalCalendar c = new FiscalCalendar(12, FiscalCalendar.FyLabel.START_YEAR, 20);
        assertEquals(LocalDate.of(2023, 2, 20), c.monthEnd(YearMonth.of(2023, 2)));
        assertEquals(LocalDate.of(2023, 1, 21), c.monthStart(YearMonth.of(2023, 2)));
        assertEquals(YearMonth.of(2023, 12), c.fiscalYearEndOf(LocalDate.of(2022, 12, 21)));
        assertEquals(YearMonth.of(2022, 12), c.fiscalYearEndOf(LocalDate.of(2022, 12, 20)));
        // a month-end calendar is the one every Period factory assumes
        assertEquals(Period.fiscalYear(YearMonth.of(2024, 3)), FiscalCalendar.march().fiscalYear(YearMonth.of(2024, 3)));
    }
}
