package dev.irx.internal.normalize;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What a two-digit year means in one document. A 2014 短信 titled 「平成25年12月期 決算短信」 writes its columns
 * 「25年12月期」「24年12月期」: 平成25 and 平成24 (2013, 2012), not 2025. A 2024 report's 「24/3期」 is 2024.
 * <p>
 * The eras the document states (「平成26年2月14日」) and its own year (the publication date, else the
 * first year it prints in full) decide: a two-digit year is read in the western century or in a stated era,
 * whichever falls near the document's year; when more than one does, or none, it is not read. A 「25年」
 * in a document that states no era and no year in full cannot be told from 平成25 and is not read either.
 * Latin labels ("FY24", "1Q25") are always western and do not come here.
 * <p>
 * Not thread-safe: it keeps the two-digit years it refused, for one warning per document.
 */
public final class TwoDigitYears {

    /** The eras a Japanese document may date by; {@code base + n} is the western year of era year n. */
    public enum Era {
        SHOWA("昭和", 1925, 64), HEISEI("平成", 1988, 31), REIWA("令和", 2018, 99);

        private final String kanji;
        private final int base;
        private final int last;

        Era(String kanji, int base, int last) {
            this.kanji = kanji;
            this.base = base;
            this.last = last;
        }

        /** The era written {@code kanji} (「平成」), or null. */
        public static Era of(String kanji) {
            for (Era e : values()) if (e.kanji.equals(kanji)) return e;
            return null;
        }

        /** The western year of era year {@code n} (平成25 → 2013); null when the era had no such year. */
        public Integer year(int n) {
            return n >= 1 && n <= last ? base + n : null;
        }
    }

    /** How far from the document's year a two-digit year may fall: less than an era's 12-year offset from 2000. */
    private static final int BEFORE = 6, AFTER = 5;

    private final Set<Era> eras;
    private final Integer anchor;
    private final boolean western;
    private final Set<String> refused = new LinkedHashSet<>();

    private TwoDigitYears(Set<Era> eras, Integer anchor, boolean western) {
        this.eras = eras.isEmpty() ? EnumSet.noneOf(Era.class) : EnumSet.copyOf(eras);
        this.anchor = anchor;
        this.western = western;
    }

    /** Every two-digit year is 20xx: for text known to date in the western calendar. */
    public static TwoDigitYears western() {
        return new TwoDigitYears(Set.of(), null, true);
    }

    /**
     * The years of a document that states {@code eras} (none: empty) and whose own year is {@code anchor}
     * (the publication date's, else the first year printed in full; null when it prints none).
     */
    public static TwoDigitYears of(Set<Era> eras, Integer anchor) {
        return new TwoDigitYears(eras, anchor, false);
    }

    /**
     * The western year of a two-digit year {@code n}. {@code kanjiForm} is true for 「25年」 (which an era
     * document uses), false for a slash form 「24/3期」 (which with no era stated is always 20xx).
     */
    public OptionalInt resolve(int n, boolean kanjiForm) {
        if (western || eras.isEmpty() && (!kanjiForm || anchor != null)) return OptionalInt.of(2000 + n);
        if (anchor == null) return refuse(n, kanjiForm);
        List<Integer> near = new ArrayList<>();
        List<Integer> candidates = new ArrayList<>();
        candidates.add(2000 + n);
        for (Era e : eras) if (e.year(n) != null) candidates.add(e.year(n));
        for (int y : candidates) if (y >= anchor - BEFORE && y <= anchor + AFTER && !near.contains(y)) near.add(y);
        if (near.size() == 1) return OptionalInt.of(near.get(0));
        // only the western reading exists: no era can have meant it, however far it falls
        if (candidates.size() == 1) return OptionalInt.of(candidates.get(0));
        return refuse(n, kanjiForm);
    }

    /**
     * The western year of a one-digit year 「4年9月期」, which only a document dating by an era writes (令和4):
     * read when exactly one era it states puts that year near the document's own; the western 200n never.
     */
    public OptionalInt resolveEraYear(int n) {
        if (western || eras.isEmpty() || anchor == null) return OptionalInt.empty();
        List<Integer> near = new ArrayList<>();
        for (Era e : eras) {
            Integer y = e.year(n);
            if (y != null && y >= anchor - BEFORE && y <= anchor + AFTER && !near.contains(y)) near.add(y);
        }
        if (near.size() == 1) return OptionalInt.of(near.get(0));
        refused.add(n + "年");
        return OptionalInt.empty();
    }

    private OptionalInt refuse(int n, boolean kanjiForm) {
        refused.add(String.format("%02d", n) + (kanjiForm ? "年" : "/"));
        return OptionalInt.empty();
    }

    /** The two-digit years refused so far (「25年」「14/」), in the order first seen. */
    public List<String> refused() { return List.copyOf(refused); }
}
