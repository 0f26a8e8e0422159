package dev.irx.internal.extract.databook;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Metric;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A data-book grid captioned by the one metric it breaks down: 「有利子負債内訳」 (its lines, then their 合計) or
 * 「セグメント別有利子負債内訳」 (the metric by segment, then their 合計). The 合計 row is the metric itself.
 *
 * @param metric    the metric the caption names
 * @param printed   the caption's word as printed (「有利子負債内訳」), the heading its lines stand under
 * @param bySegment whether the rows are the metric's segments (…別) rather than lines it is made of
 */
record GridSubject(Metric metric, String printed, boolean bySegment) {

    private static final Pattern CAPTION = Pattern.compile(
            "^(?<by>(?:セグメント|事業|部門|事業セグメント)別)?(?<subject>[\\p{IsHan}\\p{IsKatakana}ー・]{2,12}?)の?(?:内訳|明細)$");

    /** The subject of a grid whose caption line begins with 「…内訳」 naming a metric; empty for any other caption. */
    static Optional<GridSubject> of(String foldedCaption, LabelDictionary labels) {
        String first = foldedCaption.strip().split("[ (]", 2)[0];
        Matcher m = CAPTION.matcher(first);
        if (!m.matches()) return Optional.empty();
        return labels.lookup(m.group("subject"))
                .filter(metric -> metric != Metric.LINE_ITEM)
                .map(metric -> new GridSubject(metric, first, m.group("by") != null));
    }
}
