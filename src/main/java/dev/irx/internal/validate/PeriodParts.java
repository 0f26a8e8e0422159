package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The parts a fiscal year, a half or nine months are made of (上期 + 下期, four quarters, 1–3Q + 4Q), found among
 * the printed facts by their dates. The one place validate/ maps a span to its parts, with no fiscal calendar.
 */
final class PeriodParts {

    /** A part of the year as months counted from its first: H1 = months 1–6. */
    record Part(Span span, int from, int to) {}

    static final Part Q1 = new Part(Span.Q1, 1, 3), Q2 = new Part(Span.Q2, 4, 6),
            Q3 = new Part(Span.Q3, 7, 9), Q4 = new Part(Span.Q4, 10, 12), H1 = new Part(Span.H1, 1, 6),
            H2 = new Part(Span.H2, 7, 12), Q1_Q3 = new Part(Span.Q1_Q3, 1, 9);

    private PeriodParts() {}

    /** The first day of the fiscal year a period belongs to; null when it is no part of a twelve-month year. */
    static LocalDate yearStart(Period p) {
        LocalDate start = p.start();
        if (start == null) return null;
        LocalDate s;
        switch (p.span()) {
            case FY: case H1: case Q1_Q3: s = start; break;
            case H2: s = start.minusMonths(6); break;
            default: return null;
        }
        if (p.span() == Span.FY && ChronoUnit.MONTHS.between(start, p.end().plusDays(1)) != 12) return null;
        return s;
    }

    /** The ways a span splits into parts. */
    static List<List<Part>> decompositions(Span span) {
        switch (span) {
            case FY: return List.of(List.of(H1, H2), List.of(Q1, Q2, Q3, Q4), List.of(Q1_Q3, Q4));
            case H1: return List.of(List.of(Q1, Q2));
            case H2: return List.of(List.of(Q3, Q4));
            case Q1_Q3: return List.of(List.of(H1, Q3), List.of(Q1, Q2, Q3));
            default: return List.of();
        }
    }

    /** The quarters of a span: Q1–Q4 of a year, Q1–Q3, Q1 and Q2 of a first half; empty for others. */
    static List<Part> quarters(Span span) {
        switch (span) {
            case FY: return List.of(Q1, Q2, Q3, Q4);
            case Q1_Q3: return List.of(Q1, Q2, Q3);
            case H1: return List.of(Q1, Q2);
            case H2: return List.of(Q3, Q4);
            default: return List.of();
        }
    }

    /**
     * The printed facts of the parts, in order, of a year that starts on {@code yearStart}: like {@code like} in
     * segment, scope and currency, of this measure and basis; empty unless every part is printed.
     */
    static List<Fact> find(FactIndex index, Fact like, Measure measure, LocalDate yearStart, List<Part> parts,
                           Basis basis) {
        List<Fact> found = new ArrayList<>();
        for (Part p : parts) {
            Optional<Fact> f = at(index, like, measure, yearStart, p, basis);
            if (f.isEmpty()) return List.of();
            found.add(f.get());
        }
        return found;
    }

    static Optional<Fact> at(FactIndex index, Fact like, Measure measure, LocalDate yearStart, Part p, Basis basis) {
        LocalDate start = yearStart.plusMonths(p.from() - 1L);
        LocalDate end = yearStart.plusMonths(p.to()).minusDays(1);
        return index.at(like, like.metric(), measure, p.span(), start, end, basis);
    }

    /**
     * A statement line that is a balance, not a flow, though it stands in a cash-flow statement and under a period
     * (現金及び現金同等物の期首残高): its quarters do not add up to its year.
     */
    static boolean isBalanceLine(Fact f) {
        return f.metric() == Metric.LINE_ITEM && f.item() != null && f.item().endsWith("残高");
    }
}
