package dev.irx.internal.extract.table;

import dev.irx.internal.extract.label.CompoundLabel;
import dev.irx.internal.extract.label.DefinedTerm;
import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.internal.extract.label.SegmentLabels;
import dev.irx.internal.extract.label.SegmentNames;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.PeriodParser;
import dev.irx.internal.normalize.TextNormalizer;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A slide table titled by what it is about rather than by a metric: 「大型案件の動向」 over the rows 「獲得(期間総額)」 and
 * 「売上(3ヶ月)一時」. Its rows are metrics of that subject, and a word after a row's metric names a part of it
 * (「一時」, 「月額」). The subject is a segment only when irx can tell it is one: a service or business line or a class
 * of deals by its name, or a term the slide defines in a note by its kind ({@link DefinedTerm}), which is how a
 * deck marks a cut of its business it reports apart. Any other title (「株主還元の推移」) leaves the rows to the
 * company, as before.
 */
final class TableSubject {

    /** 「大型案件の動向」「データセンターの推移」: a subject and a word saying the table follows it over time. */
    private static final Pattern TITLE = Pattern.compile("^(?<subject>.{2,20}?)の?(動向|推移|状況|実績)$");
    /** A class of deals (「大型案件」「新規案件」): a cut of the business even where no note defines it. */
    private static final Pattern DEALS = Pattern.compile("^[^の・、]{1,10}案件$");
    /** A row: the metric, then a bracketed gloss or a space, then the name of a part (「売上(3ヶ月)一時」, 「売上 月額」). */
    private static final Pattern ROW = Pattern.compile(
            "^(?<metric>[^()\\s]+)(?:\\((?<gloss>[^()]+)\\) ?| )(?<part>[^()]*)$");
    /** A gloss giving the months each figure covers: 「(3ヶ月)」「(6か月)」. */
    private static final Pattern MONTHS = Pattern.compile("^(\\d{1,2})[ヶかカケヵ]月(間)?$");
    /** A part's name: words only, no figures or brackets. */
    private static final Pattern PART = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}\\p{IsHiragana}ー・A-Za-z]{1,15}$");
    /** Words that make a row a ratio or a change, never a part: what is no segment in a table, and its change words. */
    private static final Pattern NOT_A_PART = Pattern.compile(
            SegmentLabels.NOT_A_SEGMENT.pattern() + "|(" + TableExtractor.CHANGE_WORDS + ")$");

    private TableSubject() {}

    /**
     * The segment a table's title names, if the slide's lines show it is one; empty for a title that names a
     * metric, a period, a breakdown (…別), or a subject irx cannot tell is a segment.
     */
    static Optional<String> of(String title, List<String> slideLines, LabelDictionary labels, PeriodParser periods) {
        String compact = TextNormalizer.compact(title);
        Matcher m = TITLE.matcher(compact);
        if (!m.matches()) return Optional.empty();
        String subject = m.group("subject");
        if (subject.contains("別") || labels.lookup(subject).isPresent()
                || CompoundLabel.split(subject, labels).isPresent() || !periods.findAll(subject).isEmpty()) {
            return Optional.empty();
        }
        if (SegmentNames.mayStandAlone(subject) || DEALS.matcher(subject).matches()
                || DefinedTerm.definedIn(subject, slideLines, labels)) {
            return Optional.of(subject);
        }
        return Optional.empty();
    }

    /**
     * What a row of the subject's table counts.
     *
     * @param metric the metric its label names
     * @param part   the part of the subject it names after the metric; null for the subject as a whole
     * @param months the months each figure covers, as the label's gloss says; null when it does not say
     */
    record RowLabel(Metric metric, String part, Integer months) {

        /** Whether every period of the columns lasts the months the label says; true when it says nothing. */
        boolean fits(List<Period> columns) {
            if (months == null) return true;
            for (Period p : columns) {
                if (p.isInstant() || ChronoUnit.MONTHS.between(p.start(), p.end().plusDays(1)) != months) return false;
            }
            return true;
        }
    }

    /** Reads a row's label as a metric, a gloss and a part; empty when it names no metric or an unknown gloss. */
    static Optional<RowLabel> row(String label, LabelDictionary labels) {
        String folded = TextNormalizer.fold(label).strip();
        Optional<Metric> whole = labels.lookup(folded);
        if (whole.isPresent()) return Optional.of(new RowLabel(whole.get(), null, null));
        Matcher m = ROW.matcher(folded);
        if (!m.matches()) return Optional.empty();
        Optional<Metric> metric = labels.lookup(m.group("metric"));
        if (metric.isEmpty()) return Optional.empty();
        Integer months = null;
        if (m.group("gloss") != null) {
            Matcher mm = MONTHS.matcher(TextNormalizer.compact(m.group("gloss")));
            if (!mm.matches()) return Optional.empty();
            months = Integer.parseInt(mm.group(1));
        }
        String part = m.group("part").strip();
        if (part.isEmpty()) return Optional.of(new RowLabel(metric.get(), null, months));
        if (!PART.matcher(part).matches() || NOT_A_PART.matcher(part).find() || labels.lookup(part).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(new RowLabel(metric.get(), part, months));
    }
}
