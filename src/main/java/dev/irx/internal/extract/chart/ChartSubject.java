package dev.irx.internal.extract.chart;

import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Metric;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a chart's heading says it shows, beyond a bare metric: a segment's metric (「NWサービス 売上収益」,
 * 「セキュリティサービス売上」, the segment spelled as the deck's glossary and KPI lines place it), or several metrics
 * listed with 「・」 (「売上原価・売上総利益」), of which the bars show one: the caller tells which from the figures
 * ({@link StatedFigures}), never from the order of the words.
 *
 * @param metrics the metric, or the metrics listed (two or more)
 * @param segment the segment the heading names; null for the company
 */
record ChartSubject(List<Metric> metrics, String segment) {

    /**
     * 「大型案件の年度売上」: a word for how long each bar runs says no more than the chart's axis does; what stands
     * before it is the owner of the figures.
     */
    private static final java.util.regex.Pattern SPAN_WORD = java.util.regex.Pattern.compile("(?<=.)(年度|年間|四半期|月次)$");

    ChartSubject {
        metrics = List.copyOf(metrics);
    }

    static ChartSubject of(Metric metric) { return new ChartSubject(List.of(metric), null); }

    /** The one metric; null when the heading lists several. */
    Metric metric() { return metrics.size() == 1 ? metrics.get(0) : null; }

    /**
     * The subject of a heading the dictionary does not hold whole ({@code text} compact, without its section
     * number, periods and trailer); empty when it names no metric, or a qualifier that is no segment irx can place.
     */
    static Optional<ChartSubject> parse(String text, LabelDictionary labels, DeckNames names) {
        String[] listed = text.split("・");
        if (listed.length > 1) {
            List<Metric> ms = new ArrayList<>();
            for (String p : listed) {
                Optional<Metric> m = labels.lookup(p);
                if (m.isEmpty()) return Optional.empty();
                if (!ms.contains(m.get())) ms.add(m.get());
            }
            return ms.size() > 1 ? Optional.of(new ChartSubject(ms, null)) : Optional.empty();
        }
        if (names == null) return Optional.empty();
        Optional<CompoundLabel.Split> split = CompoundLabel.split(text, labels);
        if (split.isEmpty() || split.get().qualifiesScope()) return Optional.empty();
        String owner = SPAN_WORD.matcher(split.get().qualifier()).replaceFirst("").replaceFirst("の$", "");
        return names.segment(owner, null).map(s -> new ChartSubject(List.of(split.get().metric()), s));
    }

    /**
     * The subject of a heading that names a segment alone and says in brackets what is counted: 「SI構築(一時売上)」
     * is the revenue of システムインテグレーション/構築 ({@code text} without the gloss, {@code gloss} its inside).
     */
    static Optional<ChartSubject> glossed(String text, String gloss, LabelDictionary labels, DeckNames names) {
        if (names == null || text.isEmpty()) return Optional.empty();
        Optional<Metric> metric = labels.lookup(gloss)
                .or(() -> CompoundLabel.split(gloss, labels).filter(s -> !s.qualifiesScope()).map(CompoundLabel.Split::metric));
        if (metric.isEmpty()) return Optional.empty();
        return names.segment(text, null).map(s -> new ChartSubject(List.of(metric.get()), s));
    }

    /** 「オンプレミス向け運用保守」 in a chart of …/運用保守: the part its qualifier names (「オンプレミス」); else empty. */
    static Optional<String> qualifiedPart(String whole, String name) {
        String last = whole.substring(whole.lastIndexOf('/') + 1);
        String suffix = "向け" + last;
        return name.length() > suffix.length() && name.endsWith(suffix)
                ? Optional.of(name.substring(0, name.length() - suffix.length())) : Optional.empty();
    }
}
