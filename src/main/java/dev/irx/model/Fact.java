package dev.irx.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One figure read from the document, in canonical form.
 *
 * @param id            "f1", "f2", ... unique within the document
 * @param metric        what was measured (revenue, operating_income, ...)
 * @param measure       the figure itself, or a figure derived from it (YoY %, share of revenue, ...)
 * @param label         the row or sentence label as printed (after text folding)
 * @param segment       null for the company total; else the segment as printed, sub-rows joined by "/"
 * @param consolidated  true for consolidated figures, false for parent-only (個別/非連結), null when not stated
 * @param period        the period the figure covers
 * @param basis         actual, forecast or prior_forecast
 * @param value         exact value in base units (yen, %, persons)
 * @param unit          "JPY", "%", "JPY/share", "persons", ...
 * @param where         the primary place it was read
 * @param alsoSeen      other places the same figure was read (kept when duplicates are merged)
 * @param status        the validator's verdict
 * @param checks        ids of the checks this fact took part in
 * @param currency      the currency the figure is counted in when it is not yen ("USD"), also for a YoY % or
 *                      ratio worked out on dollar amounts; null for yen and for figures with no currency
 * @param range         the end of a printed range (「10,000～11,000」) the figure is; null for a single figure
 * @param line          the statement line the figure was read from (statement, heading, concept); null for figures
 *                      read outside a financial statement
 */
public record Fact(String id, Metric metric, Measure measure, String label, String segment, Boolean consolidated,
                   Period period, Basis basis, BigDecimal value, String unit, Evidence where,
                   List<Evidence> alsoSeen, FactStatus status, List<String> checks, String currency, Range range,
                   StatementLine line) {

    public Fact {
        Objects.requireNonNull(metric, "metric");
        Objects.requireNonNull(measure, "measure");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(where, "where");
        alsoSeen = alsoSeen == null ? List.of() : List.copyOf(alsoSeen);
        checks = checks == null ? List.of() : List.copyOf(checks);
        if (status == null) status = FactStatus.UNCHECKED;
        if (metric == Metric.LINE_ITEM && line == null) {
            throw new IllegalArgumentException("a line_item fact needs its statement line: " + label);
        }
    }

    /** A figure read outside a financial statement. */
    public Fact(String id, Metric metric, Measure measure, String label, String segment, Boolean consolidated,
                Period period, Basis basis, BigDecimal value, String unit, Evidence where,
                List<Evidence> alsoSeen, FactStatus status, List<String> checks, String currency, Range range) {
        this(id, metric, measure, label, segment, consolidated, period, basis, value, unit, where, alsoSeen, status,
                checks, currency, range, null);
    }

    /** A single figure, no end of a range: the form facts had before ranges were read. */
    public Fact(String id, Metric metric, Measure measure, String label, String segment, Boolean consolidated,
                Period period, Basis basis, BigDecimal value, String unit, Evidence where,
                List<Evidence> alsoSeen, FactStatus status, List<String> checks, String currency) {
        this(id, metric, measure, label, segment, consolidated, period, basis, value, unit, where, alsoSeen, status,
                checks, currency, null);
    }

    /** The key under which two facts state the same thing and must agree. */
    public Key key() {
        return new Key(metric, measure, segment, consolidated, period, basis, currency, range, item());
    }

    /**
     * What a line_item figure is, as a key: its statement, heading and label, folded by {@link LineItemName} (two
     * 「その他」 lines under 流動資産 and 流動負債 are different items); null for every other metric, which names
     * the figure by itself.
     */
    public String item() {
        return metric == Metric.LINE_ITEM ? LineItemName.key(line.statement(), line.section(), label) : null;
    }

    /** The XBRL concept the figure stands for, where irx knows it. */
    public String concept() { return line == null ? null : line.concept(); }

    /**
     * What identifies a figure: a filer's dollar table and its yen reference table state different figures,
     * and so do the two ends of a range.
     */
    public record Key(Metric metric, Measure measure, String segment, Boolean consolidated, Period period,
                      Basis basis, String currency, Range range, String item) {
        /** The key of a figure other than a line item. */
        public Key(Metric metric, Measure measure, String segment, Boolean consolidated, Period period,
                   Basis basis, String currency, Range range) {
            this(metric, measure, segment, consolidated, period, basis, currency, range, null);
        }

        @Override
        public String toString() {
            return metric.json() + (item == null ? "" : "<" + item + ">") + (measure == Measure.VALUE ? "" : "." + measure.json())
                    + (segment == null ? "" : "[" + segment + "]") + " " + period + " " + basis.json()
                    + (Boolean.FALSE.equals(consolidated) ? " non-consolidated" : "")
                    + (currency == null ? "" : " in " + currency)
                    + (range == null ? "" : " (" + range.json() + ")");
        }
    }

    public int page() { return where.page(); }

    public FactSource source() { return where.source(); }

    public String evidence() { return where.text(); }

    public Display display() { return where.display(); }

    /** True when the document printed the figure as an approximation (「約440名」). */
    public boolean approximate() { return where.display().approximate(); }

    public Fact withId(String newId) {
        return new Fact(newId, metric, measure, label, segment, consolidated, period, basis, value, unit, where,
                alsoSeen, status, checks, currency, range, line);
    }

    public Fact withVerdict(FactStatus newStatus, List<String> newChecks) {
        return new Fact(id, metric, measure, label, segment, consolidated, period, basis, value, unit, where,
                alsoSeen, newStatus, newChecks, currency, range, line);
    }

    public Fact withSegment(String newSegment) {
        return new Fact(id, metric, measure, label, newSegment, consolidated, period, basis, value, unit, where,
                alsoSeen, status, checks, currency, range, line);
    }

    public Fact withWhere(Evidence newWhere) {
        return new Fact(id, metric, measure, label, segment, consolidated, period, basis, value, unit, newWhere,
                alsoSeen, status, checks, currency, range, line);
    }

    public Fact withAlsoSeen(List<Evidence> evidence) {
        return new Fact(id, metric, measure, label, segment, consolidated, period, basis, value, unit, where,
                evidence, status, checks, currency, range, line);
    }
}
