package dev.irx.internal.extract.chart;

import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The change a chart prints over a bar: a signed percentage (「+21.9%」, 「△3.1%」) standing right above the bar's top
 * label, in its band. The sign says it is a change, not a level such as a margin; unsigned percentages are left alone.
 */
public final class BarYoyTags {

    private static final Pattern TAG = Pattern.compile("^[+△▲\\-]\\d+(?:\\.\\d+)?%$");
    /** How many of the top label's heights above it the tag may stand. */
    private static final float ABOVE = 2f;

    /** A tag: its figure (in %) and where it was read. */
    public record Tag(Quantity pct, Word word) {}

    private BarYoyTags() {}

    /**
     * The tag over a bar whose top label is {@code top}; empty when none, or more than one, stands there.
     *
     * @param cx       the middle of the bar's band
     * @param halfBand half the band's width
     * @param ceiling  the top of the chart's area
     */
    public static Optional<Tag> over(Word top, float cx, float halfBand, float ceiling, List<Line> lines) {
        BoundingBox t = top.box();
        Tag found = null;
        for (Line line : lines) {
            for (Word w : line.words()) {
                BoundingBox b = w.box();
                if (b == null || b.y1() > t.y0() + 1 || b.y0() < ceiling || t.y0() - b.y1() > ABOVE * t.height()
                        || Math.abs((b.x0() + b.x1()) / 2 - cx) > halfBand) continue;
                String text = TextNormalizer.fold(w.text());
                if (!TAG.matcher(text).matches()) continue;
                Optional<Quantity> q = QuantityParser.parse(text);
                if (q.isEmpty() || found != null) return Optional.empty();
                found = new Tag(q.get(), w);
            }
        }
        return Optional.ofNullable(found);
    }
}
