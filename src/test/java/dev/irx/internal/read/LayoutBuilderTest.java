package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry rules on synthetic glyphs. */
class LayoutBuilderTest {

    /** Glyphs of {@code s} from x, full-width (1 em) for non-ASCII, half-width for ASCII. */
    static List<Glyph> run(String s, float x, float baseline, float size) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            float w = c < 0x80 ? size / 2 : size;
            out.add(new Glyph(String.valueOf(c), x, x + w, baseline, size, "F"));
            x += w;
        }
        return out;
    }

    /** One table row: cells at the given x positions. */
    static List<Glyph> row(float baseline, float size, Object... cellsAndX) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < cellsAndX.length; i += 2) {
            out.addAll(run((String) cellsAndX[i], ((Number) cellsAndX[i + 1]).floatValue(), baseline, size));
        }
        return out;
    }

    static List<String> texts(List<Line> lines) {
        return lines.stream().map(Line::text).toList();
    }

    static List<Line> build(List<Glyph> g) {
        return new LayoutBuilder().build(g);
    }

    @Test
    void wideGapsSplitWordsButTheRowStaysOneLine() {
        List<Line> lines = build(row(100, 10, "売上高", 50, "6,167", 200, "100.0%", 280, "6,466", 380));
        assertEquals(1, lines.size());
        assertEquals(List.of("売上高", "6,167", "100.0%", "6,466"),
                lines.get(0).words().stream().map(Word::text).toList());
    }

    @Test
    void glyphOrderInTheStreamDoesNotMatter() {
        List<Glyph> g = new ArrayList<>(row(100, 10, "売上高", 50, "6,167", 200));
        java.util.Collections.reverse(g);
        assertEquals(List.of("売上高 6,167"), texts(build(g)));
    }

    @Test
    void spaceGlyphAndSmallGapSplit() {
        List<Glyph> g = new ArrayList<>(run("Net", 50, 100, 10));
        g.add(new Glyph(" ", 65, 67.5f, 100, 10, "F"));
        g.addAll(run("sales", 67.5f, 100, 10));
        g.addAll(run("FY24", 96, 100, 10)); // 3.5 pt = 0.35 em after "sales" (ends at 92.5)
        assertEquals(List.of("Net", "sales", "FY24"), build(g).get(0).words().stream().map(Word::text).toList());
    }

    @Test
    void japaneseProseWithoutGapsIsOneWord() {
        assertEquals(List.of("売上高が前期比4.8%増の6,466百万円"),
                build(run("売上高が前期比4.8%増の6,466百万円", 50, 100, 10)).get(0).words().stream()
                        .map(Word::text).toList());
    }

    @Test
    void fakeBoldDoubleDrawingIsDropped() {
        List<Glyph> g = new ArrayList<>(run("合計", 50, 100, 10));
        g.addAll(run("合計", 50.3f, 100.1f, 10));
        List<Line> lines = build(g);
        assertEquals(List.of("合計"), texts(lines));
    }

    @Test
    void linesOfAWrappedTextBoxAreNotInterleaved() {
        // 1.3 em line pitch, and glyph boxes from the font's full bbox would overlap: baselines decide
        List<Glyph> g = new ArrayList<>();
        g.addAll(run("データセンター関連の設備投資が", 40, 100, 18));
        g.addAll(run("増加しました。", 40, 123.4f, 18));
        java.util.Collections.shuffle(g, new java.util.Random(1));
        assertEquals(List.of("データセンター関連の設備投資が", "増加しました。"), texts(build(g)));
    }

    @Test
    void slightlyJitteredBaselinesStayOneRow() {
        List<Glyph> g = new ArrayList<>(run("売上高", 50, 100, 10));
        g.addAll(run("6,167", 200, 100.8f, 10)); // another text object, baseline 0.08 em off
        assertEquals(List.of("売上高 6,167"), texts(build(g)));
    }

    @Test
    void superscriptStaysOnItsLine() {
        List<Glyph> g = new ArrayList<>(run("営業利益", 50, 100, 10));
        g.addAll(run("※1", 90, 96, 6)); // raised 0.4 em, 60 % size
        g.addAll(run("△35", 200, 100, 10));
        List<Line> lines = build(g);
        assertEquals(1, lines.size());
        assertEquals(List.of("営業利益", "※1", "△35"), lines.get(0).words().stream().map(Word::text).toList());
        assertEquals(100f, lines.get(0).box().y1() - 1.2f, 0.01f); // baseline of the big glyphs
    }

    @Test
    void sideBySideTablesAreSplitAndReadColumnByColumn() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(run("連結財政状態", 40, 60, 20)); // a title across the page
        g.addAll(row(100, 10, "資産", 40, "2024.3末", 150, "2025.3末", 210, "負債・資本", 320, "2024.3末", 430, "2025.3末", 490));
        g.addAll(row(120, 10, "流動資産", 40, "1,535", 160, "1,602", 220, "流動負債", 320, "921", 445, "980", 505));
        g.addAll(row(140, 10, "非流動資産", 40, "1,478", 160, "1,621", 220, "非流動負債", 320, "660", 445, "703", 505));
        g.addAll(row(160, 10, "資産合計", 40, "3,013", 160, "3,223", 220, "負債合計", 320, "1,581", 440, "1,683", 500));
        g.addAll(row(180, 10, "資本合計", 320, "1,432", 440, "1,540", 500));
        g.addAll(run("前期末の数値は組み替えています。このため前期の決算短信と異なります。", 40, 210, 10)); // crosses
        List<Line> lines = build(g);
        assertEquals(List.of(
                "連結財政状態",
                "資産 2024.3末 2025.3末",
                "流動資産 1,535 1,602",
                "非流動資産 1,478 1,621",
                "資産合計 3,013 3,223",
                "負債・資本 2024.3末 2025.3末",
                "流動負債 921 980",
                "非流動負債 660 703",
                "負債合計 1,581 1,683",
                "資本合計 1,432 1,540",
                "前期末の数値は組み替えています。このため前期の決算短信と異なります。"), texts(lines));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0), lines.stream().map(Line::column).toList());
    }

    @Test
    void roundAmountsWithTheirUnitEndATableBesideATextBlock() {
        // A slide's small table of round amounts (「約60億円」) shares its baselines with notes set beside it: the
        // amounts are values, so the notes' first words after the gutter part the two blocks.
        List<Glyph> g = new ArrayList<>();
        g.addAll(row(100, 10, "大型案件の動向", 40, "事業トピックス", 400));
        g.addAll(row(115, 10, "1Q24", 240, "1Q25", 320));
        g.addAll(row(130, 10, "獲得", 40, "約60億円", 240, "約75億円", 320, "昇給率", 400, "約6%", 460));
        g.addAll(row(145, 10, "売上一時", 40, "約7億円", 240, "約5億円", 320, "新棟", 400, "稼働", 460));
        g.addAll(row(160, 10, "売上月額", 40, "約10億円", 240, "約30億円", 320));
        List<Line> lines = build(g);
        assertEquals(List.of("大型案件の動向", "1Q24 1Q25", "獲得 約60億円 約75億円", "売上一時 約7億円 約5億円",
                "売上月額 約10億円 約30億円", "事業トピックス", "昇給率 約6%", "新棟 稼働"), texts(lines));
        assertEquals(List.of(0, 0, 0, 0, 0, 1, 1, 1), lines.stream().map(Line::column).toList());
    }

    @Test
    void threeBlocksSideBySide() {
        List<Glyph> g = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            float y = 100 + 20 * i;
            g.addAll(row(y, 10, "左" + i, 40, "1" + i, 100, "中" + i, 200, "2" + i, 260, "右" + i, 360, "3" + i, 420));
        }
        List<Line> lines = build(g);
        assertEquals(List.of("左0 10", "左1 11", "左2 12", "中0 20", "中1 21", "中2 22", "右0 30", "右1 31", "右2 32"),
                texts(lines));
        assertEquals(List.of(0, 0, 0, 1, 1, 1, 2, 2, 2), lines.stream().map(Line::column).toList());
    }

    @Test
    void oneWideTableWithAnEmptyColumnIsNotSplit() {
        // a vertical gap runs through every row, but right of it comes a value, never a label
        List<Glyph> g = new ArrayList<>();
        g.addAll(row(100, 10, "売上高", 100, "営業利益", 400));
        g.addAll(row(120, 10, "2024年3月期", 20, "1,767", 110, "4.3", 160, "188", 400, "32.6", 450));
        g.addAll(row(140, 10, "2023年3月期", 20, "1,695", 110, "△2.5", 160, "142", 400, "―", 450));
        List<Line> lines = build(g);
        assertEquals(List.of("売上高 営業利益", "2024年3月期 1,767 4.3 188 32.6", "2023年3月期 1,695 △2.5 142 ―"),
                texts(lines));
        assertEquals(List.of(0, 0, 0), lines.stream().map(Line::column).toList());
    }

    @Test
    void aSingleValueThenLabelRowIsNotAGutter() {
        // one row with the side-by-side signature is not enough
        List<Glyph> g = new ArrayList<>();
        g.addAll(row(100, 10, "（注）包括利益", 20, "99百万円", 150, "（21.1％）", 200, "2023年3月期", 300, "82百万円", 400));
        g.addAll(row(120, 10, "自己資本", 20, "1,039", 150, "63.8", 200, "509.77", 300));
        g.addAll(row(140, 10, "総資産", 20, "1,627", 150, "930", 200, "当期", 300));
        assertEquals(List.of(0, 0, 0), build(g).stream().map(Line::column).toList());
    }

    @Test
    void valuesMiddleAlignedAgainstAWrappedLabelJoinIt() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(run("親会社株主に帰属する", 40, 100, 10));
        g.addAll(run("当期純利益", 40, 112, 10));
        g.addAll(row(106, 10, "△571", 200, "-", 280, "412", 360));
        g.addAll(row(130, 10, "営業利益", 40, "100", 200));
        List<Line> lines = build(g);
        assertEquals(List.of("親会社株主に帰属する当期純利益 △571 - 412", "営業利益 100"), texts(lines));
    }

    @Test
    void twoProseLinesWithANumberLineBetweenAreNotJoinedWhenTheyOverlapIt() {
        List<Glyph> g = new ArrayList<>();
        g.addAll(run("当社グループの売上高は", 40, 100, 10));
        g.addAll(run("増加しました", 40, 112, 10));
        g.addAll(row(106, 10, "6,466", 60)); // under the label's x range: not a value column to its right
        assertEquals(3, build(g).size());
    }
}
