package dev.irx.internal.extract.statement;

import dev.irx.model.LineItemName;
import dev.irx.model.StatementLine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A statement of a company with discontinued operations (IFRS 5) prints a metric twice: 「継続事業からの税引前四半期利益」
 * and, in the cash flows, 「税引前四半期利益」 with the discontinued operations' part added. The income statement's
 * own figure, and the 短信's summary, is the continuing one; the plain line beside it is kept as a line item, so one
 * key never carries two amounts.
 */
final class ContinuingOperations {

    private ContinuingOperations() {}

    static List<StatementFigure> resolve(List<StatementFigure> figures) {
        Set<String> continuing = new HashSet<>();
        for (StatementFigure f : figures) {
            if (f.metric() != null && isContinuing(f.label())) continuing.add(f.metric() + "|" + f.period());
        }
        if (continuing.isEmpty()) return figures;
        List<StatementFigure> out = new ArrayList<>(figures.size());
        for (StatementFigure f : figures) {
            boolean plain = f.metric() != null && !isContinuing(f.label()) && !LineItemName.of(f.label()).contains("継続事業")
                    && continuing.contains(f.metric() + "|" + f.period());
            out.add(!plain ? f : new StatementFigure(new StatementLine(f.line().statement(), f.line().section(), null, f.line().within()),
                    f.label(), null, f.consolidated(), f.period(), f.quantity(), f.unit(), f.page(), f.box(),
                    f.evidence()));
        }
        return out;
    }

    private static boolean isContinuing(String label) {
        return LineItemName.of(label).startsWith("継続事業");
    }
}
