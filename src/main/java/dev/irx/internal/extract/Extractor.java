package dev.irx.internal.extract;

import dev.irx.internal.extract.chart.BridgeChart;
import dev.irx.internal.extract.chart.ChartExtractor;
import dev.irx.internal.extract.chart.TextCharts;
import dev.irx.internal.extract.databook.DataBookGrid;
import dev.irx.internal.extract.kpi.HeadlineFigures;
import dev.irx.internal.extract.kpi.KpiLines;
import dev.irx.internal.extract.kpi.YoyListLines;
import dev.irx.internal.extract.label.DeckNames;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.extract.prose.LabelNotes;
import dev.irx.internal.extract.prose.SentenceExtractor;
import dev.irx.internal.extract.summary.SummaryGridExtractor;
import dev.irx.internal.extract.table.TableExtractor;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.Fact;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;

import java.util.ArrayList;
import java.util.List;

/**
 * Runs the extraction rules over a read document: profile it, then read its tables and sentences
 * page by page. Thread-safe: all per-document state lives in the run.
 */
public final class Extractor {

    private final LabelDictionary labels;
    private final IssuerTable issuers;

    public Extractor(LabelDictionary labels) { this(labels, IssuerTable.standard()); }

    public Extractor(LabelDictionary labels, IssuerTable issuers) {
        this.labels = labels;
        this.issuers = issuers;
    }

    /** The figures found, unvalidated, with provisional ids. */
    public record Extraction(DocumentInfo info, List<Fact> facts, List<String> warnings,
                             List<dev.irx.internal.validate.Bridge> bridges) {
        public Extraction(DocumentInfo info, List<Fact> facts, List<String> warnings) {
            this(info, facts, warnings, List.of());
        }
    }

    public Extraction extract(SourceDocument doc) {
        FoldedText folded = FoldedText.of(doc);
        DocumentProfiler.Profile profile = DocumentProfiler.profile(doc, folded, issuers);
        DocumentInfo info = profile.info();
        LabelNotes.Amended amended = LabelNotes.apply(doc, folded, labels);
        ExtractionContext ctx = ExtractionContext.of(profile, amended.labels(), PageFurniture.of(doc, folded), folded,
                doc.isPdf());
        amended.warnings().forEach(ctx.sink()::warn);
        if (info.fiscalYearEndMonth() == null) {
            ctx.sink().warn("fiscal year-end month not found in the document; assuming March");
        }
        TableExtractor tables = new TableExtractor(ctx);
        SentenceExtractor sentences = new SentenceExtractor(ctx);
        // Tables first: prose refers to segments that a later page's table names.
        SummaryGridExtractor grids = new SummaryGridExtractor(ctx);
        if (info.kind() == DocumentKind.DATA_BOOK) {
            // A data book is grids, page after page, read by position; its notes are not prose to mine.
            DataBookGrid book = new DataBookGrid(ctx);
            for (Page page : doc.pages()) book.extract(page);
            return finish(ctx, doc, info);
        }
        // A 短信's financial statements are read by their own reader; the others leave their pages alone.
        java.util.Set<Integer> statementPages = StatementFacts.pages(ctx, doc.pages());
        List<Page> pages = doc.pages().stream().filter(p -> !statementPages.contains(p.number())).toList();
        for (Page page : pages) {
            tables.extract(page);
            grids.extract(page);
        }
        StatementFacts.read(ctx, doc.pages());
        // Decks state figures in short KPI lines, and a 短信 may carry its deck; the glossary may stand on any page.
        // An analyst's report writes sentences: its colon lines are headers (「証券コード:3774」).
        DeckNames names = null;
        if (info.kind() != DocumentKind.FISCO_REPORT) {
            names = new DeckNames(ctx);
            for (Page page : pages) folded.lines(page).forEach(names::learnDefinitions);
            // A summary slide may name a part (「IP」) that only a later slide places (「うちIP」 under its service): a
            // first pass learns the names every slide's KPI lines place, and keeps nothing else.
            FactSink.Mark start = ctx.sink().mark();
            KpiLines learning = new KpiLines(ctx, names);
            for (Page page : pages) learning.extract(page);
            ctx.sink().rollback(start);
            KpiLines kpis = new KpiLines(ctx, names);
            for (Page page : pages) kpis.extract(page);
            YoyListLines yoys = new YoyListLines(ctx, names);
            for (Page page : pages) yoys.extract(page);
            HeadlineFigures headlines = new HeadlineFigures(ctx);
            for (Page page : pages) headlines.extract(page);
            if (doc.isPdf()) {
                // a bridge is read from its labels' places: plain text has lost them
                BridgeChart bridges = new BridgeChart(ctx);
                for (Page page : pages) bridges.extract(page);
            }
        }
        // Charts after the KPI lines: a chart's legend names segments as the deck's KPI lines placed them, and a
        // heading that lists two metrics is told by the figures the tables and KPI lines stated.
        ChartExtractor charts = new ChartExtractor(ctx, names);
        for (Page page : pages) charts.extract(page);
        if (!doc.isPdf()) {
            // Plain text has no positions: a chart's figures are read only where they add up.
            TextCharts textCharts = new TextCharts(ctx);
            for (Page page : pages) textCharts.extract(page);
        }
        // Rows named by a segment and a metric (「構築 受注額」), once the segments are known.
        tables.readSegmentRows(names != null ? names : new DeckNames(ctx));
        for (Page page : pages) sentences.extract(page);
        return finish(ctx, doc, info);
    }

    private static Extraction finish(ExtractionContext ctx, SourceDocument doc, DocumentInfo info) {
        ctx.sink().unifySegmentSpelling();
        java.util.List<String> refused = ctx.periods().twoDigitYears().refused();
        if (!refused.isEmpty()) {
            ctx.sink().warn("two-digit years " + refused + " not read: the document states no era and no year in full"
                    + " that tells 平成 from 20xx (or more than one reading falls near its year); figures dated by them are left out");
        }
        List<String> warnings = new ArrayList<>();
        if (!doc.isPdf() && doc.pageCount() == 1 && doc.pages().get(0).lines().size() > 200) {
            warnings.add("text input has no form feeds: every figure is reported on page 1");
        }
        warnings.addAll(ctx.sink().warnings());
        List<Fact> facts = CellBoxes.apply(ctx.sink().facts(), doc);
        warnings.addAll(ReadQuality.warnings(doc, info, facts.size()));
        return new Extraction(info, facts, warnings, ctx.sink().bridges());
    }
}
