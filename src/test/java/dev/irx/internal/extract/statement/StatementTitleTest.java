package dev.irx.internal.extract.statement;

import dev.irx.model.Statement;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementTitleTest {

    @Test
    void titlesNameTheirStatement() {
        assertEquals(Statement.BALANCE_SHEET, StatementTitle.of("(1)四半期連結貸借対照表").orElseThrow().statement());
        assertEquals(Statement.BALANCE_SHEET, StatementTitle.of("(1)要約中間連結財政状態計算書").orElseThrow().statement());
        assertEquals(Statement.INCOME_STATEMENT, StatementTitle.of("(2)連結損益計算書及び連結包括利益計算書").orElseThrow().statement());
        assertEquals(Statement.COMPREHENSIVE_INCOME, StatementTitle.of("(四半期連結包括利益計算書)").orElseThrow().statement());
        assertEquals(Statement.INCOME_STATEMENT, StatementTitle.of("四半期連結損益計算書第3四半期連結累計期間").orElseThrow().statement());
        assertEquals(Statement.CASH_FLOWS, StatementTitle.of("(4)キャッシュ・フロー計算書").orElseThrow().statement());
        assertEquals(Statement.EQUITY_CHANGES, StatementTitle.of("(3)株主資本等変動計算書").orElseThrow().statement());
        assertTrue(StatementTitle.of("(1)連結貸借対照表").orElseThrow().consolidated());
        assertFalse(StatementTitle.of("(1)貸借対照表").orElseThrow().consolidated());
    }

    @Test
    void aNoteOrAContentsLineIsNoTitle() {
        assertTrue(StatementTitle.of("(連結貸借対照表関係)").isEmpty());
        assertTrue(StatementTitle.of("(1)連結貸借対照表......5").isEmpty());
        assertTrue(StatementTitle.of("貸借対照表計上額").isEmpty());
        assertTrue(StatementTitle.of("(損益計算書に関する注記)").isEmpty());
    }
}
