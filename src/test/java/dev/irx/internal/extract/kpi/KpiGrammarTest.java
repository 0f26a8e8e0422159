package dev.irx.internal.extract.kpi;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The grammar of one KPI line, on folded text written for this test. */
class KpiGrammarTest {

    @Test
    void valueWithItsYoyAndThePriorYearsYoy() {
        List<KpiGrammar.Item> items = KpiGrammar.items("3Q26売上:120.5億円・+2.0%YoY(3Q25: △1.5%YoY)");
        assertEquals(1, items.size());
        KpiGrammar.Item i = items.get(0);
        assertEquals("3Q26売上", i.label());
        assertEquals("120.5", i.value());
        assertEquals("億円", i.unit());
        assertEquals("+2.0", i.yoy());
        assertEquals("3Q25", i.priorPeriod());
        assertEquals("△1.5", i.priorYoy());
        assertFalse(i.yoyOnly());
    }

    @Test
    void rowLabelBeforeTheFirstItemAndPartsAfterIt() {
        List<KpiGrammar.Item> items = KpiGrammar.items("CS 3Q26受注:80.0億円・+3.0%YoY");
        assertEquals("CS", items.get(0).prefix());
        assertEquals("3Q26受注", items.get(0).label());

        List<KpiGrammar.Item> parts = KpiGrammar.items("うち保守:10.0億円・+1.0%YoY、運用:20.0億円・△2.0%YoY");
        assertEquals(2, parts.size());
        assertTrue(parts.get(0).part());
        assertEquals("運用", parts.get(1).label());
        assertEquals("△2.0", parts.get(1).yoy());
        assertEquals("", parts.get(1).prefix());
    }

    @Test
    void bareTotalInTheCaptionsUnitWithBracketedYoy() {
        KpiGrammar.Item i = KpiGrammar.items("FY26:12,345 [+3.2%]").get(0);
        assertEquals("12,345", i.value());
        assertNull(i.unit());
        assertEquals("+3.2", i.yoy());
    }

    @Test
    void yoyAloneAndYoyAsPercentAndAmount() {
        KpiGrammar.Item alone = KpiGrammar.items("保守:+5.0%YoY").get(0);
        assertTrue(alone.yoyOnly());
        assertEquals("+5.0", alone.value());

        KpiGrammar.Item both = KpiGrammar.items("1Q26:50.0億円・+8.0%・+3.7億円YoY").get(0);
        assertEquals("+8.0", both.yoy());
        assertEquals("+3.7億円", both.yoyAmount());
    }

    @Test
    void countsWithoutAUnitForMoneyAreNoItems() {
        assertTrue(KpiGrammar.items("顧客数 1Q25末:120社→1Q26末:130社").isEmpty());
        assertTrue(KpiGrammar.items("回線数:50.5万・+2.1万YoY").isEmpty());
        assertTrue(KpiGrammar.items("単位:億円").isEmpty());
    }

    @Test
    void unclosedBracketOpensAPartNotItsName() {
        KpiGrammar.Item i = KpiGrammar.items("保守:+5.0%YoY(うち監視:+7.0%YoY)").get(1);
        assertEquals("うち監視", i.cleanLabel());
        assertEquals("(除く端末)売上", KpiGrammar.items("(除く端末)売上:9.0億円").get(0).cleanLabel());
    }

    @Test
    void wrappedFigureIsAnnouncedByATrailingColon() {
        assertTrue(KpiGrammar.wrapsFigure("・うち個人向けABC:"));
        assertFalse(KpiGrammar.wrapsFigure("・うち個人向けABC:9.0億円"));
    }

    @Test
    void aChangeWordEndsALabelAsAColonWould() {
        KpiGrammar.Item i = KpiGrammar.items("社員 純増約120名(見込み)、うち新卒30名").get(0);
        assertEquals("社員", i.prefix());
        assertEquals("純増", i.label());
        assertEquals("約120", i.value());
        assertEquals("名", i.unit());
        assertEquals(1, KpiGrammar.items("社員 純増約120名(見込み)、うち新卒30名").size());
        // A table's 「増減」 row has bare cells: without a colon, only a figure in its own unit is an item.
        assertTrue(KpiGrammar.items("増減 △2,514 +1,094").isEmpty());
    }

    @Test
    void oneFigureAtSeveralDates() {
        List<KpiGrammar.Item> items = KpiGrammar.items("自己資本比率:26年3月末 40.5%、26年9月末 41.2%");
        assertEquals(2, items.size());
        assertEquals("自己資本比率 26年3月末", items.get(0).label());
        assertEquals("40.5", items.get(0).value());
        assertEquals("26年9月末", items.get(1).label());
        assertEquals("41.2", items.get(1).value());
        assertEquals("%", items.get(1).unit());
    }

    @Test
    void figuresListedUnderATopicWord() {
        List<KpiGrammar.Item> items = KpiGrammar.items("前提:CAPEX 約120億円、連結従業員純増 約80名(うち新卒20名)");
        assertEquals(2, items.size());
        assertEquals("CAPEX", items.get(0).label());
        assertEquals("約120", items.get(0).value());
        assertEquals("億円", items.get(0).unit());
        assertEquals("連結従業員純増", items.get(1).label());
        assertEquals("", items.get(1).prefix());
        // Every part must be a name and its figure, else the line is something else.
        assertTrue(KpiGrammar.items("QoQ:+54百万円").get(0).label().equals("QoQ"));
        assertTrue(KpiGrammar.items("前提:為替 1ドル150円を想定、CAPEX 約120億円").isEmpty());
    }

    @Test
    void yoyInBracketsAfterTheFigure() {
        KpiGrammar.Item i = KpiGrammar.items("売上収益:12,345 (+3.2%YoY)").get(0);
        assertEquals("12,345", i.value());
        assertEquals("+3.2", i.yoy());
    }
}
