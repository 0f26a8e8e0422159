package dev.irx.internal.validate;

import dev.irx.model.AccountingStandard;
import dev.irx.model.Basis;
import dev.irx.model.Check;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.Display;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.Rounding;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Facts as a table or sentence prints them, for rule tests: {@code Figures.table(REVENUE, FY24, "6,466")}
 * is 「6,466」 in a 百万円 table on page 7. The value is worked out from the printed text, as irx does.
 */
final class Figures {

    static final YearMonth FYE24 = YearMonth.of(2024, 3);
    static final Period FY24 = Period.fiscalYear(FYE24);
    static final Period FY23 = Period.fiscalYear(YearMonth.of(2023, 3));
    static final Period AT24 = Period.instant(LocalDate.of(2024, 3, 31), FYE24);

    private Figures() {}

    /** An amount in a 百万円 table on page 7, actual, consolidated. */
    static Fact table(Metric m, Period p, String printed) {
        return fact(m, Measure.VALUE, null, p, Basis.ACTUAL, printed, "百万円", FactSource.TABLE, 7);
    }

    /** The same for a segment (「A」 or 「A/x」). */
    static Fact table(Metric m, String segment, Period p, String printed) {
        return fact(m, Measure.VALUE, segment, p, Basis.ACTUAL, printed, "百万円", FactSource.TABLE, 7);
    }

    /** A percentage in a table on page 7. */
    static Fact pct(Metric m, Measure measure, String segment, Period p, String printed) {
        return fact(m, measure, segment, p, Basis.ACTUAL, printed, "%", FactSource.TABLE, 7);
    }

    /**
     * Any figure: {@code scale} is 「百万円」「億円」「円」 or 「%」; a leading △ makes it negative. Units follow
     * the scale: JPY for yen amounts, JPY/share for 円, % for %.
     */
    static Fact fact(Metric m, Measure measure, String segment, Period p, Basis b, String printed, String scale,
                     FactSource source, int page) {
        String digits = printed.replace(",", "").replace("%", "").replace("百万円", "").replace("億円", "");
        boolean negative = digits.startsWith("△") || digits.startsWith("▲") || digits.startsWith("-");
        BigDecimal v = new BigDecimal(negative ? digits.substring(1) : digits);
        if (negative) v = v.negate();
        String unit;
        switch (scale) {
            case "百万円": v = v.movePointRight(6); unit = "JPY"; break;
            case "億円": v = v.movePointRight(8); unit = "JPY"; break;
            case "円": unit = "JPY/share"; break;
            case "%": unit = "%"; break;
            default: throw new IllegalArgumentException(scale);
        }
        if (measure == Measure.YOY_AMOUNT && m.isPercentage()) unit = "pt";
        Evidence where = new Evidence(source, page, null, source == FactSource.SENTENCE ? printed : "row " + printed,
                new Display(printed, scale));
        return new Fact("f0", m, measure, segment == null ? m.json() : segment, segment, true, p, b, v, unit, where,
                null, null, null, null);
    }

    /** A sentence figure whose evidence is the whole sentence. */
    static Fact sentence(Metric m, Measure measure, Period p, String printed, String scale, BigDecimal value,
                         String sentence, int page) {
        String unit = scale.equals("%") ? "%" : "JPY";
        Evidence where = new Evidence(FactSource.SENTENCE, page, null, sentence, new Display(printed, scale));
        return new Fact("f0", m, measure, m.json(), null, true, p, Basis.ACTUAL, value, unit, where, null, null, null,
                null);
    }

    static Fact onPage(Fact f, int page) {
        Evidence w = f.where();
        return new Fact(f.id(), f.metric(), f.measure(), f.label(), f.segment(), f.consolidated(), f.period(),
                f.basis(), f.value(), f.unit(), new Evidence(w.source(), page, w.bbox(), w.text(), w.display()),
                f.alsoSeen(), f.status(), f.checks(), f.currency());
    }

    static Fact basis(Fact f, Basis b) {
        return new Fact(f.id(), f.metric(), f.measure(), f.label(), f.segment(), f.consolidated(), f.period(), b,
                f.value(), f.unit(), f.where(), f.alsoSeen(), f.status(), f.checks(), f.currency());
    }

    static DocumentInfo doc(AccountingStandard standard, Rounding rounding) {
        return new DocumentInfo(DocumentKind.KESSAN_TANSHIN, null, null, null, standard, 3, rounding);
    }

    static Validator.Result validate(DocumentInfo info, Fact... facts) {
        return new Validator().validate(List.of(facts), info);
    }

    static Validator.Result validate(Fact... facts) {
        return validate(null, facts);
    }

    static List<Check> checks(Validator.Result r, String rule) {
        List<Check> out = new ArrayList<>();
        for (Check c : r.checks()) if (c.rule().equals(rule)) out.add(c);
        return out;
    }

    /** The single check a rule ran; fails the test when there is not exactly one. */
    static Check only(Validator.Result r, String rule) {
        List<Check> cs = checks(r, rule);
        if (cs.size() != 1) throw new AssertionError("expected one " + rule + " check, got " + cs);
        return cs.get(0);
    }
}
