package dev.irx.internal.normalize;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds text extracted from PDFs into one canonical form so that the parsers see "2024年3月期",
 * never "２０２４ 年 ３ 月期" or "2024年3⽉期" (Kangxi radical).
 */
public final class TextNormalizer {

    private TextNormalizer() {}

    /*
     * NFKC folds every Kangxi radical (U+2F00..U+2FD5) but only two of the CJK Radicals Supplement
     * (U+2E80..U+2EF3). PDF fonts emit a few of the others for common kanji, so map those by hand.
     */
    private static final Map<Character, Character> RADICALS = Map.ofEntries(
            Map.entry('\u2EA0', '民'), Map.entry('\u2ED1', '長'), Map.entry('\u2EC4', '西'),
            Map.entry('\u2ED8', '青'), Map.entry('\u2EDD', '食'), Map.entry('\u2EE4', '鬼'),
            Map.entry('\u2EE9', '黄'), Map.entry('\u2EED', '歯'), Map.entry('\u2EF2', '亀'),
            Map.entry('\u2EE8', '麦'), Map.entry('\u2EEF', '竜'));

    /** Minus signs and dashes that documents use interchangeably with '-'. Not U+30FC ー (katakana). */
    private static final String DASHES = "\u2212\u2010\u2011\u2012\u2013\u2014\u2015\uFF0D\uFE63\u2043";
    private static final String WAVES = "\u301C\uFF5E\u2053";

    private static final Pattern SPACE_AROUND_NEWLINE = Pattern.compile(" ?(\\R) ?");

    /** Digit then space then a unit/date word: the space was inserted by the PDF text layer. */
    private static final Pattern DIGIT_SPACE_UNIT = Pattern.compile(
            "(?<=\\d) (?=[年月日期末円%百千万億兆名件社倍株回]|ポイント|pt|増|減|四半期|[ヶカかヵケ]月)"
                    + "|(?<=\\d%) (?=増|減)");
    /** Period and narrative markers followed by a number ("2024 年 3 月期", "第 1 四半期", "同 5.5%"). */
    private static final Pattern MARKER_SPACE_DIGIT = Pattern.compile("(?<=[年月第約同△▲]) (?=\\d)");
    /** "4, 000" → "4,000": a space after a thousands comma, only when the groups are well formed. */
    private static final Pattern COMMA_SPACE = Pattern.compile("(?<![\\d.])(\\d{1,3}(?:,\\d{3})*), (\\d{3})(?!\\d)");

    /** NFKC, dashes and waves unified, spaces collapsed and spaces inside tokens removed. */
    public static String fold(String s) {
        if (s == null || s.isEmpty()) return s == null ? "" : s;
        java.util.Map<String, String> memo = FoldMemo.current();
        if (memo == null) return foldOnce(s);
        String folded = memo.get(s);
        if (folded == null) {
            folded = foldOnce(s);
            if (memo.size() < FoldMemo.MAX_ENTRIES) memo.put(s, folded);
        }
        return folded;
    }

    private static String foldOnce(String s) {
        WorkMeter.add(s.length()); // only real work is counted: a memoised fold costs a lookup
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(t.length());
        boolean inSpaces = false, lineBreak = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            // a run of horizontal spaces (\h, \x0B, \f) becomes one space
            if (isHorizontalSpace(c)) {
                if (!inSpaces) b.append(' ');
                inSpaces = true;
                continue;
            }
            inSpaces = false;
            Character r = RADICALS.get(c);
            if (r != null) b.append(r.charValue());
            else if (DASHES.indexOf(c) >= 0) b.append('-');
            else if (WAVES.indexOf(c) >= 0) b.append('~');
            else {
                b.append(c);
                if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') lineBreak = true;
            }
        }
        t = lineBreak ? SPACE_AROUND_NEWLINE.matcher(b).replaceAll("$1") : b.toString();
        t = t.strip();
        // every pass below removes a space: a text without one is done
        if (t.indexOf(' ') < 0) return t;
        t = DIGIT_SPACE_UNIT.matcher(t).replaceAll("");
        t = DIGIT_SPACE_UNIT.matcher(t).replaceAll(""); // "4.8 % 増": the % joins first, then 増
        t = MARKER_SPACE_DIGIT.matcher(t).replaceAll("");
        t = joinCommaGroups(t);
        t = t.replace("( ", "(");
        t = t.replace(" )", ")");
        return t;
    }

    /** What the regex class [\h\x0B\f] matches. */
    private static boolean isHorizontalSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u1680' || c == '\u180E'
                || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
    }

    /** {@link #fold} then remove every space: for matching labels broken across words. */
    public static String compact(String s) {
        String t = fold(s);
        StringBuilder b = null;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && b == null) b = new StringBuilder(t.length()).append(t, 0, i);
            else if (!space && b != null) b.append(c);
        }
        return b == null ? t : b.toString();
    }

    private static String joinCommaGroups(String t) {
        // repeat: "1, 234, 567" needs two passes because the groups are matched left to right
        for (int i = 0; i < 5; i++) {
            Matcher m = COMMA_SPACE.matcher(t);
            String n = m.replaceAll("$1,$2");
            if (n.equals(t)) return n;
            t = n;
        }
        return t;
    }
}
