package dev.irx.internal.normalize;

import dev.irx.model.Rounding;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class QuantityParserTest {

    private static String show(Quantity q) {
        return q.number().toPlainString() + " " + q.scale() + " " + q.unit() + " " + q.qualifier();
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2} {3} {4}")
    @CsvSource(delimiter = '|', value = {
            // plain numbers
            "6,466|6466|ONE|NONE|EXACT",
            "1176|1176|ONE|NONE|EXACT",
            "0|0|ONE|NONE|EXACT",
            "1,000,000|1000000|ONE|NONE|EXACT",
            "12.0|12.0|ONE|NONE|EXACT",
            "17.50|17.50|ONE|NONE|EXACT",
            "0.05|0.05|ONE|NONE|EXACT",
            "1,234.50|1234.50|ONE|NONE|EXACT",
            "'  6,466  '|6466|ONE|NONE|EXACT",
            // negatives and explicit positives
            "△2,514|-2514|ONE|NONE|EXACT",
            "▲2,514|-2514|ONE|NONE|EXACT",
            "△ 2|-2|ONE|NONE|EXACT",
            "▲12.0%|-12.0|ONE|PERCENT|EXACT",
            "△7.3%|-7.3|ONE|PERCENT|EXACT",
            "-34|-34|ONE|NONE|EXACT",
            "－34|-34|ONE|NONE|EXACT",
            "\u221234|-34|ONE|NONE|EXACT",
            "\u201334|-34|ONE|NONE|EXACT",
            "+15.5|15.5|ONE|NONE|EXACT",
            "+4.1%|4.1|ONE|PERCENT|EXACT",
            "+48.1|48.1|ONE|NONE|EXACT",
            "△0|0|ONE|NONE|EXACT",
            "▲0.0|0.0|ONE|NONE|EXACT",
            "-0|0|ONE|NONE|EXACT",
            "△108百万円|-108|MILLION|JPY|EXACT",
            // full width
            "１２，３４５|12345|ONE|NONE|EXACT",
            "６５．４％|65.4|ONE|PERCENT|EXACT",
            "△１，２３４|-1234|ONE|NONE|EXACT",
            // stray space after a comma
            "4, 000 名|4000|ONE|PERSONS|EXACT",
            "4, 000|4000|ONE|NONE|EXACT",
            // yen
            "¥17.50|17.50|ONE|JPY|EXACT",
            "￥17.50|17.50|ONE|JPY|EXACT",
            "¥19.50|19.50|ONE|JPY|EXACT",
            "17.50円|17.50|ONE|JPY|EXACT",
            "17.50 円|17.50|ONE|JPY|EXACT",
            "6,466百万円|6466|MILLION|JPY|EXACT",
            "6,466 百万円|6466|MILLION|JPY|EXACT",
            "1.5億円|1.5|HUNDRED_MILLION|JPY|EXACT",
            "335.6億円|335.6|HUNDRED_MILLION|JPY|EXACT",
            "2兆円|2|TRILLION|JPY|EXACT",
            "1.25兆円|1.25|TRILLION|JPY|EXACT",
            "500千円|500|THOUSAND|JPY|EXACT",
            "3千万円|3|TEN_MILLION|JPY|EXACT",
            "100万円|100|TEN_THOUSAND|JPY|EXACT",
            // approximations and bounds
            "約30億円|30|HUNDRED_MILLION|JPY|APPROXIMATE",
            "約6%|6|ONE|PERCENT|APPROXIMATE",
            "約440名|440|ONE|PERSONS|APPROXIMATE",
            "約△15億円|-15|HUNDRED_MILLION|JPY|APPROXIMATE",
            "△約7億円|-7|HUNDRED_MILLION|JPY|APPROXIMATE",
            "100G超|100|ONE|GBPS|MORE_THAN",
            "100万円以上|100|TEN_THOUSAND|JPY|AT_LEAST",
            "10%未満|10|ONE|PERCENT|LESS_THAN",
            "1%未満|1|ONE|PERCENT|LESS_THAN",
            "50名以下|50|ONE|PERSONS|AT_MOST",
            "1,000億円超|1000|HUNDRED_MILLION|JPY|MORE_THAN",
            // bandwidth
            "100Gbps|100|ONE|GBPS|EXACT",
            "100G|100|ONE|GBPS|EXACT",
            // scale without unit, units with scale
            "35.5万|35.5|TEN_THOUSAND|NONE|EXACT",
            "+74.8万|74.8|TEN_THOUSAND|NONE|EXACT",
            "577.2万回線|577.2|TEN_THOUSAND|LINES|EXACT",
            "12.3百万米ドル|12.3|MILLION|USD|EXACT",
            "450千米ドル|450|THOUSAND|USD|EXACT",
            "1,200米ドル|1200|ONE|USD|EXACT",
            // counts
            "5,221名|5221|ONE|PERSONS|EXACT",
            "269名|269|ONE|PERSONS|EXACT",
            "12人|12|ONE|PERSONS|EXACT",
            "293件|293|ONE|CASES|EXACT",
            "311,288件|311288|ONE|CASES|EXACT",
            "202社|202|ONE|COMPANIES|EXACT",
            "3,000株|3000|ONE|SHARES|EXACT",
            // ratios
            "1.7倍|1.7|ONE|TIMES|EXACT",
            "0.5pt|0.5|ONE|POINT|EXACT",
            "0.1pt|0.1|ONE|POINT|EXACT",
            "0.5ポイント|0.5|ONE|POINT|EXACT",
            "△0.4pt|-0.4|ONE|POINT|EXACT",
            "65.4%|65.4|ONE|PERCENT|EXACT",
            "65.4％|65.4|ONE|PERCENT|EXACT",
            "100%|100|ONE|PERCENT|EXACT",
            "17.2 %|17.2|ONE|PERCENT|EXACT",
    })
    void parses(String text, String number, Scale scale, Unit unit, Quantity.Qualifier qualifier) {
        Optional<Quantity> q = QuantityParser.parse(text);
        assertTrue(q.isPresent(), text);
        assertEquals(number + " " + scale + " " + unit + " " + qualifier, show(q.get()));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
            "", " ", "千円", "百万円", "円", "%", "約", "△", "-", "+", "億円",
            "(6,466)", "(△2,514)", "(1%未満)",
            "1,23", "12,3456", "1,2345", ",123", "123,", "1.2.3", "1..2", ".5", "5.", "1,000.", "1,00,000",
            "6,466円円", "6,466百万円円", "¥17.50円", "¥5%", "約約30億円", "約30億円超", "+-3", "△▲3", "--3",
            "FY24", "FY2024", "1Q25", "4Q24末", "24/3期", "2024年", "2024年3月期", "25年6月末", "3月", "30日",
            "1 2", "6,466 7,200", "売上高 6,466", "6,466百万円 7,200百万円", "abc", "12a", "5%%", "5百万%",
            "1.7百万倍", "1兆2,000億円", "0.5百万pt", "100百万G", "3ヶ月", "第1", "※1", "#0", "<4498>",
            "12.5.1", "1,234,56", "x1", "v2.0", "1e5", "0x1F", "∞",
    })
    void rejects(String text) {
        assertEquals(Optional.empty(), QuantityParser.parse(text), text);
    }

    @Test
    void rejectsNull() {
        assertEquals(Optional.empty(), QuantityParser.parse(null));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "6,466百万円|6466000000",
            "1.5億円|150000000",
            "2兆円|2000000000000",
            "1.25兆円|1250000000000",
            "12.0%|12.0",
            "17.50円|17.50",
            "577.2万回線|5772000",
            "0.05百万円|50000",
            "△2,514百万円|-2514000000",
            "35.5万|355000",
            "500千円|500000",
            "12,345,678兆円|12345678000000000000",
    })
    void valueAppliesScaleExactly(String text, String value) {
        assertEquals(value, QuantityParser.parse(text).orElseThrow().value().toPlainString());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "12.0|1",
            "6,466|0",
            "17.50|2",
            "0.05|2",
            "1.5億円|1",
    })
    void keepsPrintedDecimals(String text, int decimals) {
        assertEquals(decimals, QuantityParser.parse(text).orElseThrow().printedDecimals());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "6,466|6,466",
            "△2,514|△2,514",
            "１２，３４５|12,345",
            "4, 000 名|4,000名",
            "￥17.50|¥17.50",
            "約30億円|約30億円",
    })
    void textIsTheFoldedToken(String text, String folded) {
        assertEquals(folded, QuantityParser.parse(text).orElseThrow().text());
    }

    @ParameterizedTest(name = "[{index}] {0} with {1} {2} -> {3}")
    @CsvSource(delimiter = '|', value = {
            "6,466|MILLION|JPY|6466 MILLION JPY EXACT",
            "△2,514|MILLION|JPY|-2514 MILLION JPY EXACT",
            "335.6|HUNDRED_MILLION|JPY|335.6 HUNDRED_MILLION JPY EXACT",
            "1,470|THOUSAND|USD|1470 THOUSAND USD EXACT",
            "577.2|TEN_THOUSAND|LINES|577.2 TEN_THOUSAND LINES EXACT",
            "5,221|ONE|PERSONS|5221 ONE PERSONS EXACT",
            "約30|HUNDRED_MILLION|JPY|30 HUNDRED_MILLION JPY APPROXIMATE",
            // own unit wins
            "65.4%|MILLION|JPY|65.4 ONE PERCENT EXACT",
            "+4.1%|HUNDRED_MILLION|JPY|4.1 ONE PERCENT EXACT",
            "0.5pt|MILLION|JPY|0.5 ONE POINT EXACT",
            "0.5ポイント|MILLION|JPY|0.5 ONE POINT EXACT",
            "1.7倍|MILLION|JPY|1.7 ONE TIMES EXACT",
            "17.50円|MILLION|JPY|17.50 ONE JPY EXACT",
            "¥17.50|MILLION|JPY|17.50 ONE JPY EXACT",
            "6,466百万円|HUNDRED_MILLION|JPY|6466 MILLION JPY EXACT",
            "5,221名|MILLION|JPY|5221 ONE PERSONS EXACT",
            "35.5万|MILLION|JPY|35.5 TEN_THOUSAND NONE EXACT",
    })
    void parsesWithCaptionDefaults(String text, Scale scale, Unit unit, String expected) {
        assertEquals(expected, show(QuantityParser.parse(text, scale, unit).orElseThrow()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"千円", "-", "FY24", "(6,466)"})
    void defaultsDoNotMakeNonNumbersParse(String text) {
        assertEquals(Optional.empty(), QuantityParser.parse(text, Scale.MILLION, Unit.JPY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "－", "―", "—", "–", "‐", "ー", "\u2212", "ｰ", " - ", "\u3000―\u3000"})
    void dashCellIsNotAvailable(String text) {
        assertTrue(QuantityParser.isNotAvailable(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "…", "－%", "--", "-1", "△", "サービス", "n/a", "ーー"})
    void otherCellsAreNotNotAvailable(String text) {
        assertFalse(QuantityParser.isNotAvailable(text));
    }

    @Test
    void nullIsNotNotAvailable() {
        assertFalse(QuantityParser.isNotAvailable(null));
    }

    private static String showAll(List<Quantity> qs) {
        return qs.stream().map(q -> q.number().toPlainString() + " " + q.scale() + " " + q.unit()
                        + (q.qualifier() == Quantity.Qualifier.EXACT ? "" : " " + q.qualifier()))
                .collect(Collectors.joining("; "));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "売上高が前期比4.8%増の6,466百万円|4.8 ONE PERCENT; 6466 MILLION JPY",
            "売上高が前期比 4.8% 増の 6,466 百万円、営業利益が同 5.5% 増の 1,112 百万円|4.8 ONE PERCENT; 6466 MILLION JPY; 5.5 ONE PERCENT; 1112 MILLION JPY",
            "2024 年 3 月期の連結業績は、売上高が 6,466 百万円|6466 MILLION JPY",
            "2024年3月期の売上高は6,466百万円|6466 MILLION JPY",
            "24/3期の売上高 6,466|6466 ONE NONE",
            "FY24の売上高 3,168|3168 ONE NONE",
            "1Q25売上:335.6億円・+4.1%YoY|335.6 HUNDRED_MILLION JPY; 4.1 ONE PERCENT",
            "1Q25売上：335.6億円・+4.1%YoY うち構築：116.9億円・△7.3%YoY|335.6 HUNDRED_MILLION JPY; 4.1 ONE PERCENT; 116.9 HUNDRED_MILLION JPY; -7.3 ONE PERCENT",
            "25年6月末の回線数は577.2万回線|577.2 TEN_THOUSAND LINES",
            "サイバートラスト <4498> は 6,466 百万円|6466 MILLION JPY",
            "プライム市場(証券コード:3774)売上 3,168 億円|3168 HUNDRED_MILLION JPY",
            "1. 認証サービスを展開|''",
            "2. 2024 年 3 月期は 6,466 百万円|6466 MILLION JPY",
            "※ 1 電子証明書の発行 293件|293 ONE CASES",
            "第 2 四半期から本格化|''",
            "9 期連続の増収|''",
            "2024 年 1 月 30 日付修正値|''",
            "2017 年 10 月の企業合併|''",
            "1株当たり配当金 17.50 円|17.50 ONE JPY",
            "5Gサービスと100G超の回線|100 ONE GBPS MORE_THAN",
            "約30億円、約△15億円|30 HUNDRED_MILLION JPY APPROXIMATE; -15 HUNDRED_MILLION JPY APPROXIMATE",
            "新卒入社 269名・昇給率 約6%|269 ONE PERSONS; 6 ONE PERCENT APPROXIMATE",
            "CentOS7 延長サポート|''",
            "2024/8/3 に発生|''",
            "BizX 20/40 を掲げ|''",
            "3ヶ月の売上 768.2|768.2 ONE NONE",
            "10:30 開始 5,221名|5221 ONE PERSONS",
            "COVID-19 の影響 △108百万円|-108 MILLION JPY",
            "数値 12,3456 は不正|''",
            "同 0.5 ポイント上昇して 65.4% となった|0.5 ONE POINT; 65.4 ONE PERCENT",
            "768.2 720.2 +6.7% +48.1|768.2 ONE NONE; 720.2 ONE NONE; 6.7 ONE PERCENT; 48.1 ONE NONE",
            "MVNE顧客数 1Q24末:195社→1Q25末:202社|195 ONE COMPANIES; 202 ONE COMPANIES",
    })
    void findsAllQuantitiesInProse(String text, String expected) {
        assertEquals(expected, showAll(QuantityParser.findAll(text)));
    }

    @Test
    void findAllTextIsTheExactFoldedSubstring() {
        String folded = TextNormalizer.fold("売上高が前期比 4.8% 増の 6,466 百万円、約△15億円");
        List<Quantity> qs = QuantityParser.findAll("売上高が前期比 4.8% 増の 6,466 百万円、約△15億円");
        assertEquals(List.of("4.8%", "6,466百万円", "約△15億円"), qs.stream().map(Quantity::text).toList());
        for (Quantity q : qs) assertTrue(folded.contains(q.text()), q.text());
    }

    @Test
    void findAllOfNullIsEmpty() {
        assertEquals(List.of(), QuantityParser.findAll(null));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "（単位：百万円）|MILLION|JPY",
            "(単位:百万円)|MILLION|JPY",
            "単位：億円|HUNDRED_MILLION|JPY",
            "単位：千円|THOUSAND|JPY",
            "（単位：万）|TEN_THOUSAND|NONE",
            "（単位：百万円、％）|MILLION|JPY",
            "(単位:百万円,%)|MILLION|JPY",
            "単位：千米ドル|THOUSAND|USD",
            "（単位：円）|ONE|JPY",
            "（単位：名）|ONE|PERSONS",
            "（単位：社）|ONE|COMPANIES",
            "（単位：万回線）|TEN_THOUSAND|LINES",
            "（単位：％）|ONE|PERCENT",
            "Ⅰ. 1Q25決算概要 単位：億円|HUNDRED_MILLION|JPY",
            "（ 単位 ： 百万円 ）|MILLION|JPY",
            "単位：十億円|BILLION|JPY",
    })
    void readsUnitCaptions(String line, Scale scale, Unit unit) {
        assertEquals(Optional.of(new UnitCaption(scale, unit)), QuantityParser.parseCaption(line));
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"(百万円未満切捨て)", "百万円未満を切り捨て", "単位での増設可能", "単位:", "（単位：）",
            "売上高 6,466百万円", "単位：豪ドル", "単位：百万%", ""})
    void rejectsNonCaptions(String line) {
        assertEquals(Optional.empty(), QuantityParser.parseCaption(line));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "（百万円未満切捨て）|TRUNCATE",
            "(百万円未満切捨て)|TRUNCATE",
            "百万円未満を切り捨て|TRUNCATE",
            "百万円未満切り捨て|TRUNCATE",
            "（金額は百万円未満を切り捨てて表示）|TRUNCATE",
            "千円未満切捨て|TRUNCATE",
            "百万円未満四捨五入|ROUND_HALF_UP",
            "（百万円未満を四捨五入）|ROUND_HALF_UP",
            "億円未満四捨五入|ROUND_HALF_UP",
            "（ 百万円 未満 切捨て ）|TRUNCATE",
    })
    void readsRoundingNotes(String line, Rounding rounding) {
        assertEquals(Optional.of(rounding), QuantityParser.parseRoundingNote(line));
    }

    @ParameterizedTest
    @ValueSource(strings = {"（単位：百万円）", "1%未満", "四捨五入", "切捨て", ""})
    void rejectsNonRoundingNotes(String line) {
        assertEquals(Optional.empty(), QuantityParser.parseRoundingNote(line));
    }
}
