package dev.irx.extract;

import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.normalize.Quantity;
import dev.irx.normalize.QuantityParser;
import dev.irx.normalize.TextNormalizer;
import dev.irx.normalize.Unit;
import dev.irx.read.BoundingBox;
import dev.irx.read.Line;
import dev.irx.read.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures stated in prose, in the way analysts and companies write them:
 * 「2024年3月期の連結業績は、売上高が前期比4.8%増の6,466百万円、営業利益が同5.5%増の…」.
 * The period and basis come from the sentence's own context phrase (…期の連結業績は / …業績予想は);
 * a sentence without one gives no facts.
 */
final class SentenceExtractor {

    /** 「2024年3月期の連結業績は」「2025年3月期の連結業績予想は」「24/3期の業績は」. */
    private static final Pattern CONTEXT = Pattern.compile(
            "(\\d{4}年\\d{1,2}月期|\\d{2}/\\d{1,2}期|FY\\d{2,4})(?:通期)?の?(連結|個別|単体)?(?:業績|決算|実績)"
                    + "(予想|見通し|計画)?(?:は|について|では)");
    /** One clause: label が/は [前期比|同] X% 増/減 の Y 単位. */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?<label>[^、。,()「」:]+?)(?:が|は)(?:(?:前期比|前年同期比|前年比|前期比で|同)\\s*)?"
                    + "(?<pct>\\d+(?:\\.\\d+)?)%(?<dir>増|減)(?:加|少)?の(?<val>[△▲+-]?\\d[\\d,]*(?:\\.\\d+)?)"
                    + "(?<unit>百万円|億円|千円|兆円|円)");
    /** 「前回予想(…、売上高6,500百万円、営業利益1,100百万円…)」. */
    private static final Pattern PRIOR_FORECAST = Pattern.compile("前回予想[(]([^()]*)[)]");
    private static final Pattern PRIOR_ITEM = Pattern.compile(
            "(?<label>[^、,()0-9]+?)(?<val>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)(?<unit>百万円|億円|千円|兆円)");
    /** Spaces that a text layer put beside Japanese characters; spaces between two ASCII words stay. */
    private static final Pattern SPACE_NEAR_CJK = Pattern.compile("(?<=[^\\x00-\\x7F]) +| +(?=[^\\x00-\\x7F])");
    private static final int MAX_EVIDENCE = 300;
    /** Section and list headings: 「2. …」「(1) …」「█業績動向」「● …」. */
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}\\.|\\(\\d{1,2}\\)|[█●■◆◇□○・])");
    private static final char HARD_BREAK = '\u0000';

    private final ExtractionContext ctx;

    SentenceExtractor(ExtractionContext ctx) { this.ctx = ctx; }

    void extract(Page page) {
        // Prose wraps mid-sentence (and even between a number and its unit), so read the page as one
        // stream. A heading line ends the sentence before it and the context carried from it.
        StringBuilder stream = new StringBuilder();
        List<int[]> lineStarts = new ArrayList<>();
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            String t = compactProse(TextNormalizer.fold(lines.get(i).text()));
            if (t.isEmpty()) continue;
            if (HEADING.matcher(t).find()) stream.append(HARD_BREAK);
            lineStarts.add(new int[] {stream.length(), i});
            stream.append(t);
        }
        String text = stream.toString();
        Context carried = null;
        int from = 0;
        while (from < text.length()) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '。' && text.charAt(end) != HARD_BREAK) end++;
            carried = readSentence(page, text, from, end, lineStarts, carried);
            if (end < text.length() && text.charAt(end) == HARD_BREAK) carried = null;
            from = end + 1;
        }
    }

    static String compactProse(String folded) {
        return SPACE_NEAR_CJK.matcher(folded).replaceAll("");
    }

    /** Reads one sentence; returns the context that carries over to the next one. */
    private Context readSentence(Page page, String text, int from, int end, List<int[]> lineStarts,
                                 Context carried) {
        String sentence = text.substring(from, end);
        Matcher ctxm = CONTEXT.matcher(sentence);
        List<Context> contexts = new ArrayList<>();
        while (ctxm.find()) {
            Optional<Period> p = ctx.periods().parse(ctxm.group(1));
            if (p.isEmpty()) continue;
            Basis basis = ctxm.group(3) != null ? Basis.FORECAST : Basis.ACTUAL;
            Boolean consolidated = ctx.scope(ctxm.group(2) == null ? null : ctxm.group(2).equals("連結"));
            contexts.add(new Context(ctxm.end(), p.get(), basis, consolidated));
        }
        if (contexts.isEmpty()) {
            // A sentence that names no period continues the one before (「EBITDAは5.7%増の…」), unless
            // it names a period of its own that we did not understand as a context.
            if (carried == null || !ctx.periods().findAll(sentence).isEmpty()) return null;
            contexts.add(new Context(0, carried.period, carried.basis, carried.consolidated));
        }
        String evidence = evidence(sentence);

        Matcher m = CLAUSE.matcher(sentence);
        while (m.find()) {
            Context c = contextBefore(contexts, m.start());
            if (c == null) continue;
            String label = m.group("label");
            Optional<Metric> metric = ctx.labels().lookup(label);
            if (metric.isEmpty()) {
                ctx.sink().warn("p." + page.number() + ": sentence label '" + label + "' not in the dictionary");
                continue;
            }
            Optional<Quantity> value = QuantityParser.parse(m.group("val") + m.group("unit"));
            Optional<Quantity> pct = QuantityParser.parse(m.group("pct") + "%");
            int at = from + m.start("val");
            BoundingBox box = boxAt(page, lineStarts, at);
            if (value.isPresent() && value.get().unit() == Unit.JPY) {
                ctx.sink().add(metric.get(), Measure.VALUE, label, null, c.consolidated, c.period, c.basis,
                        value.get(), Unit.JPY, FactSource.SENTENCE, page.number(), box, evidence);
            }
            if (pct.isPresent()) {
                Quantity yoy = m.group("dir").equals("減") ? pct.get().negate() : pct.get();
                ctx.sink().add(metric.get(), Measure.YOY_PCT, label, null, c.consolidated, c.period, c.basis,
                        yoy, Unit.PERCENT, FactSource.SENTENCE, page.number(), box, evidence);
            }
        }
        Matcher prior = PRIOR_FORECAST.matcher(sentence);
        while (prior.find()) {
            Context c = contextBefore(contexts, prior.start());
            if (c == null || c.basis != Basis.ACTUAL) continue;
            Matcher item = PRIOR_ITEM.matcher(prior.group(1));
            while (item.find()) {
                String label = item.group("label");
                Optional<Metric> metric = ctx.labels().lookup(label);
                Optional<Quantity> value = QuantityParser.parse(item.group("val") + item.group("unit"));
                if (metric.isEmpty() || value.isEmpty()) continue;
                BoundingBox box = boxAt(page, lineStarts, from + prior.start(1) + item.start("val"));
                ctx.sink().add(metric.get(), Measure.VALUE, label, null, c.consolidated, c.period,
                        Basis.PRIOR_FORECAST, value.get(), Unit.JPY, FactSource.SENTENCE, page.number(), box,
                        evidence);
            }
        }
        return contexts.get(contexts.size() - 1);
    }

    private record Context(int end, Period period, Basis basis, Boolean consolidated) {}

    /** The nearest context phrase before a clause: a sentence may move from results to forecasts. */
    private static Context contextBefore(List<Context> contexts, int position) {
        Context best = null;
        for (Context c : contexts) if (c.end <= position) best = c;
        return best;
    }

    private static String evidence(String sentence) {
        String s = sentence.strip() + "。";
        return s.length() <= MAX_EVIDENCE ? s : s.substring(0, MAX_EVIDENCE - 1) + "…";
    }

    /** The box of the line that holds the character at {@code offset}; null for plain text. */
    private static BoundingBox boxAt(Page page, List<int[]> lineStarts, int offset) {
        int lineIndex = -1;
        for (int[] ls : lineStarts) {
            if (ls[0] <= offset) lineIndex = ls[1];
            else break;
        }
        return lineIndex < 0 ? null : page.lines().get(lineIndex).box();
    }
}
