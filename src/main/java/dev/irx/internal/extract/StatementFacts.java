package dev.irx.internal.extract;

import dev.irx.internal.extract.statement.StatementFigure;
import dev.irx.internal.extract.statement.StatementReader;
import dev.irx.model.AccountingStandard;
import dev.irx.model.Basis;
import dev.irx.model.DocumentKind;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.internal.read.Page;

import java.util.List;
import java.util.Set;

/**
 * The financial statements of a 決算短信's body, read by {@link StatementReader} into the run's facts. Their pages are
 * the statement reader's alone: the table and prose readers would take a statement's rows for a summary's.
 */
final class StatementFacts {

    private StatementFacts() {}

    /** The pages statements stand on in a 決算短信; none in other documents. */
    static Set<Integer> pages(ExtractionContext ctx, List<Page> pages) {
        if (ctx.info().kind() != DocumentKind.KESSAN_TANSHIN) return Set.of();
        return reader(ctx, null).read(pages).pages();
    }

    /** Reads the statements' figures into the sink, dated against the period the 短信 reports on. */
    static void read(ExtractionContext ctx, List<Page> pages) {
        if (ctx.info().kind() != DocumentKind.KESSAN_TANSHIN) return;
        var report = ctx.reportPeriod().orElse(null);
        if (report == null) {
            if (!pages(ctx, pages).isEmpty()) ctx.sink().warn("financial statements not read: the period the 短信 reports on is unknown");
            return;
        }
        for (StatementFigure f : reader(ctx, report).read(pages).figures()) {
            Metric metric = f.metric() == null ? Metric.LINE_ITEM : Metric.fromJson(f.metric());
            ctx.sink().add(metric, Measure.VALUE, f.label(), null, f.consolidated(), f.period(), Basis.ACTUAL,
                    f.quantity(), f.unit(), FactSource.TABLE, f.page(), f.box(), f.evidence(), null, null, f.line());
        }
    }

    private static StatementReader reader(ExtractionContext ctx, dev.irx.model.Period report) {
        // a 短信 whose standard the profile missed still names it in its title (「決算短信〔IFRS〕(連結)」)
        AccountingStandard standard = ctx.info().accountingStandard();
        boolean ifrs = standard == AccountingStandard.IFRS
                || standard == null && ctx.info().title() != null && ctx.info().title().contains("IFRS");
        return new StatementReader(report, ifrs, ctx::isFurniture, report == null ? w -> {} : ctx.sink()::warn);
    }
}
