package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A table that runs from the bottom of one page onto the next, past the running header. */
class TableAcrossPagesTest {

    private static final String HEADER = "COMPANY RESEARCH AND ANALYSIS REPORT\n2024年2月20日(火) テスト精機\n";

    private static List<Fact> facts(String... pages) {
        List<Page> ps = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            String text = HEADER + pages[i] + "\n" + (i + 1);
            ps.add(new Page(i + 1, 0, 0, Arrays.stream(text.split("\n")).map(Line::plain).toList()));
        }
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("t.txt", "0".repeat(64), "text/plain", null, null, ps)).facts();
    }

    private static String value(List<Fact> facts, Metric m, int fyEnd, int page) {
        return facts.stream().filter(f -> f.metric() == m && f.measure() == Measure.VALUE
                        && f.period().fiscalYearEnd().getYear() == fyEnd && f.page() == page)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void rowsOnTheNextPageBelongToTheOpenTable() {
        List<Fact> facts = facts("本文のみのページ。",
                "2023年12月期連結業績\n（単位：百万円）\n22/12期 23/12期\n売上高 8,000 9,000\n営業利益 1,000 800",
                "経常利益 1,010 790\n出所：テスト\n本文が続く。");
        assertEquals("9000000000", value(facts, Metric.REVENUE, 2023, 2));
        assertEquals("790000000", value(facts, Metric.ORDINARY_INCOME, 2023, 3));
        assertEquals("1010000000", value(facts, Metric.ORDINARY_INCOME, 2022, 3));
    }

    @Test
    void aRepeatedHeaderOnTheNextPageIsRead() {
        List<Fact> facts = facts("本文のみのページ。",
                "財務指標\n（単位：百万円）\n22/12期末 23/12期末\n資産合計 12,000 13,500",
                "22/12期末 23/12期末\n負債合計 6,000 6,400\n出所：テスト");
        assertEquals("6400000000", value(facts, Metric.TOTAL_LIABILITIES, 2023, 3));
    }

    @Test
    void aNewTableOnTheNextPageIsNotMistakenForACarryOn() {
        List<Fact> facts = facts("本文のみのページ。",
                "2023年12月期連結業績\n（単位：百万円）\n22/12期 23/12期\n売上高 8,000 9,000",
                "本文が始まる段落である。ここには表がない。\n営業利益 1 2 3");
        assertTrue(facts.stream().noneMatch(f -> f.metric() == Metric.OPERATING_INCOME), facts.toString());
    }
}
