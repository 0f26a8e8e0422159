package dev.irx.internal.extract;

import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Says when a document was read but not really: pages whose text is garbage (a font's character map lost to a
 * repair of a truncated file, or broken), pages whose glyphs map to no text at all, and a recognised document that gave no figure at all. Without these a
 * damaged file would pass as an empty, healthy one.
 */
final class ReadQuality {

    /** A page with at least this many characters is judged; fewer say too little either way. */
    static final int MIN_CHARS = 40;
    /** Garbage when more than this share of a page's characters is in no script an IR document is written in. */
    static final double MAX_FOREIGN = 0.3;
    /**
     * A page loses its text when at least this share of its glyphs, and {@link #MIN_UNMAPPED} of them, map to no
     * Unicode text: PDFBox drops such glyphs, so a page can look clean and short. Clean files have none.
     */
    static final double MAX_UNMAPPED = 0.05;
    static final int MIN_UNMAPPED = 5;

    private ReadQuality() {}

    /** The warnings to add; none for a document read as it should be. */
    static List<String> warnings(SourceDocument doc, DocumentInfo info, int facts) {
        List<String> out = new ArrayList<>();
        List<Integer> garbled = new ArrayList<>();
        for (Page p : doc.pages()) if (isGarbled(p)) garbled.add(p.number());
        if (!garbled.isEmpty()) {
            out.add("unreadable text on " + pages(garbled) + " (" + garbled.size() + " of " + doc.pageCount()
                    + " pages read): most characters are "
                    + "unmapped glyphs or in no script an IR document uses (a font's character map is missing or "
                    + "broken, or the file was repaired); figures there may be missing");
        }
        List<Integer> unmapped = new ArrayList<>();
        long lost = 0, drawn = 0;
        for (Page p : doc.pages()) {
            if (losesText(p)) {
                unmapped.add(p.number());
                lost += p.unmappedGlyphs();
                drawn += p.glyphs();
            }
        }
        if (!unmapped.isEmpty()) {
            out.add("glyphs with no Unicode text on " + pages(unmapped) + " (" + unmapped.size() + " of "
                    + doc.pageCount() + " pages): " + lost + " of their " + drawn + " glyphs map to no character "
                    + "(a font's ToUnicode map is missing or broken) and are lost; figures there may be missing");
        }
        if (facts == 0 && info.kind() != DocumentKind.UNKNOWN) {
            out.add("no figures read from a " + info.kind().json() + ": "
                    + (garbled.isEmpty() && unmapped.isEmpty() ? "no table, KPI line or sentence irx reads was found"
                    : "its text is unreadable (see above)"));
        }
        return out;
    }

    /** Whether a significant share of the page's glyphs map to no Unicode text. */
    static boolean losesText(Page page) {
        return page.unmappedGlyphs() >= MIN_UNMAPPED && page.unmappedGlyphs() >= MAX_UNMAPPED * page.glyphs();
    }

    static boolean isGarbled(Page page) {
        int total = 0, foreign = 0;
        for (Line l : page.lines()) {
            String t = l.text();
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                i += Character.charCount(c);
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) continue;
                total++;
                if (!expected(c)) foreign++;
            }
        }
        return total >= MIN_CHARS && foreign > MAX_FOREIGN * total;
    }

    /** Japanese, ASCII, and the symbols and punctuation Japanese documents print. */
    static boolean expected(int c) {
        if (c >= 0x20 && c < 0x7F) return true;
        if (c == 0xFFFD || Character.getType(c) == Character.PRIVATE_USE || Character.isISOControl(c)) return false;
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        if (s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA) return true;
        if (s != Character.UnicodeScript.COMMON && s != Character.UnicodeScript.INHERITED) return false;
        // symbols, yes; but not the Latin-1 letters and signs a wrong encoding spills out (Ø Ö ß …)
        return c >= 0x2000 || c == 0xA5 || c == 0xA9 || c == 0xAE || c == 0xB0 || c == 0xB1 || c == 0xD7
                || c == 0xF7 || c == 0xB7;
    }

    private static String pages(List<Integer> numbers) {
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < numbers.size() && i < 10; i++) shown.add("p." + numbers.get(i));
        String s = String.join(", ", shown) + (numbers.size() > 10 ? " and " + (numbers.size() - 10) + " more" : "");
        return s;
    }
}
