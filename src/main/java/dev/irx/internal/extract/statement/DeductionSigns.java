package dev.irx.internal.extract.statement;

import dev.irx.model.Statement;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Some income statements print every deduction with △ (「売上原価 △517,061」): the sign says the line is taken off,
 * not that the cost is negative. In such a statement (its cost of sales or SG&A printed negative) an expense line's
 * amount is the figure without its sign; a line irx cannot tell for an expense or not is left out when negative, its
 * sign being unsure, and so is a share of the profit attributed to others than the owners.
 */
final class DeductionSigns {

    /** Concepts of an expense: CostOfSales…, …Expenses, …Costs (FinanceCostsIFRS, IncomeTaxExpenseIFRS). */
    private static final Pattern EXPENSE = Pattern.compile(":(?:CostOf.*|.*(?:Expenses?|Costs?))(?:IFRS)?$");

    /** A line irx knows no concept of is an expense by its name: 「研究開発費」「…償却費及び減損損失」「売上原価」. */
    private static final Pattern EXPENSE_LABEL = Pattern.compile("(?:費|費用|原価|損失)$");

    private DeductionSigns() {}

    /**
     * A share of the profit the statement attributes (「当期利益の帰属」 非支配持分) other than the owners' or the
     * whole: a filer that deducts every line may file the non-controlling share as a deduction too.
     */
    private static boolean attribution(StatementFigure f) {
        return f.metric() == null && f.line().section() != null && f.line().section().contains("帰属");
    }

    static List<StatementFigure> resolve(List<StatementFigure> figures, Consumer<String> warn) {
        boolean signed = figures.stream().anyMatch(f -> f.line().statement() == Statement.INCOME_STATEMENT
                && ("cost_of_sales".equals(f.metric()) || "sga".equals(f.metric())) && f.quantity().number().signum() < 0);
        if (!signed) return figures;
        List<StatementFigure> out = new ArrayList<>();
        for (StatementFigure f : figures) {
            boolean expense = f.line().concept() != null ? EXPENSE.matcher(f.line().concept()).find()
                    : EXPENSE_LABEL.matcher(dev.irx.model.LineItemName.of(f.label())).find();
            boolean negative = f.quantity().number().signum() < 0;
            if (expense && negative) {
                var q = f.quantity();
                out.add(new StatementFigure(f.line(), f.label(), f.metric(), f.consolidated(), f.period(),
                        new dev.irx.internal.normalize.Quantity(q.number().negate(), q.scale(), q.unit(), q.text(), q.qualifier()),
                        f.unit(), f.page(), f.box(), f.evidence()));
            } else if (expense || negative || attribution(f)) {
                warn.accept("p." + f.page() + ": '" + f.label() + "' " + f.quantity().text() + " not read: the statement"
                        + " prints deductions with △, and whether this line is one is unclear");
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
