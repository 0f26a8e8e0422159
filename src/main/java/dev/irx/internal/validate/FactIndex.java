package dev.irx.internal.validate;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Span;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the fact that a rule needs (the prior year's value, the revenue of the same period) by key. */
final class FactIndex {

    private final Map<Fact.Key, Fact> byKey = new HashMap<>();
    private final Map<Dated, Fact> byDates = new HashMap<>();

    /**
     * A key whose period is its span and dates only: a fact tagged with no fiscal year end is found too. A line item
     * keeps its item (statement, heading, label), as in its key.
     */
    private record Dated(Metric metric, Measure measure, String segment, Boolean consolidated, Span span,
                         LocalDate start, LocalDate end, Basis basis, String currency, String item) {
        static Dated of(Fact f) {
            return new Dated(f.metric(), f.measure(), f.segment(), f.consolidated(), f.period().span(),
                    f.period().start(), f.period().end(), f.basis(), f.currency(), f.item());
        }
    }

    FactIndex(List<Fact> facts) {
        // After merging there is one fact per key, except for conflicts; rules skip ambiguous keys.
        putUnique(facts, Fact::key, byKey);
        putUnique(facts, Dated::of, byDates);
    }

    /** Indexes the facts whose key no other fact shares. */
    private static <K> void putUnique(List<Fact> facts, java.util.function.Function<Fact, K> key, Map<K, Fact> into) {
        Map<K, Integer> counts = new HashMap<>();
        for (Fact f : facts) counts.merge(key.apply(f), 1, Integer::sum);
        for (Fact f : facts) {
            K k = key.apply(f);
            if (counts.get(k) == 1) into.put(k, f);
        }
    }

    /** The fact like {@code like} (metric, segment, scope, currency) for the given measure, span, dates and basis. */
    Optional<Fact> at(Fact like, Metric metric, Measure measure, Span span, LocalDate start, LocalDate end,
                      Basis basis) {
        return Optional.ofNullable(byDates.get(new Dated(metric, measure, like.segment(), like.consolidated(), span,
                start, end, basis, like.currency(), metric == like.metric() ? like.item() : null)));
    }

    Optional<Fact> find(Metric metric, Measure measure, String segment, Boolean consolidated, Period period,
                        Basis basis, String currency) {
        return Optional.ofNullable(byKey.get(new Fact.Key(metric, measure, segment, consolidated, period, basis,
                currency, null)));
    }

    /** The value of another metric for the same segment, scope, period and basis: the cost of sales beside revenue. */
    Optional<Fact> sibling(Fact like, Metric metric) {
        return find(metric, Measure.VALUE, like.segment(), like.consolidated(), like.period(), like.basis(),
                like.currency());
    }

    /** The value of the same metric (or statement line), segment and scope in another period and basis. */
    Optional<Fact> value(Fact like, Period period, Basis basis) {
        return Optional.ofNullable(byKey.get(new Fact.Key(like.metric(), Measure.VALUE, like.segment(), like.consolidated(),
                period, basis, like.currency(), null, like.item())));
    }

    /** The same span one year earlier: FY ending 2024-03 → FY ending 2023-03; for a six-month fiscal period, the one before. */
    static Period priorYear(Period p) {
        if (p.span() == dev.irx.model.Span.FY && p.start() != null) {
            long months = java.time.temporal.ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1));
            if (months > 0 && months < 12) {
                // A fiscal period shorter than a year (a REIT's six months) is compared with the one before it.
                LocalDate start = p.start().minusMonths(months);
                LocalDate end = p.start().minusDays(1);
                return new Period(p.span(), start, end,
                        p.fiscalYearEnd() == null ? null : p.fiscalYearEnd().minusMonths(months));
            }
        }
        LocalDate end = p.end().minusYears(1);
        if (p.end().getDayOfMonth() == p.end().lengthOfMonth()) end = end.withDayOfMonth(end.lengthOfMonth());
        return new Period(p.span(), p.start() == null ? null : p.start().minusYears(1), end,
                p.fiscalYearEnd() == null ? null : p.fiscalYearEnd().minusYears(1));
    }
}
