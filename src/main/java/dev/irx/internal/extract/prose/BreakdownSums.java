package dev.irx.internal.extract.prose;

import dev.irx.model.Basis;
import dev.irx.model.Fact;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.internal.normalize.Quantity;
import dev.irx.internal.normalize.Unit;
import dev.irx.internal.validate.Precision;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Segments' amounts stated under a topic that names a breakdown and no metric: 「サービス別には、認証・セキュリティ
 * サービスが前期比9.0%増の4,300百万円、Linux/OSSサービスが同21.9%増の1,700百万円、…を計画している」. Such a breakdown
 * may be of sales or of a profit (「セグメント別では、A事業が…」 after the operating income), so the words alone do
 * not say which: the amounts are the metric whose company figure for the same period and basis, stated before, they
 * add up to, when exactly one does.
 */
final class BreakdownSums {

    /** A topic that is a breakdown alone: 「サービス別に(は)」「事業別(では)」. */
    static final Pattern TOPIC = Pattern.compile("^[^、。0-9]{1,20}別(?:に|で)?$");

    private BreakdownSums() {}

    /**
     * The one metric whose company figure of this period and basis the amounts add up to, each amount within a unit
     * of its last printed digit; empty when none or several do, or when any stated figure of it disagrees.
     */
    static Optional<Metric> metricOf(List<Fact> facts, Period period, Basis basis, List<Quantity> amounts) {
        BigDecimal sum = BigDecimal.ZERO, slack = BigDecimal.ZERO;
        for (Quantity q : amounts) {
            if (q.unit() != Unit.JPY) return Optional.empty();
            sum = sum.add(q.value());
            slack = slack.add(q.resolution());
        }
        Set<Metric> agree = EnumSet.noneOf(Metric.class), disagree = EnumSet.noneOf(Metric.class);
        for (Fact f : facts) {
            if (f.segment() != null || f.measure() != Measure.VALUE || !f.unit().equals(Unit.JPY.json()) || !f.period().equals(period)
                    || f.basis() != basis || f.range() != null || f.currency() != null || f.approximate()) continue;
            boolean adds = Precision.admits(f, sum) || f.value().subtract(sum).abs().compareTo(slack) <= 0;
            (adds ? agree : disagree).add(f.metric());
        }
        agree.removeAll(disagree);
        return agree.size() == 1 ? Optional.of(agree.iterator().next()) : Optional.empty();
    }
}
