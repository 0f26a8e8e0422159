package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deck's line of YoY changes listed by segment: 「受注額YoY FY24:構築 +1.6%、運用保守 +10.2%」. The metric and the
 * period stand once before the colon; each item is a segment and its change in %. A segment must be one the deck
 * named elsewhere ({@link DeckNames#known}); an item naming another is reported, and no item is guessed.
 */
public final class YoyListLines {

    private static final String PCT = "[+△▲\\-]?\\d+(?:\\.\\d+)?";
    private static final Pattern HEAD = Pattern.compile(
            "^(?<metric>[^\\s:、。]{1,20}?)(?:YoY|前年同期比|前年比|前期比) ?(?<period>[^\\s:、。]{2,12}) ?: ?");
    private static final Pattern ITEM = Pattern.compile("\\G(?<segment>[^\\s:、。%]{1,20}?) ?(?<pct>" + PCT + ")%(?:[、,] ?|(?=。|$| ))");

    private final ExtractionContext ctx;
    private final DeckNames names;

    public YoyListLines(ExtractionContext ctx, DeckNames names) {
        this.ctx = ctx;
        this.names = names;
    }

    public void extract(Page page) {
        List<String> folded = ctx.folded().lines(page);
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            String f = folded.get(i);
            if (f.indexOf(':') < 0 || ctx.isFurniture(f)) continue;
            read(page, lines.get(i), f);
        }
    }

    private record Item(String segment, String pct) {}

    private void read(Page page, Line line, String text) {
        Matcher head = HEAD.matcher(text);
        if (!head.find()) return;
        List<Item> items = new ArrayList<>();
        Matcher m = ITEM.matcher(text);
        m.region(head.end(), text.length());
        while (m.find()) items.add(new Item(m.group("segment"), m.group("pct")));
        if (items.isEmpty()) return;
        String where = "p." + page.number() + ": YoY line '" + text + "'";
        Optional<Metric> metric = ctx.labels().lookup(head.group("metric"));
        Optional<Period> period = ctx.periods().parse(head.group("period"));
        if (metric.isEmpty() || period.isEmpty()) {
            ctx.sink().warn(where + ": " + (metric.isEmpty() ? "metric '" + head.group("metric") + "'"
                    : "period '" + head.group("period") + "'") + " not understood; not read");
            return;
        }
        Period at = YearParts.forMetric(metric.get(), period.get());
        Basis basis = ctx.unfinished(at) ? Basis.FORECAST : Basis.ACTUAL;
        for (Item item : items) {
            Optional<String> segment = names.known(item.segment());
            if (segment.isEmpty()) {
                ctx.sink().warn(where + ": '" + item.segment() + "' is no segment irx knows; not read");
                continue;
            }
            QuantityParser.parse(item.pct() + "%").ifPresent(q -> ctx.sink().add(metric.get(), Measure.YOY_PCT,
                    head.group("metric") + "YoY", segment.get(), ctx.scope(null), at, basis, q, Unit.PERCENT,
                    FactSource.SENTENCE, page.number(), line.box(), text));
        }
    }
}
