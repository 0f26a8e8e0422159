package dev.irx.internal.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes Japanese plain text: UTF-8 (BOM stripped) if it decodes strictly; otherwise whichever of
 * Shift_JIS (windows-31j) and EUC-JP decodes strictly and looks most like Japanese.
 */
final class TextDecoding {

    static final Charset SJIS = Charset.forName("windows-31j");
    static final Charset EUC_JP = Charset.forName("EUC-JP");

    private TextDecoding() {}

    /** The decoded text, or null when no candidate decodes without errors. */
    static String decode(byte[] bytes) {
        int off = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        String utf8 = strict(StandardCharsets.UTF_8, bytes, off);
        if (utf8 != null) return utf8;
        String best = null;
        long bestScore = Long.MIN_VALUE;
        for (Charset cs : new Charset[] {SJIS, EUC_JP}) {
            String s = strict(cs, bytes, 0);
            if (s == null) continue;
            long score = japaneseScore(s);
            if (score > bestScore) {
                bestScore = score;
                best = s;
            }
        }
        return best;
    }

    /**
     * Tika's magic detector calls only ASCII and UTF-8 text "text/plain"; Shift_JIS and EUC-JP text comes back as
     * application/octet-stream. Such bytes are text when they hold no control bytes other than tab, CR, LF, FF and
     * one of the Japanese legacy encodings decodes them strictly into mostly Japanese characters.
     */
    static boolean isLegacyJapaneseText(byte[] bytes) {
        if (bytes.length == 0) return false;
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') return false;
            if (c == 0x7f) return false;
        }
        String s = decode(bytes);
        if (s == null) return false;
        long nonAscii = 0, japanese = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) continue;
            nonAscii++;
            if ((c >= 0x3000 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xFF01 && c <= 0xFF5E)
                    || c == '△' || c == '▲' || c == '※' || c == '○' || c == '●' || c == '■' || c == '□' || c == '―') {
                japanese++;
            }
        }
        return nonAscii > 0 && japanese * 10 >= nonAscii * 8;
    }

    static String strict(Charset cs, byte[] bytes, int off) {
        CharsetDecoder d = cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = d.decode(ByteBuffer.wrap(bytes, off, bytes.length - off));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Higher when the text reads like Japanese: kana and common kanji score, half-width katakana (what EUC-JP
     * bytes turn into when read as Shift_JIS), private-use and rare symbols cost.
     */
    static long japaneseScore(String s) {
        long score = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x3041 && c <= 0x309F) score += 3;            // hiragana
            else if (c >= 0x30A0 && c <= 0x30FF) score += 2;       // katakana
            else if (c >= 0x4E00 && c <= 0x9FFF) score += 1;       // kanji
            else if (c >= 0x3000 && c <= 0x303F) score += 1;       // CJK punctuation
            else if (c >= 0xFF61 && c <= 0xFF9F) score -= 3;       // half-width katakana
            else if (c >= 0xE000 && c <= 0xF8FF) score -= 5;       // private use
            else if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') score -= 5;
        }
        return score;
    }
}
