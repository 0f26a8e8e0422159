package dev.irx.internal.normalize;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            // full width digits, letters, punctuation
            "１２，３４５|12,345",
            "ＦＹ２４|FY24",
            "６５．４％|65.4%",
            "（単位：百万円）|(単位:百万円)",
            "１Ｑ２５|1Q25",
            "￥１７．５０|¥17.50",
            // Kangxi radicals and compatibility ideographs
            "現\u2FA6|現金",
            "\u2F40出|支出",
            "\u2F66|疋",
            "\u2F49益|月益",
            "売上\u2FBC|売上高",
            "\u2EA0間|民間",
            "\u2ED1期|長期",
            "\uF929|朗",
            // minus and dash variants
            "\u22122,514|-2,514",
            "\u201034|-34",
            "\u201134|-34",
            "\u201234|-34",
            "\u201334|-34",
            "\u201434|-34",
            "\u201534|-34",
            "\uFF0D34|-34",
            "\uFE6334|-34",
            "\u204334|-34",
            // katakana prolonged sound mark is a letter, not a dash
            "サービス|サービス",
            "ｻｰﾋﾞｽ|サービス",
            "データセンター|データセンター",
            // wave dash and tilde variants
            "4月\u301C6月|4月~6月",
            "4月\uFF5E6月|4月~6月",
            "4月\u20536月|4月~6月",
            // spaces
            "'  売上高\u3000\u30006,466  '|売上高 6,466",
            "売上高\u00A06,466|売上高 6,466",
            "a\tb|a b",
            // digit then unit or date character
            "2025 年|2025年",
            "1,112 百万円|1,112百万円",
            "4.8% 増|4.8%増",
            "4.8 % 増|4.8%増",
            "28.5% 減|28.5%減",
            "6,466 百万円|6,466百万円",
            "30 億円|30億円",
            "2 兆円|2兆円",
            "500 千円|500千円",
            "35.5 万|35.5万",
            "5,221 名|5,221名",
            "293 件|293件",
            "202 社|202社",
            "1.7 倍|1.7倍",
            "3,000 株|3,000株",
            "0.5 ポイント|0.5ポイント",
            "0.5 pt|0.5pt",
            "17.50 円|17.50円",
            "30 日|30日",
            "24/3 期|24/3期",
            "20/3 期末|20/3期末",
            "3 ヶ月|3ヶ月",
            "9 期連続|9期連続",
            "第 2 四半期|第2四半期",
            "1 回目|1回目",
            // markers then digit
            "2024 年 3 月期|2024年3月期",
            "2024 年 1 月 30 日|2024年1月30日",
            "第 1 四半期|第1四半期",
            "同 5.5% 増|同5.5%増",
            "約 30 億円|約30億円",
            "25 年 6 月末|25年6月末",
            "△ 2|△2",
            // table rows keep their cell separators
            "売上高 6,167|売上高 6,167",
            "売上高 6,167 6,466|売上高 6,167 6,466",
            "営業利益 1,057 1,112 5.2|営業利益 1,057 1,112 5.2",
            "FY24 FY25|FY24 FY25",
            "1Q24 2Q24|1Q24 2Q24",
            "768.2 720.2 +6.7%|768.2 720.2 +6.7%",
            "前期比 4.8%|前期比 4.8%",
            "当期純利益 518|当期純利益 518",
            // stray space after a thousands comma
            "4, 000|4,000",
            "4, 000 名|4,000名",
            "12, 345|12,345",
            "123, 456|123,456",
            "1, 234, 567|1,234,567",
            "1, 2|1, 2",
            "1, 23|1, 23",
            "1, 2345|1, 2345",
            "1234, 567|1234, 567",
            "1.5, 000|1.5, 000",
            // parentheses
            "サイバートラスト ( 株 )|サイバートラスト (株)",
            "( 株 ) 日立|(株) 日立",
            "（ 単位：百万円 ）|(単位:百万円)",
            // blank
            "''|''",
    })
    void folds(String in, String expected) {
        assertEquals(expected, TextNormalizer.fold(in));
    }

    @Test
    void nullFoldsToEmpty() {
        assertEquals("", TextNormalizer.fold(null));
    }

    @Test
    void everyKangxiRadicalFoldsToAUnifiedIdeograph() {
        for (int c = 0x2F00; c <= 0x2FD5; c++) {
            String f = TextNormalizer.fold(new String(Character.toChars(c)));
            assertEquals(1, f.codePointCount(0, f.length()), "radical " + Integer.toHexString(c));
            int cp = f.codePointAt(0);
            assertTrue(cp >= 0x4E00 && cp <= 0x9FFF, "radical " + Integer.toHexString(c) + " -> " + Integer.toHexString(cp));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u2212", "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2015", "\uFF0D", "\uFE63", "\u2043", "-"})
    void everyDashFoldsToHyphenMinus(String dash) {
        assertEquals("-", TextNormalizer.fold(dash));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u30FC", "\uFF70"})
    void prolongedSoundMarkIsKept(String mark) {
        assertEquals("\u30FC", TextNormalizer.fold(mark));
    }

    @Test
    void multiLineTextKeepsLineBreaksButTrimsThem() {
        assertEquals("売上高 6,466\n営業利益 1,112", TextNormalizer.fold("売上高 6,466 \n 営業利益 1,112 "));
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "親会社株主に帰属する 当期純利益|親会社株主に帰属する当期純利益",
            "売 上 高|売上高",
            "営業利益\u3000率|営業利益率",
            "１株当たり 当期純利益|1株当たり当期純利益",
            "'  現\u2FA6及び 現\u2FA6同等物 '|現金及び現金同等物",
            "キャッシュ・ フロー|キャッシュ・フロー",
    })
    void compactRemovesAllSpaces(String in, String expected) {
        assertEquals(expected, TextNormalizer.compact(in));
    }
}
