package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.extract.label.SegmentLabels;
import dev.irx.model.DocumentInfo;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.internal.normalize.FiscalCalendar;
import dev.irx.internal.normalize.PeriodParser;

import java.util.Optional;

/**
 * What every rule of one extraction run shares: the document's profile, its calendar, the dictionary,
 * the sink for facts, and what earlier pages taught (the document's main segment breakdown).
 */
public final class ExtractionContext {

    private final DocumentInfo info;
    private final Boolean defaultScope;
    private final PeriodParser periods;
    private final LabelDictionary labels;
    private final FactSink sink;
    private final PageFurniture furniture;
    private final FoldedText folded;
    /** Table segments by their lower-cased name, rebuilt when the facts grow. */
    private java.util.Map<String, String> segments = java.util.Map.of();
    private int segmentsAt = -1;
    private String primaryDimension;
    /** The period a 短信's own heading states (see {@link ReportPeriod}); null until a heading is read. */
    private dev.irx.model.Period statedReportPeriod;
    /** Subjects of tables titled by them (「大型案件の動向」): cuts of the business, not its segments. */
    private final java.util.Set<String> cuts = new java.util.HashSet<>();

    private ExtractionContext(DocumentInfo info, Boolean defaultScope, PeriodParser periods, LabelDictionary labels,
                              PageFurniture furniture, FoldedText folded, boolean positions) {
        this.info = info;
        this.sink = new FactSink(info, positions);
        this.furniture = furniture;
        this.folded = folded;
        this.defaultScope = defaultScope;
        this.periods = periods;
        this.labels = labels;
    }

    /** {@code positions}: whether the document's words have places on the page (a PDF's do, plain text's do not). */
    static ExtractionContext of(DocumentProfiler.Profile profile, LabelDictionary labels, PageFurniture furniture,
                                FoldedText folded, boolean positions) {
        DocumentInfo info = profile.info();
        int fyEnd = info.fiscalYearEndMonth() == null ? 3 : info.fiscalYearEndMonth();
        FiscalCalendar calendar = new FiscalCalendar(fyEnd, FiscalCalendar.FyLabel.START_YEAR,
                profile.dating().yearEndDay());
        return new ExtractionContext(info, profile.defaultScope(),
                new PeriodParser(calendar, profile.dating().twoDigitYears()), labels, furniture, folded, positions);
    }

    public DocumentInfo info() { return info; }

    public PeriodParser periods() { return periods; }

    /** The scope of a figure whose table or sentence names none (see {@link DocumentProfiler.Profile}). */
    public Boolean scope(Boolean stated) { return stated != null ? stated : defaultScope; }

    public LabelDictionary labels() { return labels; }

    /**
     * Whether a period had not ended when the document was published: its figures can only be plans
     * (「2028年3月期の売上高は800億円を計画」 states no word of forecast before the amount).
     */
    public boolean unfinished(dev.irx.model.Period period) {
        java.time.LocalDate published = info.publishedOn();
        return published != null && period.end().isAfter(published);
    }

    public FactSink sink() { return sink; }

    /** The period a 決算短信 reports on (its 当期), as its form states it, else as its title names it. */
    public Optional<dev.irx.model.Period> reportPeriod() {
        if (statedReportPeriod != null) return Optional.of(statedReportPeriod);
        return ReportPeriod.fromTitle(info.kind(), info.title(), periods);
    }

    /** The first period the 短信's form states in full is the one it reports on. */
    public void reportPeriodStated(dev.irx.model.Period p) {
        if (statedReportPeriod == null) statedReportPeriod = p;
    }

    public FoldedText folded() { return folded; }

    /** Whether a folded line is a running header or footer of this document. */
    public boolean isFurniture(String folded) { return furniture.contains(folded); }

    /**
     * A segment the document's tables named, in their spelling: prose says 「IoT サービスの売上高」 of a
     * segment a table lists as 「IoTサービス」. Only segments seen in tables count; prose alone names none.
     */
    public Optional<String> knownSegment(String name) {
        return Optional.ofNullable(tableSegments().get(SegmentLabels.name(name).toLowerCase(java.util.Locale.ROOT)));
    }

    /** Every segment the document's tables named, in their spelling. */
    public java.util.Collection<String> knownSegments() { return tableSegments().values(); }

    private java.util.Map<String, String> tableSegments() {
        if (segmentsAt != sink.facts().size()) {
            java.util.Map<String, String> m = new java.util.HashMap<>();
            for (Fact f : sink.facts()) {
                if (f.segment() != null && f.source() == FactSource.TABLE && !inCut(f.segment())) {
                    m.putIfAbsent(f.segment().toLowerCase(java.util.Locale.ROOT), f.segment());
                }
            }
            segments = m;
            segmentsAt = sink.facts().size();
        }
        return segments;
    }

    /**
     * Records a cut of the business a table is titled by (「大型案件」). Its figures do not lend their names to the
     * deck's segments: its parts (「大型案件/一時」) are kinds of its revenue, and a bare 「一時売上」 elsewhere is the
     * company's one-time revenue, not the cut's.
     */
    public void markCut(String subject) {
        if (cuts.add(subject)) segmentsAt = -1;
    }

    private boolean inCut(String segment) {
        for (String c : cuts) if (segment.equals(c) || segment.startsWith(c + "/")) return true;
        return false;
    }

    /**
     * Whether a breakdown is the document's main one (its segments are named alone, 「IoTサービス」) or a
     * cross-cut (named with their dimension, 「取引形態別/ライセンス」). The first breakdown seen is the main one.
     */
    public boolean primaryDimension(String dimension) {
        if (dimension == null) return true;
        if (primaryDimension == null) primaryDimension = dimension;
        return primaryDimension.equals(dimension);
    }

    /** Whether a title names consolidated figures (連結), non-consolidated ones (個別, 単体), or neither. */
    public static Boolean consolidation(String title) {
        if (title.contains("非連結") || title.contains("個別") || title.contains("単体")) return false;
        if (title.contains("連結")) return true;
        return null;
    }
}
