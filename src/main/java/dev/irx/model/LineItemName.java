package dev.irx.model;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The form of a statement line's label that identifies it: the same line printed by two producers (「現金及び預金」,
 * 「現 金 及 び 預 金」, 「※1 現金及び預金」) folds to one name. Used for the keys of line_item facts and by the XBRL
 * scorer, so that both sides name a line alike.
 */
public final class LineItemName {

    private static final Pattern SPACE = Pattern.compile("[\\s\u3000\u00a0]+");
    /** Note marks before or after a label: ※1, ※2,3, *1, (注)1, 注2. */
    private static final Pattern LEADING_MARK = Pattern.compile("^(?:※[0-9,、]*|\\*[0-9]+|\\(注[0-9]*\\)[0-9]*|注[0-9]+)+");
    private static final Pattern TRAILING_MARK = Pattern.compile("(?:※[0-9,、]*|\\*[0-9]+|\\(注[0-9]*\\)[0-9]*|注[0-9]+)+$");

    private LineItemName() {}

    /** The label folded: NFKC, no spaces, no note marks, one kind of middle dot and dash. */
    public static String of(String label) {
        if (label == null) return "";
        String s = Normalizer.normalize(label, Normalizer.Form.NFKC);
        s = SPACE.matcher(s).replaceAll("");
        s = s.replace('･', '・').replace('‐', '-').replace('−', '-').replace('―', '-').replace('ー', 'ー');
        s = LEADING_MARK.matcher(s).replaceFirst("");
        s = TRAILING_MARK.matcher(s).replaceFirst("");
        return s;
    }

    /** The key of a line: statement, folded heading and folded label. */
    public static String key(Statement statement, String section, String label) {
        return statement.json() + "|" + of(section) + "|" + of(label);
    }
}
