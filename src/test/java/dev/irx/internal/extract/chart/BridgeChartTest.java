package dev.irx.internal.extract.chart;

import dev.irx.IrxExtractor;
import dev.irx.model.Check;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bridge chart of samples/deck-6273-2q-fy2022.pdf (p.3): its totals are facts, its steps close the check. */
class BridgeChartTest {

    @Test
    void theSamplesBridgeClosesAndItsStepsAreNotFacts() throws Exception {
        IrxDocument doc = IrxExtractor.builder().build().extract(Path.of("samples/deck-6273-2q-fy2022.pdf"));
        List<Check> bridge = doc.checks().stream().filter(c -> c.rule().equals("bridge_sum")).toList();
        assertEquals(1, bridge.size(), doc.checks().toString());
        assertTrue(bridge.get(0).passed(), bridge.get(0).detail());
        // the start total is seen on the chart too, beside the P&L table's more precise 118,035
        Fact start = doc.facts().stream().filter(f -> f.metric() == Metric.OPERATING_INCOME
                && f.measure() == Measure.VALUE && f.period().end().getYear() == 2021).findFirst().orElseThrow();
        assertTrue(start.alsoSeen().stream().anyMatch(e -> e.page() == 3 && e.display().text().equals("1,180")),
                start.toString());
        assertEquals(3, doc.warnings().stream().filter(w -> w.contains("kept for the bridge_sum check only")).count(),
                doc.warnings().toString());
        assertTrue(doc.facts().stream().noneMatch(f -> f.page() == 3 && f.measure() == Measure.YOY_AMOUNT),
                doc.facts().toString());
    }
}
