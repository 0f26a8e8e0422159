package dev.irx.internal.extract.prose;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.extract.FoldedText;
import dev.irx.internal.extract.YearParts;
import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.extract.label.SegmentBlock;
import dev.irx.internal.extract.label.SegmentNames;
import dev.irx.internal.extract.table.RelativePeriods;
import dev.irx.model.Basis;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.PeriodMatch;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.QuantityParser;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads figures stated in prose, in the way analysts and companies write them:
 * 「2024年3月期の連結業績は、売上高が前期比4.8%増の6,466百万円、営業利益が同5.5%増の…」 and
 * 「総資産は8,417百万円、…連結配当性向は27.2%となった」.
 * <p>
 * The period and basis come from the sentence's own context phrase (…期の連結業績は / …業績予想は), from
 * a period named just before the figure, or from the section: a heading that names a period
 * (「1. 2024年3月期連結業績の概要」) sets it until the next such heading or the next major section (█).
 * A figure with none of these gives no fact.
 */
public final class SentenceExtractor {

    /** 「2024年3月期の連結業績は」「2025年3月期の連結業績予想は」「24/3期の業績は」「…の連結業績を見ると」. */
    private static final Pattern CONTEXT = Pattern.compile(
            "(\\d{4}年\\d{1,2}月期|\\d{2}/\\d{1,2}期|FY\\d{2,4})(?:通期)?の?(連結|個別|単体)?(?:業績|決算|実績)"
                    + "(予想|見通し|計画)?(?:は|について|では|を(?:見|み|振り返)ると)");
    /**
     * What moved a figure, between its label and its change: 「売上総利益は、…原価増を吸収して同9.1%増の…」.
     * It holds no figure and no clause break, and ends in a word of cause or means.
     */
    private static final String REASON = "[^、。0-9%]{1,40}?(?:により|によって|して|を受けて|ため|もあり|もあって)";
    /**
     * One clause: label [(gloss)] が/は/も [reason] [前期比|同] X% 増/減 の Y 単位 (「EBITDAも同5.7%増の1,716百万円」,
     * 「構築(一時売上)が同7.3%減の11,689百万円」).
     */
    private static final Pattern CLAUSE = Pattern.compile(
            "(?<label>[^、。,()「」:]{1,40}?)(?<gloss>\\([^()、。]{1,12}\\))?(?:が|は|も)、?(?:" + REASON + ")?(?:(?:前期比|前年同期比|前年比|前期比で|同)\\s*)?"
                    + "(?<pct>\\d+(?:\\.\\d+)?)%(?<dir>増|減)(?:加|少)?の(?<val>[△▲+-]?\\d[\\d,]*(?:\\.\\d+)?)"
                    + "(?<unit>百万円|億円|千円|兆円|円|名|人)");
    /**
     * A stated amount: label は/が/も [when] [a few words, no figures] [its change] Y 単位, then the clause ends
     * (「総資産は8,417百万円、」「連結配当性向は27.2%となった」「連結従業員数は2025年6月末で5,504名と、」「…売上高は、
     * 2024年3月期に4,229百万円と」). The change is
     * an amount or points up or down, perhaps since 前期末 (「資産合計は、前期末から548百万円増えて8,417百万円」,
     * 「自己資本比率は0.1ポイント上昇し、71.6%」): the figure's 増減額.
     */
    private static final Pattern VALUE_CLAUSE = Pattern.compile(
            "(?<label>[^、。,()「」:]{1,40}?)(?:は|が|も)(?:、?(?<when>[^、。,()△▲%]{2,16}?(?:末|時点|現在|月期))(?:で|に|には))?"
                    + "(?:、?(?<since>前期末|前年度末|前期|前年度)(?:から|比で?|に比べて?|と比べて?)、?)?"
                    + "(?<gap>[^、。,()0-9△▲%]{0,24}?)"
                    + "(?:(?<chg>\\d[\\d,]*(?:\\.\\d+)?)(?<cunit>百万円|億円|千円|兆円|ポイント|pt)(?<cdir>増|減|上昇|低下)"
                    + "(?:加|少)?(?:えて|って|して|し|の)、?)?"
                    + "(?<val>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)(?<unit>百万円|億円|千円|兆円|円|%|名|人)"
                    + "(?=[、。]|$|\\(|と(?![\\d△▲])|を(?:予定|計画|見込)|で(?:、|着地|あ)|だっ|に(?:な|達))");
    /** 「前回予想(…、売上高6,500百万円、営業利益1,100百万円…)」. */
    private static final Pattern PRIOR_FORECAST = Pattern.compile("前回予想[(]([^()]*)[)]");
    private static final Pattern PRIOR_ITEM = Pattern.compile(
            "(?<label>[^、,()0-9]+?)(?<val>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)(?<unit>百万円|億円|千円|兆円)");
    /**
     * The same figure at another time, right after a stated one: 「…5,504名と、2025年3月末の5,221名から増えた」,
     * 「受注残が158.1億円と、前々期末の237.6億円を下回って」.
     */
    private static final Pattern COMPARED_FIGURE = Pattern.compile(
            "^と?、?(?<when>[^、。,()0-9]{0,4}[^、。,()]{1,14}?)の(?<val>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)"
                    + "(?<unit>百万円|億円|千円|兆円|円|%|名|人)(?:を下回|を上回|から|に比べ|と比べ|より)");
    /**
     * A figure that moved from an earlier time's level to the context's: 「営業利益率は前年同期の6.2%から7.9%へ改善した」.
     * Both figures are in one unit; the earlier one is at the time named before 「の」.
     */
    private static final Pattern FROM_TO = Pattern.compile(
            "(?<label>[^、。,()「」:]{1,40}?)(?:は|が)、?(?<when>[^、。,()0-9△▲%]{1,12}?)の"
                    + "(?<from>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)(?<fu>百万円|億円|千円|兆円|円|%|名|人)から"
                    + "(?<to>[△▲-]?\\d[\\d,]*(?:\\.\\d+)?)(?<tu>百万円|億円|千円|兆円|円|%|名|人)(?:へ|に|まで)");
    /**
     * Targets listed for a year: 「2027年3月期に売上収益3,800億円、営業利益率12%を目標に掲げる」. Each item is a
     * label and its figure; the list ends in a word of aim.
     */
    private static final Pattern TARGETS = Pattern.compile(
            "(?<when>\\d{4}年\\d{1,2}月期|\\d{2}/\\d{1,2}期|FY\\d{2,4})(?:に|には|の|で)"
                    + "(?<items>(?:[^、。,()0-9]{2,20}?\\d[\\d,]*(?:\\.\\d+)?(?:百万円|億円|千円|兆円|%)、?)+)"
                    + "(?:を|の)(?:目標|目指|計画|見込)");
    private static final Pattern TARGET_ITEM = Pattern.compile(
            "(?<label>[^、0-9]+?)(?<val>\\d[\\d,]*(?:\\.\\d+)?)(?<unit>百万円|億円|千円|兆円|%)");
    /** A period and 「の」 at the head of a label: 「2024年3月期の年間配当」 → period + 「年間配当」. */
    private static final Pattern LEADING_PERIOD = Pattern.compile("^(.*?(?:期末?|末)(?:時点)?)の");
    /** Words before a label that change its basis or scope: 「予想連結配当性向」. */
    private static final Pattern FORECAST_WORD = Pattern.compile("予想|予定|見込|計画|見通し");
    /** The sentence's topic: 「主力の認証・セキュリティサービスは、売上高が…」. */
    private static final Pattern TOPIC = Pattern.compile("^(?<topic>[^、。]{1,40}?)(?:は|では|について)、");
    private static final Pattern PLAN_WORD = Pattern.compile("計画|予想|見通し|目標");
    private static final Pattern PLAN_SUFFIX = Pattern.compile("の?(計画|予想|見通し|目標)$");
    /** 「中期計画では、…」: a topic that names a plan, not another owner of the figures. */
    private static final Pattern PLAN_TOPIC = Pattern.compile("(計画|目標)$");
    /** Spaces that a text layer put beside Japanese characters; spaces between two ASCII words stay. */
    private static final int MAX_EVIDENCE = 300;
    /** Numbered and bulleted headings: 「2. …」「(1) …」「● …」. */
    private static final Pattern HEADING = Pattern.compile("^(\\d{1,2}\\.(?!\\d)|\\(\\d{1,2}\\)|[●■◆◇□○・])");
    /** A major section: 「█業績動向」. Nothing carries over it. */
    private static final Pattern SECTION = Pattern.compile("^█");
    private static final char HARD_BREAK = '\u0000';
    /** A line that is only a bracketed name (「＜スタジオ事業＞」「【国内事業】」): the prose below is that part's. */
    private static final Pattern PART_HEADING = Pattern.compile("^[<〈《【\\[](?<name>[^<>〈〉《》【】\\[\\]]{1,30})[>〉》】\\]]$");
    private static final Pattern FUTURE_TENSE = Pattern.compile("見込|予定|見通し");
    private static final Pattern BULLET = Pattern.compile("^[●■◆◇□○・]");
    /** 「①マテリアル事業」 (folded to 「1マテリアル事業」), 「(2)CID事業」, 「b.国内セグメント」: an enumerated part's heading. */
    private static final Pattern ENUMERATED_PART = Pattern.compile(
            "^(?:\\d{1,2}\\.? ?|\\(\\d{1,2}\\) ?|[a-z][.)] ?)([^、。,\\d()]{1,25}?(?:事業|セグメント|部門|事業部))$");
    /** A note's heading (「(会計方針の変更)」「(追加情報)」): figures below are effects and details, not totals. */
    private static final Pattern NOTE_HEADING = Pattern.compile(
            "^\\((?:[^()]{0,20}(?:変更|追加情報|後発事象|注記|見積り|前提に関する|に関する注記))\\)$");
    /** Names that make a bracketed heading a part of the business, not a topic such as 「＜参考＞」. */
    private static final Pattern PART_WORD = Pattern.compile("事業|セグメント|部門|カンパニー|事業部|業務$");
    /** 「中期経営計画において2026年3月期に売上高10,000百万円を目指し」: a target of the plan, not the year's forecast. */
    private static final Pattern MIDTERM_TARGET = Pattern.compile("中期経営計画|中期計画|中計");
    private static final Pattern AMOUNT_HINT = Pattern.compile("\\d(百万円|億円|千円|円|%)");

    private final ExtractionContext ctx;
    /** The context a heading or an earlier sentence set, carried across sentences and pages. */
    private Context carried;
    /** The segment figure the last sentence stated, whose parts the next sentence may list. */
    private Labelled lastSegment;
    /**
     * The part of the business a bracketed heading named, until the next heading: a segment irx knows, or
     * {@link #UNNAMED_PART} when it names one irx cannot place (whose figures are then not the company's).
     */
    private String headedPart;
    private static final String UNNAMED_PART = "";
    private final SegmentNames segments;
    private final DividendSentences dividends;
    /** Major sections seen (「█業績動向」): a page repeats its section's name as a running header. */
    private final java.util.Set<String> sectionNames = new java.util.HashSet<>();

    public SentenceExtractor(ExtractionContext ctx) {
        this.ctx = ctx;
        this.segments = new SegmentNames(ctx);
        this.dividends = new DividendSentences(ctx);
    }

    public void extract(Page page) {
        // Prose wraps mid-sentence (and even between a number and its unit), so read the page as one
        // stream. A heading stands as a sentence of its own.
        StringBuilder stream = new StringBuilder();
        List<int[]> lineStarts = new ArrayList<>();
        List<String> lines = ctx.folded().lines(page);
        for (int i = 0; i < lines.size(); i++) {
            String folded = lines.get(i);
            // Running headers and footers would splice themselves into a sentence broken across pages.
            if (folded.isEmpty() || ctx.isFurniture(folded)) continue;
            String t = FoldedText.compact(folded);
            // The section's name atop each page (「業績動向」) would run into the sentence the page goes on with.
            if (sectionNames.contains(t)) continue;
            if (SECTION.matcher(t).find()) sectionNames.add(t.substring(1).strip());
            boolean heading = HEADING.matcher(t).find() || SECTION.matcher(t).find() || partHeading(t).isPresent()
                    || NOTE_HEADING.matcher(t).find();
            if (heading) stream.append(HARD_BREAK);
            lineStarts.add(new int[] {stream.length(), i});
            stream.append(t);
            if (heading) stream.append(HARD_BREAK);
        }
        String text = stream.toString();
        int from = 0;
        while (from < text.length()) {
            int end = from;
            while (end < text.length() && text.charAt(end) != '。' && text.charAt(end) != HARD_BREAK) end++;
            String sentence = text.substring(from, end);
            if (SECTION.matcher(sentence).find()) {
                carried = null;
                lastSegment = null;
                // a bullet under a part's heading (「・フォトウエディングサービス」) is a piece of that part
                if (!BULLET.matcher(sentence).find()) headedPart = null;
                dividends.newSection();
            } else if (NOTE_HEADING.matcher(sentence).find()) {
                headedPart = UNNAMED_PART;
                lastSegment = null;
            } else if (partHeading(sentence).isPresent()) {
                String name = partHeading(sentence).get();
                headedPart = topicSegment(name).orElse(PART_WORD.matcher(name).find() ? UNNAMED_PART : null);
                lastSegment = null;
            } else if (HEADING.matcher(sentence).find()) {
                Optional<Context> own = headingContext(sentence);
                if (own.isPresent()) carried = own.get();
                else if (isTanshin()) carried = reportContext(sentence);
                lastSegment = null;
                // a bullet under a part's heading (「・フォトウエディングサービス」) is a piece of that part
                if (!BULLET.matcher(sentence).find()) headedPart = null;
                dividends.newSection();
            }
            else if (!sentence.isBlank()) carried = readSentence(page, text, from, end, lineStarts, carried);
            from = end + 1;
        }
    }

    /** 「1. 2024年3月期連結業績の概要」 → 2024年3月期, actual; 「● 2025年3月期連結業績予想の概要」 → forecast. */
    private Optional<Context> headingContext(String heading) {
        List<PeriodMatch> ps = ctx.periods().findAll(heading);
        if (ps.size() != 1) return Optional.empty();
        Basis basis = FORECAST_WORD.matcher(heading).find() ? Basis.FORECAST : Basis.ACTUAL;
        Boolean scope = ctx.scope(heading.contains("連結") ? Boolean.TRUE : null);
        return Optional.of(new Context(0, ps.get(0).period(), basis, scope));
    }

    /** The part of the business a heading line names, bracketed or enumerated. */
    private static Optional<String> partHeading(String line) {
        Matcher m = PART_HEADING.matcher(line);
        if (m.find()) return Optional.of(m.group(1));
        m = ENUMERATED_PART.matcher(line);
        return m.find() ? Optional.of(m.group(1).strip()) : Optional.empty();
    }

    private boolean isTanshin() { return ctx.info().kind() == dev.irx.model.DocumentKind.KESSAN_TANSHIN; }

    /**
     * Under a 短信 heading that names no period (「(1)当期の経営成績の概況」), prose is about the period the 短信
     * reports on; under one of outlook (「(4)今後の見通し」) it is about no period irx can be sure of.
     */
    private Context reportContext(String heading) {
        if (FORECAST_WORD.matcher(heading).find()) return null;
        return ctx.reportPeriod().map(p -> new Context(0, p, Basis.ACTUAL, ctx.scope(null))).orElse(null);
    }

    /** Reads one sentence; returns the context that carries over to the next one. */
    private Context readSentence(Page page, String text, int from, int end, List<int[]> lineStarts,
                                 Context carried) {
        String sentence = text.substring(from, end);
        segments.learnAbbreviations(sentence);
        // A dividend's year is lent to the one sentence after it; then the context before it goes on.
        Context ongoing = carried != null && carried == brief ? resume : carried;
        Matcher ctxm = CONTEXT.matcher(sentence);
        List<Context> contexts = new ArrayList<>();
        while (ctxm.find()) {
            Optional<Period> p = ctx.periods().parse(ctxm.group(1));
            if (p.isEmpty()) continue;
            Basis basis = ctxm.group(3) != null ? Basis.FORECAST : Basis.ACTUAL;
            Boolean consolidated = ctx.scope(ctxm.group(2) == null ? null : ctxm.group(2).equals("連結"));
            contexts.add(new Context(ctxm.end(), p.get(), basis, consolidated));
        }
        boolean ownContext = !contexts.isEmpty();
        String evidence = evidence(sentence);
        List<int[]> taken = new ArrayList<>();
        Context dividendYear = readDividends(page, sentence, from, lineStarts, taken, evidence);
        // 「Xは、売上高が…」: the figures are X's. A segment we know gives them a segment; a topic we cannot
        // place (not a period, not a segment, not a figure's label) means they are not the company's.
        Optional<String> topicSegment = Optional.empty();
        String topicText = null;
        if (UNNAMED_PART.equals(headedPart)) {
            lastSegment = null;
            return after(ownContext ? contextAfter(contexts) : ongoing, dividendYear, ownContext);
        }
        if (isTanshin() && MIDTERM_TARGET.matcher(sentence).find() && AMOUNT_HINT.matcher(sentence).find()) {
            ctx.sink().warn("p." + page.number() + ": sentence names a mid-term plan; its targets are not the "
                    + "year's forecast, not read: " + evidence);
            lastSegment = null;
            return after(ownContext ? contextAfter(contexts) : ongoing, dividendYear, ownContext);
        }
        if (headedPart != null) topicSegment = Optional.of(headedPart);
        Matcher topic = TOPIC.matcher(sentence);
        if (topic.find() && !(ownContext && contexts.get(0).end <= topic.end())) {
            String t = topic.group("topic");
            topicText = t;
            topicSegment = topicSegment(t.substring(t.lastIndexOf('の') + 1));
            if (topicSegment.isEmpty() && headedPart != null) topicSegment = Optional.of(headedPart);
            boolean partsOfLast = t.endsWith("内訳") && lastSegment != null;
            if (topicSegment.isEmpty() && BreakdownSums.TOPIC.matcher(t).matches()) {
                readBreakdown(page, sentence, from, lineStarts, contexts, ownContext, carried, t, evidence);
                lastSegment = null;
                return after(ownContext ? contextAfter(contexts) : ongoing, dividendYear, ownContext);
            }
            if (topicSegment.isEmpty() && ctx.periods().findAll(t).isEmpty() && !partsOfLast && resolve(t).isEmpty()
                    && !PLAN_TOPIC.matcher(t).find()) {
                lastSegment = null;
                return after(ownContext ? contextAfter(contexts) : ongoing, dividendYear, ownContext);
            }
        }
        // 「配当性向は76.1%となる見込み」 under the 短信's own (finished) year speaks of a year to come, unnamed.
        boolean futureTense = isTanshin() && FUTURE_TENSE.matcher(sentence).find();
        if (!ownContext && carried != null && !(futureTense && carried.basis == Basis.ACTUAL))
            contexts.add(new Context(0, carried.period, carried.basis, carried.consolidated));

        // The clause patterns backtrack; skip the search where their anchor words cannot be.
        Matcher m = CLAUSE.matcher(sentence.contains("%増") || sentence.contains("%減") ? sentence : "");
        // The segment just stated, whose parts, siblings or other figures the next clause may give
        // (「…となった。取引形態別の内訳は、ライセンスが…」「…12,731百万円で、このうちIPサービスが…」).
        // 「サービス別売上高の計画は、認証・セキュリティサービスが…」: a topic that names the metric of the segments.
        Optional<Labelled> topicMetric = topicText != null && topicSegment.isEmpty() ? metricTopic(topicText)
                : Optional.empty();
        boolean planned = topicMetric.isPresent() && PLAN_WORD.matcher(topicText).find();
        Labelled lastSegmented = topicSegment.map(seg -> new Labelled(seg, Metric.REVENUE, seg))
                .or(() -> topicMetric).orElse(lastSegment);
        boolean statedHere = false;
        while (m.find()) {
            // A sentence that names a period we did not read as its context must not borrow another one; naming the
            // very period it borrows (「2025年3月期について会社側は、…」 under that year's heading) is no other one.
            Context c = contextAt(sentence, m.start(), contexts, ownContext, carried);
            if (c == null) continue;
            // A year not over when the report came out has plans only; a plan for a year that is over is not read.
            Basis basis = ctx.unfinished(c.period) ? Basis.FORECAST : c.basis;
            if (planned && basis != Basis.FORECAST) continue;
            Optional<Labelled> what;
            if (m.group("gloss") != null) {
                what = glossed(m.group("label"), m.group("gloss"), lastSegmented, statedHere);
                if (what.isEmpty()) {
                    ctx.sink().warn("p." + page.number() + ": sentence label '" + m.group("label") + m.group("gloss")
                            + "' is no segment with what it counts in brackets; not read");
                    continue;
                }
            } else {
                what = partOf(m.group("label"), lastSegmented, statedHere);
                if (what.isEmpty()) what = label(m.group("label"), page);
                if (what.isEmpty()) continue;
            }
            Labelled l = withTopic(what.get(), topicSegment);
            if (l.segment != null) {
                lastSegmented = l;
                statedHere = true;
            }
            taken.add(new int[] {m.start(), m.end()});
            Optional<Quantity> value = QuantityParser.parse(m.group("val") + m.group("unit"));
            Optional<Quantity> pct = QuantityParser.parse(m.group("pct") + "%");
            BoundingBox box = boxAt(page, lineStarts, from + m.start("val"));
            Unit unit = value.map(v -> unitFor(l.metric, v)).orElse(null);
            if (unit != null) {
                ctx.sink().add(l.metric, Measure.VALUE, l.label, l.segment, c.consolidated, c.period, basis,
                        value.get().withUnit(unit), unit, FactSource.SENTENCE, page.number(), box, evidence);
            }
            if (pct.isPresent()) {
                Quantity yoy = m.group("dir").equals("減") ? pct.get().negate() : pct.get();
                ctx.sink().add(l.metric, Measure.YOY_PCT, l.label, l.segment, c.consolidated, c.period, basis,
                        yoy, Unit.PERCENT, FactSource.SENTENCE, page.number(), box, evidence);
            }
        }
        // A sentence that states no segment figure ends the run: the next one must name its metric again.
        lastSegment = statedHere || topicSegment.isPresent() ? lastSegmented : null;
        readTargets(page, sentence, from, lineStarts, taken, evidence);
        readFromTo(page, sentence, from, lineStarts, contexts, ownContext, carried, taken, evidence, topicSegment);
        readValueClauses(page, sentence, from, lineStarts, contexts, ownContext, taken, evidence, topicSegment);
        readPriorForecast(page, sentence, from, lineStarts, contexts, evidence);
        return after(ownContext ? contextAfter(contexts) : ongoing, dividendYear, ownContext);
    }

    /**
     * 「サービス別には、認証・セキュリティサービスが前期比9.0%増の4,300百万円、…」: segments a table lists, each with its
     * figure and no metric, under a topic that names only the breakdown. They are read as the one metric their amounts
     * add up to ({@link BreakdownSums}), all of one period, or not at all.
     */
    private void readBreakdown(Page page, String sentence, int from, List<int[]> lineStarts, List<Context> contexts,
                               boolean ownContext, Context carried, String topic, String evidence) {
        List<Context> cs = new ArrayList<>(contexts);
        if (!ownContext && carried != null) cs.add(new Context(0, carried.period, carried.basis, carried.consolidated));
        record Part(String label, String segment, Quantity value, Quantity yoy, BoundingBox box) {}
        List<Part> parts = new ArrayList<>();
        Context only = null;
        Matcher m = CLAUSE.matcher(sentence);
        while (m.find()) {
            Context c = contextAt(sentence, m.start(), cs, ownContext, carried);
            String label = m.group("label");
            Optional<String> segment = resolve(label).isPresent() ? Optional.empty() : segments.known(label);
            Optional<Quantity> value = QuantityParser.parse(m.group("val") + m.group("unit"));
            Optional<Quantity> pct = QuantityParser.parse(m.group("pct") + "%");
            if (c == null || segment.isEmpty() || value.isEmpty() || pct.isEmpty()
                    || only != null && !(only.period.equals(c.period) && only.basis == c.basis)) return;
            only = c;
            parts.add(new Part(label, segment.get(), value.get(), m.group("dir").equals("減") ? pct.get().negate() : pct.get(),
                    boxAt(page, lineStarts, from + m.start("val"))));
        }
        if (parts.size() < 2) return;
        Basis basis = ctx.unfinished(only.period) ? Basis.FORECAST : only.basis;
        Optional<Metric> metric = BreakdownSums.metricOf(ctx.sink().facts(), only.period, basis,
                parts.stream().map(Part::value).toList());
        if (metric.isEmpty()) {
            ctx.sink().warn("p." + page.number() + ": segment figures under '" + topic + "' add up to no one metric"
                    + " stated for the period; not read");
            return;
        }
        for (Part p : parts) {
            Unit unit = unitFor(metric.get(), p.value);
            if (unit == null) continue;
            ctx.sink().add(metric.get(), Measure.VALUE, p.label, p.segment, only.consolidated, only.period, basis,
                    p.value.withUnit(unit), unit, FactSource.SENTENCE, page.number(), p.box, evidence);
            ctx.sink().add(metric.get(), Measure.YOY_PCT, p.label, p.segment, only.consolidated, only.period, basis,
                    p.yoy, Unit.PERCENT, FactSource.SENTENCE, page.number(), p.box, evidence);
        }
    }

    /**
     * The context of a figure at {@code at} in the sentence: its own context phrase's, or the carried one when the
     * words before the figure name no other period; null for none.
     */
    private Context contextAt(String sentence, int at, List<Context> contexts, boolean ownContext, Context carried) {
        return ownContext || namesOnly(sentence.substring(0, at), carried) ? contextBefore(contexts, at) : null;
    }

    /** Whether every period the text names is the carried context's (none named is none other). */
    private boolean namesOnly(String text, Context carried) {
        List<PeriodMatch> named = ctx.periods().findAll(text);
        return named.stream().allMatch(p -> carried != null && p.period().equals(carried.period));
    }

    /** A dividend's year lent to the next sentence (「配当性向は27.2%となる」), while the context goes on after it. */
    private Context brief;
    private Context resume;

    private Context after(Context next, Context dividendYear, boolean ownContext) {
        if (dividendYear == null || ownContext) return next;
        brief = dividendYear;
        resume = next;
        return dividendYear;
    }

    private static Context contextAfter(List<Context> contexts) {
        return contexts.isEmpty() ? null : contexts.get(contexts.size() - 1);
    }

    /** 「売上高の計画」「サービス別売上高」: a topic that is a metric (of no segment), perhaps of a plan. */
    private Optional<Labelled> metricTopic(String topic) {
        String t = PLAN_SUFFIX.matcher(topic).replaceFirst("");
        Optional<Labelled> l = resolve(t).filter(x -> x.segment == null);
        if (l.isPresent()) return l;
        return SegmentBlock.announcedBy(t, ctx.labels()).filter(b -> !b.composition())
                .map(b -> new Labelled(topic, b.metric(), null));
    }

    /** The segment a sentence's topic names: near the one just stated, else any the tables list. */
    private Optional<String> topicSegment(String name) {
        Optional<String> near = lastSegment == null ? Optional.empty() : segments.near(name, lastSegment.segment);
        return near.isPresent() ? near : segments.known(name);
    }

    /** Dividends per share in the sentence; the year they were for, when they were read. */
    private Context readDividends(Page page, String sentence, int from, List<int[]> lineStarts, List<int[]> taken,
                                  String evidence) {
        Boolean scope = ctx.scope(null);
        List<DividendSentences.Read> reads = dividends.read(sentence, new DividendSentences.Placement() {
            @Override public String where() { return "p." + page.number(); }

            @Override public void add(String label, Measure measure, Period period, Basis basis, Quantity q, Unit unit,
                                      int at) {
                ctx.sink().add(Metric.DIVIDEND_PER_SHARE, measure, label, null, scope, period, basis, q.withUnit(unit),
                        unit, FactSource.SENTENCE, page.number(), boxAt(page, lineStarts, from + at), evidence);
            }
        });
        DividendSentences.Read last = null;
        for (DividendSentences.Read r : reads) {
            taken.add(new int[] {r.start(), r.end()});
            if (r.year() != null) last = r;
        }
        return last == null ? null : new Context(0, last.year(), last.basis(), scope);
    }

    /** 「取引形態別内訳には」「うち」: words that introduce the parts of the segment just named. */
    private static final Pattern PARTS_INTRO = Pattern.compile("^(.*内訳(?:には|は|では)|このうち|うち)");

    /**
     * A clause that names a segment but no metric gives the figure of the metric just stated, for a segment
     * beside or under the one just stated, when a table lists it: 「ネットワークサービスの売上高は…。
     * 法人向けインターネット接続サービスは同9.4%増の…」, 「…内訳にはライセンスが同2.3%増の158百万円」.
     * A part that no table lists is read only when introduced as one (「このうち」「うち」) right after the
     * segment it is part of, in the same sentence.
     */
    private Optional<Labelled> partOf(String label, Labelled last, boolean statedHere) {
        if (last == null || resolve(label).isPresent()) return Optional.empty();
        Matcher intro = PARTS_INTRO.matcher(label);
        boolean introduced = intro.find();
        String part = introduced ? label.substring(intro.end()) : label;
        if (part.isEmpty()) return Optional.empty();
        Optional<String> seg = segments.near(part, last.segment);
        if (seg.isPresent()) return Optional.of(new Labelled(label, last.metric, seg.get()));
        boolean ofThis = introduced && SegmentNames.PART_INTRO.matcher(intro.group(1)).matches();
        if (ofThis && statedHere && last.segment != null && ctx.knownSegment(last.segment).isPresent()) {
            return Optional.of(new Labelled(label, last.metric, last.segment + "/" + SegmentNames.partName(part)));
        }
        return Optional.empty();
    }

    /**
     * A segment with what it counts in brackets (「構築(一時売上)」「運用保守(ストック売上)」): the bracket names the metric,
     * as a chart heading's does; the segment is one beside or under the one just stated, or one a table lists. A label
     * that is itself a metric (「営業利益(のれん償却前)」) is not read: its bracket may change what it measures.
     */
    private Optional<Labelled> glossed(String label, String gloss, Labelled last, boolean statedHere) {
        String inner = gloss.substring(1, gloss.length() - 1);
        Optional<Metric> metric = ctx.labels().lookup(inner).or(() -> CompoundLabel.split(inner, ctx.labels())
                .filter(sp -> !sp.qualifiesScope()).map(CompoundLabel.Split::metric));
        if (metric.isEmpty() || resolve(label).isPresent()) return Optional.empty();
        Optional<String> segment = partOf(label, last, statedHere).map(Labelled::segment)
                .or(() -> segments.known(label));
        return segment.map(seg -> new Labelled(label + gloss, metric.get(), seg));
    }

    /** A company-level label under a segment topic is that segment's figure. */
    private static Labelled withTopic(Labelled l, Optional<String> topicSegment) {
        return l.segment == null && topicSegment.isPresent() ? new Labelled(l.label, l.metric, topicSegment.get()) : l;
    }

    /**
     * Targets for a year: 「2027年3月期に売上収益3,800億円、営業利益率12%を目標に掲げる」. They are plans,
     * so forecasts.
     */
    private void readTargets(Page page, String sentence, int from, List<int[]> lineStarts, List<int[]> taken,
                             String evidence) {
        Matcher t = TARGETS.matcher(sentence.contains("目標") || sentence.contains("目指") || sentence.contains("計画")
                || sentence.contains("見込") ? sentence : "");
        while (t.find()) {
            Optional<Period> when = ctx.periods().parse(t.group("when"));
            if (when.isEmpty() || when.get().span() != dev.irx.model.Span.FY) continue;
            Matcher item = TARGET_ITEM.matcher(t.group("items"));
            while (item.find()) {
                Optional<Labelled> what = label(item.group("label"), page);
                Optional<Quantity> q = QuantityParser.parse(item.group("val") + item.group("unit"));
                if (what.isEmpty() || q.isEmpty()) continue;
                Labelled l = what.get();
                Measure measure = measureFor(l, q.get());
                Unit unit = measure == Measure.VALUE ? unitFor(l.metric, q.get()) : Unit.PERCENT;
                if (measure == null || unit == null) continue;
                int at = t.start("items") + item.start("val");
                taken.add(new int[] {t.start("items") + item.start(), t.start("items") + item.end()});
                ctx.sink().add(l.metric, measure, l.label, l.segment, ctx.scope(null),
                        YearParts.forMetric(l.metric, when.get()), Basis.FORECAST, q.get().withUnit(unit), unit,
                        FactSource.SENTENCE, page.number(), boxAt(page, lineStarts, from + at), evidence);
            }
        }
    }

    /** A profit's margin (「営業利益率12%」) is its ratio to revenue; other figures are the value itself. */
    private static Measure measureFor(Labelled l, Quantity q) {
        if (q.unit() == Unit.PERCENT && !l.metric.isPercentage()) {
            return LabelDictionary.namesMargin(l.label) ? Measure.RATIO_TO_REVENUE_PCT : null;
        }
        return Measure.VALUE;
    }

    private void readValueClauses(Page page, String sentence, int from, List<int[]> lineStarts,
                                  List<Context> contexts, boolean ownContext, List<int[]> taken, String evidence,
                                  Optional<String> topicSegment) {
        Matcher v = VALUE_CLAUSE.matcher(sentence.indexOf('円') >= 0 || sentence.indexOf('%') >= 0
                || sentence.indexOf('名') >= 0 ? sentence : "");
        while (v.find()) {
            if (overlaps(taken, v.start(), v.end())) continue;
            String raw = v.group("label");
            Context c = contextBefore(contexts, v.start());
            // The period: named at the head of the label or before the amount, else named earlier in the
            // sentence, else the context. A relative one (「前期末の」) is read from the context, never replaced by it.
            Period period = null;
            Matcher lead = LEADING_PERIOD.matcher(raw);
            String label = raw;
            if (lead.find()) {
                period = periodNamed(lead.group(1), c);
                if (period == null && RelativePeriods.isRelative(lead.group(1))) {
                    ctx.sink().warn("p." + page.number() + ": sentence figure '" + raw + "' is at '" + lead.group(1)
                            + "', a time irx does not read; not read");
                    continue;
                }
                label = raw.substring(lead.end());
            }
            if (v.group("when") != null) {
                if (period != null) continue;
                period = periodNamed(v.group("when"), c);
                if (period == null) continue;
            }
            if (period == null) {
                List<PeriodMatch> before = ctx.periods().findAll(sentence.substring(0, v.start()));
                if (!before.isEmpty() && (!ownContext || c == null)) period = before.get(before.size() - 1).period();
            }
            if (period == null && c != null && (ownContext || ctx.periods().findAll(sentence).isEmpty())) {
                period = c.period;
            }
            if (period == null || v.group("since") != null && v.group("chg") == null) continue;
            boolean forecast = FORECAST_WORD.matcher(label).find() || FORECAST_WORD.matcher(v.group("gap")).find()
                    || (c != null && c.basis == Basis.FORECAST && c.period.equals(period));
            String bare = label.replaceFirst("^(予想|予定)", "");
            Optional<Labelled> what = label(bare, page);
            // Dividends per share are read by DividendSentences, which knows their parts of the year.
            if (what.isEmpty() || what.get().metric == Metric.DIVIDEND_PER_SHARE) continue;
            Labelled l = withTopic(what.get(), topicSegment);
            Optional<Quantity> q = QuantityParser.parse(v.group("val") + v.group("unit"));
            if (q.isEmpty()) continue;
            Measure measure = measureFor(l, q.get());
            Unit unit = measure == Measure.VALUE ? unitFor(l.metric, q.get()) : measure == null ? null : Unit.PERCENT;
            if (unit == null) continue;
            Boolean scope = ctx.scope(bare.startsWith("連結") ? Boolean.TRUE : c == null ? null : c.consolidated);
            Basis basis = forecast || ctx.unfinished(period) ? Basis.FORECAST : Basis.ACTUAL;
            add(page, l, measure, scope, YearParts.forMetric(l.metric, period), basis, q.get(), unit,
                    boxAt(page, lineStarts, from + v.start("val")), evidence);
            if (measure == Measure.VALUE) readChange(page, v, from, lineStarts, l, scope, YearParts.forMetric(l.metric, period),
                    basis, evidence);
            readComparedFigure(page, sentence.substring(v.end()), from + v.end(), lineStarts, l, measure, scope,
                    period, c, evidence);
        }
    }

    /**
     * 「営業利益率は前年同期の6.2%から7.9%へ改善した」: the second figure is the context's period's, the first the earlier
     * time's (a period the phrase names, one relative to the context, or 「前年同期」, the context's span a year before).
     */
    private void readFromTo(Page page, String sentence, int from, List<int[]> lineStarts, List<Context> contexts,
                            boolean ownContext, Context carried, List<int[]> taken, String evidence,
                            Optional<String> topicSegment) {
        Matcher m = FROM_TO.matcher(sentence.contains("から") ? sentence : "");
        while (m.find()) {
            if (!m.group("fu").equals(m.group("tu")) || overlaps(taken, m.start(), m.end())) continue;
            Context c = contextAt(sentence, m.start(), contexts, ownContext, carried);
            if (c == null) continue;
            Period earlier = periodNamed(m.group("when"), c);
            if (earlier == null) earlier = RelativePeriods.sameTimeYearBefore(m.group("when"), c.period).orElse(null);
            if (earlier == null || !earlier.end().isBefore(c.period.end())) continue;
            Optional<Labelled> what = resolve(m.group("label"));
            Optional<Quantity> was = QuantityParser.parse(m.group("from") + m.group("fu"));
            Optional<Quantity> now = QuantityParser.parse(m.group("to") + m.group("tu"));
            if (what.isEmpty() || was.isEmpty() || now.isEmpty() || what.get().metric == Metric.DIVIDEND_PER_SHARE) continue;
            Labelled l = withTopic(what.get(), topicSegment);
            Measure measure = measureFor(l, now.get());
            Unit unit = measure == Measure.VALUE ? unitFor(l.metric, now.get()) : measure == null ? null : Unit.PERCENT;
            if (unit == null) continue;
            Basis basis = ctx.unfinished(c.period) ? Basis.FORECAST : c.basis;
            taken.add(new int[] {m.start(), m.end()});
            add(page, l, measure, c.consolidated, YearParts.forMetric(l.metric, earlier), Basis.ACTUAL, was.get(), unit,
                    boxAt(page, lineStarts, from + m.start("from")), evidence);
            add(page, l, measure, c.consolidated, YearParts.forMetric(l.metric, c.period), basis, now.get(), unit,
                    boxAt(page, lineStarts, from + m.start("to")), evidence);
        }
    }

    /**
     * What may stand between a label and its change for the change to be over the year before: nothing, a reason, or
     * 「同」「前期比」; a change against a plan (「計画比50百万円増の」) is no 増減額.
     */
    private static final Pattern CHANGE_GAP = Pattern.compile(
            "|(?:同|前期比|前年比|前年度比|前年同期比)で?|(?!.*(?:比|計画|予想|予算|見通し|目標)).*(?:により|によって|を受けて|もあり|もあって)");

    /** The change a value clause states with its figure (「548百万円増えて」「0.1ポイント上昇し」), as its 増減額. */
    private void readChange(Page page, Matcher v, int from, List<int[]> lineStarts, Labelled l, Boolean scope,
                            Period period, Basis basis, String evidence) {
        if (v.group("chg") == null || !CHANGE_GAP.matcher(v.group("gap")).matches()) return;
        Optional<Quantity> q = QuantityParser.parse(v.group("chg") + v.group("cunit"));
        if (q.isEmpty()) return;
        boolean points = q.get().unit() == Unit.POINT;
        // Points are a change of a percentage; an amount is a change in the metric's own unit.
        Unit unit = l.metric.isPercentage() ? (points ? Unit.POINT : null) : points ? null : unitFor(l.metric, q.get());
        if (unit == null) return;
        boolean down = v.group("cdir").equals("減") || v.group("cdir").equals("低下");
        add(page, l, Measure.YOY_AMOUNT, scope, period, basis, down ? q.get().negate() : q.get(), unit,
                boxAt(page, lineStarts, from + v.start("chg")), evidence);
    }

    /**
     * 「…5,504名と、2025年3月末の5,221名から増えた」: the figure just stated, at an earlier time. Only an earlier
     * time is read: a comparison looks back.
     */
    private void readComparedFigure(Page page, String rest, int at, List<int[]> lineStarts, Labelled l,
                                    Measure measure, Boolean scope, Period period, Context c, String evidence) {
        Matcher m = COMPARED_FIGURE.matcher(rest);
        if (!m.find()) return;
        Period earlier = periodNamed(m.group("when"), c);
        Optional<Quantity> q = QuantityParser.parse(m.group("val") + m.group("unit"));
        if (earlier == null || q.isEmpty() || !earlier.end().isBefore(period.end())) return;
        Unit unit = measure == Measure.VALUE ? unitFor(l.metric, q.get()) : q.get().unit() == Unit.PERCENT ? Unit.PERCENT : null;
        if (unit == null) return;
        add(page, l, measure, scope, YearParts.forMetric(l.metric, earlier), Basis.ACTUAL, q.get(), unit,
                boxAt(page, lineStarts, at + m.start("val")), evidence);
    }

    /** One period a phrase names: a date or fiscal period, or one relative to the context (「前期末」). */
    private Period periodNamed(String phrase, Context c) {
        List<PeriodMatch> ps = ctx.periods().findAll(phrase);
        if (ps.size() == 1) return ps.get(0).period();
        if (!ps.isEmpty()) return null;
        return RelativePeriods.resolve(phrase, c == null ? null : c.period, ctx.periods().calendar()).orElse(null);
    }

    private void add(Page page, Labelled l, Measure measure, Boolean scope, Period period, Basis basis, Quantity q,
                     Unit unit, BoundingBox box, String evidence) {
        ctx.sink().add(l.metric, measure, l.label, l.segment, scope, period, basis, q.withUnit(unit), unit,
                FactSource.SENTENCE, page.number(), box, evidence);
    }

    /** The unit a stated amount of this metric must have, or null when the printed unit does not fit. */
    private static Unit unitFor(Metric metric, Quantity q) {
        if (metric.isPercentage()) return q.unit() == Unit.PERCENT ? Unit.PERCENT : null;
        if (metric.isPerShare()) return q.unit() == Unit.JPY && q.scale().exponent() == 0 ? Unit.JPY_PER_SHARE : null;
        if (metric == Metric.EMPLOYEES) return q.unit() == Unit.PERSONS ? Unit.PERSONS : null;
        return q.unit() == Unit.JPY ? Unit.JPY : null;
    }

    private void readPriorForecast(Page page, String sentence, int from, List<int[]> lineStarts,
                                   List<Context> contexts, String evidence) {
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
    }

    /** A label read as a metric, and the segment when it is 「<segment>の<metric>」. */
    private record Labelled(String label, Metric metric, String segment) {}

    private Optional<Labelled> label(String label, Page page) {
        Optional<Labelled> l = resolve(label);
        if (l.isEmpty()) ctx.sink().warn("p." + page.number() + ": sentence label '" + label + "' not in the dictionary");
        else if (l.get().segment != null && ctx.knownSegment(l.get().segment).isEmpty()) {
            ctx.sink().warn("p." + page.number() + ": segment '" + l.get().segment + "' is named only in prose");
        }
        return l;
    }

    /** 「全社ベースの」「全社ベースで見た」: words that say a figure is the whole company's, not one line's. */
    private static final Pattern COMPANY_WIDE = Pattern.compile("^全社(?:ベース)?(?:の|で見た)(?=.)");

    /** A label as a metric, with its segment; empty when it is not one. */
    private Optional<Labelled> resolve(String label) {
        // 「全社ベースのリカーリングサービス売上高」: the company-wide figure of the part named after it.
        Matcher wide = COMPANY_WIDE.matcher(label);
        java.util.function.Function<String, Optional<String>> known = segments::known;
        if (wide.find()) {
            label = label.substring(wide.end());
            known = segments::companyWide;
        }
        Optional<Metric> metric = ctx.labels().lookup(label);
        if (metric.isPresent()) return Optional.of(new Labelled(label, metric.get(), null));
        int no = label.lastIndexOf('の');
        if (no > 0) {
            Optional<Metric> m = ctx.labels().lookup(label.substring(no + 1));
            String owner = label.substring(0, no);
            Optional<String> segment = known.apply(owner);
            if (m.isPresent() && segment.isPresent()) return Optional.of(new Labelled(label, m.get(), segment.get()));
            // 「法人・MVNE・個人を合わせたモバイルサービスの売上」: a service line that no table lists.
            String line = CompoundLabel.trailingNouns(owner);
            if (m.isPresent() && SegmentNames.mayStandAlone(line) && ctx.periods().findAll(owner).isEmpty()
                    && !RelativePeriods.isRelative(owner)) {
                return Optional.of(new Labelled(label, m.get(), line));
            }
        }
        // 「売上収益はネットワークサービスが…」: the metric, then the segment it is of.
        int wa = label.indexOf('は');
        if (wa > 0) {
            Optional<Metric> m = ctx.labels().lookup(label.substring(0, wa));
            Optional<String> segment = known.apply(label.substring(wa + 1));
            if (m.isPresent() && segment.isPresent()) return Optional.of(new Labelled(label, m.get(), segment.get()));
        }
        // 「連結営業利益」「IoTサービス売上高」: a scope word or a segment the tables name, then a known label.
        Optional<CompoundLabel.Split> split = CompoundLabel.split(label, ctx.labels());
        if (split.isPresent()) {
            CompoundLabel.Split sp = split.get();
            if (sp.qualifiesScope()) return Optional.of(new Labelled(label, sp.metric(), null));
            Optional<String> segment = known.apply(sp.qualifier().replaceFirst("の$", ""));
            if (segment.isPresent()) return Optional.of(new Labelled(label, sp.metric(), segment.get()));
        }
        return Optional.empty();
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        for (int[] s : spans) if (start < s[1] && s[0] < end) return true;
        return false;
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
