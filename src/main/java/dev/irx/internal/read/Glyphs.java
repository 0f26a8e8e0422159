package dev.irx.internal.read;

import java.util.regex.Pattern;

/** Small classification helpers for words and glyphs. */
final class Glyphs {

    private Glyphs() {}

    /**
     * A table value: an optionally signed (△ ▲ - + …), optionally bracketed number with thousands separators,
     * decimals and a trailing % / 倍 / pt or unit (a slide prints 「約75億円」 in a cell, 「約」 and all); or a lone dash standing for "nil" (―, -, －, ー …).
     */
    private static final Pattern NUMBER = Pattern.compile(
            "[(（]?(?:約)?[△▲▼+\\-−－＋±]?[¥￥$]?[0-9０-９]+(?:[,，][0-9０-９]{3})*(?:[.．][0-9０-９]+)?"
                    + "(?:[%％倍]|pt|ppt|p|円|千円|百万円|億円|兆円|万円?|名|件|社)?[)）]?");
    private static final Pattern DASH = Pattern.compile("[(（]?[-−－―—–‐ー‒][%％]?[)）]?");

    static boolean isNumeric(String word) {
        return NUMBER.matcher(word).matches() || DASH.matcher(word).matches();
    }

    /** A label: not a value, and carries at least one letter (kanji, kana, Latin). */
    static boolean isLabel(String word) {
        if (isNumeric(word)) return false;
        for (int i = 0; i < word.length(); ) {
            int cp = word.codePointAt(i);
            if (Character.isLetter(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether two pieces of a wrapped label join with a space (Latin words) or directly (Japanese). */
    static String joinWrapped(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) return a + b;
        char last = a.charAt(a.length() - 1);
        char first = b.charAt(0);
        boolean latinEnd = last < 0x3000 && Character.isLetterOrDigit(last);
        boolean latinStart = first < 0x3000 && Character.isLetterOrDigit(first);
        return latinEnd && latinStart ? a + " " + b : a + b;
    }
}
