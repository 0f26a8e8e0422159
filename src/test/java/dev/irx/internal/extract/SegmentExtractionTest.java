package dev.irx.internal.extract;

import dev.irx.internal.extract.label.LabelDictionary;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.Measure;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Page;
import dev.irx.internal.read.SourceDocument;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Segment breakdowns in a document written for this test (invented figures): sub-rows found by their sums
 * and by repetition, a cross-cut block named with its dimension, a 合計 row, and prose about a segment and
 * its parts.
 */
class SegmentExtractionTest {

    private static final String TEXT = """
            1. 2024年3月期の業績概要
            2024年3月期の連結業績は、売上高が前期比10.0%増の330百万円となった。
            Aサービスの売上高は前期比10.0%増の220百万円(取引形態別内訳にはライセンスが同10.0%増の110百万円、保守が同10.0%増の110百万円)となった。
            主力のBサービスは、売上高が前期比10.0%増の110百万円となった。取引形態別の内訳は、ライセンスが同10.0%増の44百万円、保守が同10.0%増の66百万円である。
            利益面では、保守が同5.0%増の1百万円となった。
            サービス別売上高
            （単位：百万円）
            23/3期 24/3期
            Aサービス 200 220
            ライセンス 100 110
            保守 100 110
            Bサービス 100 110
            ライセンス 40 44
            保守 60 66
            全社ベース取引形態別売上高
            ライセンス 140 154
            保守 160 176
            合計 300 330
            出所：テスト
            """;

    private static List<Fact> facts() {
        Page page = new Page(1, 0, 0, Arrays.stream(TEXT.split("\n")).map(Line::plain).toList());
        return new Extractor(LabelDictionary.standard())
                .extract(new SourceDocument("t.txt", "0".repeat(64), "text/plain", null, null, List.of(page))).facts();
    }

    private static String value(List<Fact> facts, String segment, int fyEnd, FactSource source) {
        return facts.stream().filter(f -> f.measure() == Measure.VALUE && java.util.Objects.equals(f.segment(), segment)
                        && f.period().fiscalYearEnd().getYear() == fyEnd && f.source() == source)
                .map(f -> f.value().toPlainString()).findFirst().orElse("missing");
    }

    @Test
    void subRowsAreNamedUnderTheirParent() {
        List<Fact> facts = facts();
        assertEquals("220000000", value(facts, "Aサービス", 2024, FactSource.TABLE));
        assertEquals("110000000", value(facts, "Aサービス/ライセンス", 2024, FactSource.TABLE));
        assertEquals("66000000", value(facts, "Bサービス/保守", 2024, FactSource.TABLE));
        assertEquals("missing", value(facts, "ライセンス", 2024, FactSource.TABLE), "a sub-row is never a top-level segment");
    }

    @Test
    void crossCutBlockKeepsItsDimensionAndTotalIsTheCompany() {
        List<Fact> facts = facts();
        assertEquals("154000000", value(facts, "取引形態別/ライセンス", 2024, FactSource.TABLE));
        assertEquals("330000000", value(facts, null, 2024, FactSource.TABLE));
    }

    @Test
    void proseAboutASegmentAndItsParts() {
        List<Fact> facts = facts();
        assertEquals("220000000", value(facts, "Aサービス", 2024, FactSource.SENTENCE));
        assertEquals("110000000", value(facts, "Aサービス/保守", 2024, FactSource.SENTENCE));
        assertTrue(facts.stream().noneMatch(f -> f.source() == FactSource.SENTENCE && f.segment() == null
                && f.value().toPlainString().equals("220000000")), "a segment's figure read as the company's");
        // The parts listed in the sentence after the one that named the segment.
        assertEquals("110000000", value(facts, "Bサービス", 2024, FactSource.SENTENCE));
        assertEquals("44000000", value(facts, "Bサービス/ライセンス", 2024, FactSource.SENTENCE));
        // A topic irx cannot place gives nothing, not even for a known part's name.
        assertTrue(facts.stream().noneMatch(f -> f.value().toPlainString().equals("1000000")), facts.toString());
    }
}
