package dev.irx.internal.extract.chart;

import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.FilledBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.Word;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * One stacked bar drawn as the decks draw it: a dark segment under a light one, each label inside its segment,
 * the total above, a swatch legend at the right. The series are told only when every colour has one name.
 */
class SeriesByColourTest {

    private static final int DARK = 0x2e5cb8, LIGHT = 0x9db7e3;
    private static final BoundingBox AREA = new BoundingBox(0, 0, 400, 300);

    private static Word word(String text, float x0, float y0, float x1, float y1) {
        return new Word(text, new BoundingBox(x0, y0, x1, y1), 9f, null);
    }

    private static final Word TOTAL = word("72,016", 30, 100, 90, 110);
    private static final Word IN_DARK = word("39,058", 45, 180, 75, 189);
    private static final Word IN_LIGHT = word("32,243", 45, 280, 75, 289);

    private static Page page(List<FilledBox> legend, List<Word> legendNames) {
        List<FilledBox> fills = new ArrayList<>(List.of(
                new FilledBox(new BoundingBox(40, 240, 80, 340), LIGHT),
                new FilledBox(new BoundingBox(40, 120, 80, 240), DARK)));
        fills.addAll(legend);
        List<Line> lines = new ArrayList<>();
        for (Word w : List.of(TOTAL, IN_DARK, IN_LIGHT)) lines.add(new Line(List.of(w), w.box(), 0));
        for (Word w : legendNames) lines.add(new Line(List.of(w), w.box(), 0));
        return new Page(1, 400, 300, lines, fills);
    }

    private static FilledBox swatch(int rgb, float y) { return new FilledBox(new BoundingBox(200, y, 208, y + 8), rgb); }

    @Test
    void eachPartIsTheSeriesItsSegmentsColourIsNamedBy() {
        Page p = page(List.of(swatch(DARK, 80), swatch(LIGHT, 100)),
                List.of(word("ネットワークサービス", 212, 80, 300, 88), word("システムインテグレーション", 212, 100, 320, 108)));
        assertEquals(Optional.of(List.of("ネットワークサービス", "システムインテグレーション")),
                new SeriesByColour(p, AREA).assign(TOTAL, List.of(IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aColourNamedTwiceTellsNothing() {
        Page p = page(List.of(swatch(DARK, 80), swatch(LIGHT, 100), swatch(DARK, 120)),
                List.of(word("ネットワークサービス", 212, 80, 300, 88), word("システムインテグレーション", 212, 100, 320, 108),
                        word("ATM運営事業", 212, 120, 260, 128)));
        assertEquals(Optional.empty(), new SeriesByColour(p, AREA).assign(TOTAL, List.of(IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aLegendOutsideTheChartsAreaIsAnotherChartsAndNamesNothing() {
        Page p = page(List.of(swatch(DARK, 80), swatch(LIGHT, 100)),
                List.of(word("ネットワークサービス", 212, 80, 300, 88), word("システムインテグレーション", 212, 100, 320, 108)));
        assertEquals(Optional.empty(), new SeriesByColour(p, new BoundingBox(0, 0, 150, 300))
                .assign(TOTAL, List.of(IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aPartOutsideEverySegmentTellsNothing() {
        Page p = page(List.of(swatch(DARK, 80), swatch(LIGHT, 100)),
                List.of(word("ネットワークサービス", 212, 80, 300, 88), word("システムインテグレーション", 212, 100, 320, 108)));
        Word stray = word("715", 20, 360, 35, 369);
        assertEquals(Optional.empty(), new SeriesByColour(p, AREA).assign(TOTAL, List.of(IN_DARK, stray), 0, 100));
    }

    // Bars that print only their parts, no total: every label must lie inside its own piece.

    private static Page columnLegend(int first, int second) {
        return page(List.of(swatch(first, 80), swatch(second, 100)),
                List.of(word("一時", 212, 80, 230, 88), word("月額", 212, 100, 230, 108)));
    }

    @Test
    void partsInsideTheirPiecesAreTheSeriesTheirColoursAreNamedBy() {
        assertEquals(Optional.of(List.of("一時", "月額")),
                new SeriesByColour(columnLegend(DARK, LIGHT), AREA).stack(List.of(IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aLabelOverTheStackIsNoPart() {
        assertEquals(Optional.empty(),
                new SeriesByColour(columnLegend(DARK, LIGHT), AREA).stack(List.of(TOTAL, IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aLabelBesideAPieceIsNotPlacedWhenNoTotalTiesItToTheBar() {
        Word beside = word("32,243", 82, 280, 112, 289);
        assertEquals(Optional.empty(),
                new SeriesByColour(columnLegend(DARK, LIGHT), AREA).stack(List.of(IN_DARK, beside), 20, 120));
    }

    @Test
    void aSeriesOfTheLegendMissingFromTheBarLeavesItUntold() {
        assertEquals(Optional.empty(),
                new SeriesByColour(columnLegend(DARK, LIGHT), AREA).stack(List.of(IN_DARK), 20, 100));
    }

    @Test
    void aColumnLegendListsTheSeriesTopFirstAsTheyStack() {
        // The legend names the top (dark) piece second: colour and legend order disagree, nothing is told.
        Page p = page(List.of(swatch(LIGHT, 80), swatch(DARK, 100)),
                List.of(word("月額", 212, 80, 230, 88), word("一時", 212, 100, 230, 108)));
        assertEquals(Optional.empty(), new SeriesByColour(p, AREA).stack(List.of(IN_DARK, IN_LIGHT), 20, 100));
    }

    @Test
    void aRowLegendMayListTheSeriesFromTheBottomPieceUp() {
        Page p = page(List.of(new FilledBox(new BoundingBox(200, 80, 208, 88), LIGHT),
                        new FilledBox(new BoundingBox(260, 80, 268, 88), DARK)),
                List.of(word("月額", 212, 80, 230, 88), word("一時", 272, 80, 290, 88)));
        assertEquals(Optional.of(List.of("一時", "月額")),
                new SeriesByColour(p, AREA).stack(List.of(IN_DARK, IN_LIGHT), 20, 100));
    }
}
