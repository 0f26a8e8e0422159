package dev.irx.internal.extract;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Dividends per share stated in prose, on reports written for this test (invented figures), published on
 * 2026-02-02: a year ending 2026-03 or later is a forecast, earlier ones are actuals.
 */
class DividendProseTest {

    private static final String HEADER = """
            COMPANY RESEARCH AND ANALYSIS REPORT
            2026年2月2日(月) テスト工業
            9999 東証プライム市場
            █株主還元
            """;

    /** A company that pays an interim and a year-end dividend. */
    private static final Extractor.Extraction TWICE = PlainText.extract(HEADER + """
            同社は安定的な配当の継続を基本方針としている。
            2025年3月期の1株当たり年間配当金は前期比10.0%増の33.00円(中間16.50円、期末16.50円)で、連結配当性向は30.5%であった。
            2026年3月期の1株当たり年間配当金は、前期から3.00円増の36.00円を予定する。
            2024年3月期は前期から2.00円の減配となる30.00円とした。
            2027年3月期は2026年3月期と比べ4.00円増の40.00円を見込む。予想配当性向は32.0%となる。
            配当利回りは株価980円に対して3.7%である。
            2025年3月期の期末配当金は17.00円を予定していた。
            """);

    /** A company that pays once a year, at the year end. */
    private static final Extractor.Extraction ONCE = PlainText.extract(HEADER + """
            同社は年1回の期末配当を基本方針としている。
            2025年3月期に初めての配当(株式分割を反映した数値で期末25.00円)を実施した。
            2026年3月期も同額の年間25.00円を予定している。予想配当性向は20.0%となる。
            """);

    /** A paragraph that names the year-end dividend, then states an amount without saying whose. */
    private static final Extractor.Extraction HALVES = PlainText.extract(HEADER + """
            2025年3月期の期末配当金は16.50円とした。2026年3月期は17.00円を予定する。
            """);

    private static String dividend(Extractor.Extraction ex, Measure measure, String start, String end, Basis basis) {
        return ex.facts().stream().filter(f -> f.metric() == Metric.DIVIDEND_PER_SHARE && f.measure() == measure
                        && f.period().start().toString().equals(start) && f.period().end().toString().equals(end)
                        && f.basis() == basis)
                .map(f -> f.value().toPlainString() + " " + f.unit()).findFirst().orElse("missing");
    }

    @Test
    void theYearAndItsHalvesWithTheChange() {
        assertEquals("33.00 JPY/share", dividend(TWICE, Measure.VALUE, "2024-04-01", "2025-03-31", Basis.ACTUAL));
        assertEquals("10.0 %", dividend(TWICE, Measure.YOY_PCT, "2024-04-01", "2025-03-31", Basis.ACTUAL));
        assertEquals("16.50 JPY/share", dividend(TWICE, Measure.VALUE, "2024-04-01", "2024-09-30", Basis.ACTUAL));
        assertEquals("16.50 JPY/share", dividend(TWICE, Measure.VALUE, "2024-10-01", "2025-03-31", Basis.ACTUAL));
    }

    @Test
    void aYearNotOverOnThePublicationDateIsAForecastAndAnIncreaseInYenIsTheChange() {
        assertEquals("36.00 JPY/share", dividend(TWICE, Measure.VALUE, "2025-04-01", "2026-03-31", Basis.FORECAST));
        assertEquals("3.00 JPY/share", dividend(TWICE, Measure.YOY_AMOUNT, "2025-04-01", "2026-03-31", Basis.FORECAST));
        assertEquals("missing", dividend(TWICE, Measure.VALUE, "2025-04-01", "2026-03-31", Basis.ACTUAL));
    }

    @Test
    void aCutIsNegative() {
        assertEquals("30.00 JPY/share", dividend(TWICE, Measure.VALUE, "2023-04-01", "2024-03-31", Basis.ACTUAL));
        assertEquals("-2.00 JPY/share", dividend(TWICE, Measure.YOY_AMOUNT, "2023-04-01", "2024-03-31", Basis.ACTUAL));
    }

    @Test
    void aYearNamedAsTheComparisonIsNotTheYearOfTheAmount() {
        assertEquals("40.00 JPY/share", dividend(TWICE, Measure.VALUE, "2026-04-01", "2027-03-31", Basis.FORECAST));
        assertEquals("4.00 JPY/share", dividend(TWICE, Measure.YOY_AMOUNT, "2026-04-01", "2027-03-31", Basis.FORECAST));
        assertTrue(TWICE.facts().stream().noneMatch(f -> f.metric() == Metric.DIVIDEND_PER_SHARE
                && f.period().end().toString().equals("2026-03-31") && f.value().toPlainString().startsWith("40")));
    }

    @Test
    void thePayoutRatioOfTheNextSentenceIsForTheYearJustNamed() {
        Fact payout = TWICE.facts().stream().filter(f -> f.metric() == Metric.PAYOUT_RATIO
                && f.value().toPlainString().equals("32.0")).findFirst().orElseThrow();
        assertEquals("2027-03-31", payout.period().end().toString());
        assertEquals(Basis.FORECAST, payout.basis());
    }

    @Test
    void aSharePriceIsNotADividendAndAPastYearWordedAsAPlanIsNotRead() {
        assertTrue(TWICE.facts().stream().noneMatch(f -> f.value().toPlainString().equals("980")
                || f.value().toPlainString().equals("17.00")), TWICE.facts().toString());
        assertTrue(TWICE.warnings().stream().anyMatch(w -> w.contains("17.00円") && w.contains("plan")),
                TWICE.warnings().toString());
    }

    @Test
    void anAmountThatDoesNotSayItsPartOfTheYearAfterAHalfWasNamedIsNotRead() {
        assertEquals("16.50 JPY/share", dividend(HALVES, Measure.VALUE, "2024-10-01", "2025-03-31", Basis.ACTUAL));
        assertTrue(HALVES.facts().stream().noneMatch(f -> f.value().toPlainString().equals("17.00")),
                HALVES.facts().toString());
        assertTrue(HALVES.warnings().stream().anyMatch(w -> w.contains("17.00円") && w.contains("part of the year")),
                HALVES.warnings().toString());
    }

    @Test
    void aYearEndDividendOfACompanyThatPaysOnceAYearIsTheYears() {
        assertEquals("25.00 JPY/share", dividend(ONCE, Measure.VALUE, "2024-04-01", "2025-03-31", Basis.ACTUAL));
        assertEquals("missing", dividend(ONCE, Measure.VALUE, "2024-10-01", "2025-03-31", Basis.ACTUAL));
        assertEquals("25.00 JPY/share", dividend(ONCE, Measure.VALUE, "2025-04-01", "2026-03-31", Basis.FORECAST));
        Fact payout = ONCE.facts().stream().filter(f -> f.metric() == Metric.PAYOUT_RATIO).findFirst().orElseThrow();
        assertEquals("2026-03-31", payout.period().end().toString());
    }
}
