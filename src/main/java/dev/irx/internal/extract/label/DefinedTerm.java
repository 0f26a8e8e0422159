package dev.irx.internal.extract.label;

import dev.irx.internal.normalize.TextNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A kind of business a deck defines in a note: 「大型案件:10億円以上の複数年案件」 says what the deck counts as 大型案件, a
 * 案件 like any other but reported apart, so a chart or a table of 大型案件 shows that part of the business. Only a
 * definition by genus and difference counts (the term and its meaning end in the same noun, and the term says more
 * than that noun): notes of other kinds (「再発防止:振る舞い検知の強化」「上期:各年度の4月～9月」) define nothing, and a
 * metric's name is no segment.
 */
public final class DefinedTerm {

    /** A note's mark before its term: ※, *1, (注1). */
    private static final String MARK = "(?:※\\d*|\\*\\d*|\\(注\\d*\\))";
    /** 「大型案件:10億円以上の複数年案件。」: a note that opens its line, a term and what it means, to the first 。. */
    private static final Pattern TERM = Pattern.compile(
            "^" + MARK + "?(?<term>[\\p{IsKatakana}\\p{IsHan}ー]{2,12}):(?<meaning>[^:。]{2,60})(?:。|$)");

    private DefinedTerm() {}

    /** The term a folded line defines by its kind; empty for any other line. */
    static Optional<String> in(String line, LabelDictionary labels) {
        Matcher t = TERM.matcher(TextNormalizer.compact(line));
        if (!t.find()) return Optional.empty();
        String term = t.group("term");
        Optional<String> head = CompoundLabel.headNoun(term);
        if (head.isPresent() && term.length() > head.get().length() && !term.equals(t.group("meaning"))
                && head.equals(CompoundLabel.headNoun(t.group("meaning"))) && labels.lookup(term).isEmpty()) {
            return Optional.of(term);
        }
        return Optional.empty();
    }

    /** Whether one of the lines defines the term. */
    public static boolean definedIn(String term, List<String> lines, LabelDictionary labels) {
        String compact = TextNormalizer.compact(term);
        for (String line : lines) {
            // Cheap test first: kuromoji only for a line that opens with the term.
            if (TextNormalizer.compact(line).replaceFirst("^" + MARK, "").startsWith(compact + ":")
                    && in(line, labels).filter(compact::equals).isPresent()) return true;
        }
        return false;
    }
}
