package dev.irx.internal.extract.label;

import dev.irx.internal.extract.FoldedText;
import dev.irx.internal.normalize.TextNormalizer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a segment's name is read from a row or chart label. */
public final class SegmentLabels {

    /** Labels that name a ratio, never a segment. */
    public static final Pattern NOT_A_SEGMENT = Pattern.compile("(率|比|比率|構成比)$");

    private SegmentLabels() {}

    /** A segment as printed, folded, without the spaces a text layer puts between Japanese and Latin. */
    public static String name(String label) {
        String name = FoldedText.compact(TextNormalizer.fold(label));
        Matcher gloss = GLOSS.matcher(name);
        return gloss.find() && gloss.start() > 0 ? name.substring(0, gloss.start()) : name;
    }

    /**
     * A gloss in brackets after a segment's name, 「構築(一時売上)」: the segment is 「構築」. A bracket that
     * changes the scope, 「ネットワークサービス(除くモバイル)」, is part of the name and stays.
     */
    private static final Pattern GLOSS = Pattern.compile("\\((?!除く|除き|含む|含み|うち|以外)[^()]*\\)$");
}
