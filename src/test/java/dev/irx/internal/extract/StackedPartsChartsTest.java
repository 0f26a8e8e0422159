package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Metric;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.FilledBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two charts side by side on one slide (invented company, names and figures), as decks show a class of deals they
 * define in a note: at the left single bars of what was won, at the right stacked bars of the year's revenue in two
 * parts, each part printed inside its piece and no total printed. The parts are read only when colour, legend and
 * stack order all place them; otherwise the chart is reported, never guessed.
 */
class StackedPartsChartsTest {

    private static final int DARK = 0x2e5cb8, LIGHT = 0x9db7e3, GREY = 0x999999;
    private static final float LEFT_FY23 = 100, LEFT_FY24 = 230, RIGHT_FY23 = 475, RIGHT_FY24 = 605;
    private static final String NOTE = "重点案件：5億円以上の複数年案件。右はFY22以降に獲得した重点案件の年度売上";

    /** A line of words, each {@code x, text}, nine points high at {@code y}. */
    private static Line line(float y, Object... xText) {
        return PositionedLines.line(y, 9, xText);
    }

    /** A label centred on {@code cx}. */
    private static Line label(float y, float cx, String text) { return line(y, cx - 4.5f * text.length(), text); }

    private static Page page(int n, List<Line> lines, List<FilledBox> fills) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort((a, b) -> Float.compare(a.box().y0(), b.box().y0()));
        return new Page(n, 800, 450, sorted, fills);
    }

    private static FilledBox fill(float cx, float y0, float y1, int rgb) {
        return new FilledBox(new BoundingBox(cx - 32, y0, cx + 32, y1), rgb);
    }

    private static Page cover() {
        return page(1, List.of(line(40, 20, "テスト通信株式会社"), line(60, 20, "2025年3月期 決算説明資料")), List.of());
    }

    /**
     * The slide. {@code monthlyFy24} is where FY24's lower label stands ({@code y}); the legend lists 初期 then 継続
     * from {@code legendTop} down (swapped when {@code swapped}).
     */
    private static Page slide(String note, float monthlyFy24, boolean swapped, int fy23TopColour) {
        List<FilledBox> fills = new ArrayList<>(List.of(
                fill(LEFT_FY23, 160, 328, DARK), fill(LEFT_FY24, 103, 328, DARK),
                fill(RIGHT_FY23, 289, 328, LIGHT), fill(RIGHT_FY23, 222, 289, fy23TopColour),
                fill(RIGHT_FY24, 243, 328, LIGHT), fill(RIGHT_FY24, 118, 243, DARK),
                new FilledBox(new BoundingBox(672, 106, 680, 114), swapped ? LIGHT : DARK),
                new FilledBox(new BoundingBox(672, 123, 680, 131), swapped ? DARK : LIGHT)));
        List<Line> lines = new ArrayList<>(List.of(
                line(20, 30, "重点案件の獲得と売上計上"), line(22, 714, "単位：億円"),
                line(63, 37, "重点案件の獲得推移（獲得総額）", 411, "重点案件の年度売上推移"),
                label(88, LEFT_FY24, "約450億円"), line(105, 684, "初期"), line(122, 684, "継続"),
                label(144, LEFT_FY23, "約338億円"), label(175, RIGHT_FY24, "約100億円"),
                label(250, RIGHT_FY23, "約54億円"), label(monthlyFy24, RIGHT_FY24, "約68億円"),
                label(303, RIGHT_FY23, "約31億円"),
                line(334, LEFT_FY23 - 18, "FY23", LEFT_FY24 - 18, "FY24", RIGHT_FY23 - 18, "FY23", RIGHT_FY24 - 18, "FY24")));
        if (note != null) lines.add(line(389, 36, note));
        return page(2, lines, fills);
    }

    private static Extractor.Extraction run(Page... pages) {
        List<Page> deck = new ArrayList<>();
        for (Page p : pages) deck.add(new Page(deck.size() + 1, p.width(), p.height(), p.lines(), p.fills()));
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("deck.pdf", "0".repeat(64), "application/pdf", null, null, deck));
    }

    private static String value(Extractor.Extraction ex, Metric metric, String segment, String end) {
        return ex.facts().stream().filter(f -> f.metric() == metric && Objects.equals(f.segment(), segment)
                        && f.period().end().toString().equals(end) && f.basis() == Basis.ACTUAL)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    private static List<Fact> revenue(Extractor.Extraction ex) {
        return ex.facts().stream().filter(f -> f.page() == 2 && f.metric() == Metric.REVENUE).toList();
    }

    @Test
    void eachChartReadsItsOwnHeadingAndTheStackedPartsTheirPiecesColours() {
        Extractor.Extraction ex = run(cover(), slide(NOTE, 280, false, DARK));
        assertEquals("33800000000", value(ex, Metric.ORDERS_RECEIVED, "重点案件", "2024-03-31"));
        assertEquals("45000000000", value(ex, Metric.ORDERS_RECEIVED, "重点案件", "2025-03-31"));
        assertEquals("5400000000", value(ex, Metric.REVENUE, "重点案件/初期", "2024-03-31"));
        assertEquals("3100000000", value(ex, Metric.REVENUE, "重点案件/継続", "2024-03-31"));
        assertEquals("10000000000", value(ex, Metric.REVENUE, "重点案件/初期", "2025-03-31"));
        assertEquals("6800000000", value(ex, Metric.REVENUE, "重点案件/継続", "2025-03-31"));
        assertEquals(4, revenue(ex).size(), "no total is made up: " + revenue(ex));
        assertTrue(ex.facts().stream().filter(f -> f.page() == 2).allMatch(Fact::approximate));
    }

    @Test
    void aClassOfDealsTheDeckNeverDefinedIsNoSegment() {
        Extractor.Extraction ex = run(cover(), slide(null, 280, false, DARK));
        assertTrue(ex.facts().stream().noneMatch(f -> f.page() == 2), ex.facts().toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.startsWith("p.2:") && w.contains("no known metric")),
                ex.warnings().toString());
    }

    @Test
    void aNoteThatDefinesNoKindOfDealMakesNoSegment() {
        Extractor.Extraction ex = run(cover(), slide("重点案件：振る舞い検知の強化", 280, false, DARK));
        assertTrue(ex.facts().stream().noneMatch(f -> f.page() == 2), ex.facts().toString());
    }

    @Test
    void aPartOutsideItsPieceLeavesTheStackedChartUnread() {
        // FY24's lower label drawn over the bar, where a total would stand: nothing ties it to a series.
        Extractor.Extraction ex = run(cover(), slide(NOTE, 100, false, DARK));
        assertTrue(revenue(ex).isEmpty(), revenue(ex).toString());
        assertTrue(ex.warnings().stream().anyMatch(w -> w.startsWith("p.2:") && w.contains("do not add up")),
                ex.warnings().toString());
        assertEquals("45000000000", value(ex, Metric.ORDERS_RECEIVED, "重点案件", "2025-03-31"));
    }

    @Test
    void aLegendListingTheSeriesAgainstTheStacksOrderLeavesItUnread() {
        Extractor.Extraction ex = run(cover(), slide(NOTE, 280, true, DARK));
        assertTrue(revenue(ex).isEmpty(), revenue(ex).toString());
    }

    @Test
    void aPieceOfAColourTheLegendDoesNotNameLeavesItUnread() {
        Extractor.Extraction ex = run(cover(), slide(NOTE, 280, false, GREY));
        assertTrue(revenue(ex).isEmpty(), revenue(ex).toString());
    }
}
