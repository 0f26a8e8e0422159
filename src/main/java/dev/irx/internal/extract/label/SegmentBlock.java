package dev.irx.internal.extract.label;

import dev.irx.model.Metric;
import dev.irx.internal.normalize.TextNormalizer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A run of table rows that break one metric down by segment: a table titled 「サービス別売上高」, a line
 * 「全社ベース取引形態別売上高」 inside a table, or a 【売上高構成比】 mark.
 *
 * @param dimension   the breakdown, 「サービス別」「取引形態別」; null when the block does not say
 * @param metric      what each row measures
 * @param composition whether the cells are shares of the total (構成比) rather than amounts
 */
public record SegmentBlock(String dimension, Metric metric, boolean composition) {

    /** 「…サービス別・取引形態別売上高の推移」: the first …別, then the metric after the last 別. */
    private static final Pattern BREAKDOWN = Pattern.compile("([^\\s・、()0-9/]+別)(?:[・、][^\\s・、()]+別)*(.+)$");
    private static final Pattern TRAILER = Pattern.compile("(の推移|の状況|の内訳|内訳|実績|推移|計画|予想|見通し)+$");
    private static final Pattern COMPOSITION = Pattern.compile("(構成比|構成比率)$");

    /** The block a title or an in-table line announces, if it names a breakdown of a known metric. */
    public static Optional<SegmentBlock> announcedBy(String text, LabelDictionary labels) {
        String t = TextNormalizer.compact(text);
        Matcher m = BREAKDOWN.matcher(t);
        if (!m.find()) return Optional.empty();
        String dimension = m.group(1);
        int last = t.lastIndexOf('別');
        String rest = TRAILER.matcher(t.substring(last + 1)).replaceAll("");
        return metricOf(rest, labels).map(mc -> new SegmentBlock(dimension(dimension), mc.metric, mc.composition));
    }

    /** 【売上高】 or 【売上高構成比】 inside a breakdown table: the table's dimension, this metric. */
    public static Optional<SegmentBlock> marked(String inner, String dimension, LabelDictionary labels) {
        return metricOf(TextNormalizer.compact(inner), labels)
                .map(mc -> new SegmentBlock(dimension, mc.metric, mc.composition));
    }

    private record MetricAndKind(Metric metric, boolean composition) {}

    private static Optional<MetricAndKind> metricOf(String label, LabelDictionary labels) {
        boolean composition = COMPOSITION.matcher(label).find();
        String base = COMPOSITION.matcher(label).replaceAll("");
        return labels.lookup(base).map(m -> new MetricAndKind(m, composition));
    }

    /** 「事業別の売上収益と売上総利益」 → 「事業別」: the first breakdown a text names, or null. */
    public static String dimensionIn(String text) {
        Matcher m = BREAKDOWN.matcher(TextNormalizer.compact(text));
        return m.find() ? dimension(m.group(1)) : null;
    }

    /** 「全社ベース取引形態別」 → 「取引形態別」: the dimension is the word before 別. */
    private static String dimension(String raw) {
        int no = raw.lastIndexOf('の');
        String d = no >= 0 ? raw.substring(no + 1) : raw;
        return d.startsWith("全社ベース") ? d.substring("全社ベース".length()) : d;
    }
}
