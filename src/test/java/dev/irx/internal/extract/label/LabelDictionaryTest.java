package dev.irx.internal.extract.label;

import dev.irx.model.Metric;
import dev.irx.model.Span;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Lookups in the shipped dictionary that go beyond an exact label. */
class LabelDictionaryTest {

    private final LabelDictionary labels = LabelDictionary.standard();

    @Test
    void aNameGlossedByAnotherNameOfItsMetric() {
        assertEquals(Optional.of(Metric.CAPEX), labels.lookup("設備投資額(CAPEX)"));
        assertEquals(Optional.of(Metric.OPERATING_CF), labels.lookup("営業キャッシュ・フロー(営業CF)"));
        // A gloss of another metric, or of no metric, tells nothing.
        assertEquals(Optional.empty(), labels.lookup("設備投資額(減価償却費)"));
        assertEquals(Optional.empty(), labels.lookup("売上高(3ヶ月)"));
        // 「獲得(期間総額)」 is listed whole: orders won, at the contract's full value.
        assertEquals(Optional.of(Metric.ORDERS_RECEIVED), labels.lookup("獲得(期間総額)"));
    }

    @Test
    void ifrsNameOfDepreciation() {
        assertEquals(Optional.of(Metric.DEPRECIATION), labels.lookup("減価償却費及び償却費"));
    }

    @Test
    void aBareWordAtTheHeadOfAMetricsListedPart() {
        // A dividend chart's series 「中間」「期末」 are the halves 「中間配当」「期末配当」 name.
        assertEquals(Optional.of(Span.H1), labels.partNamedBy("中間", Metric.DIVIDEND_PER_SHARE));
        assertEquals(Optional.of(Span.H2), labels.partNamedBy("期末", Metric.DIVIDEND_PER_SHARE));
        // Only among that metric's parts, and never a word that starts none.
        assertEquals(Optional.empty(), labels.partNamedBy("中間", Metric.REVENUE));
        assertEquals(Optional.empty(), labels.partNamedBy("年間", Metric.DIVIDEND_PER_SHARE));
    }
}
