package dev.irx.internal.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FoldMemoTest {

    private static final String LINE = "２０２４ 年 ３ 月期 売上高 4, 000 百万円";

    private static long workOfFolding(int times) {
        long before = WorkMeter.chars();
        for (int i = 0; i < times; i++) assertEquals("2024年3月期 売上高 4,000百万円", TextNormalizer.fold(LINE));
        return WorkMeter.chars() - before;
    }

    @Test
    void insideADocumentATextIsFoldedOnce() {
        try (FoldMemo memo = FoldMemo.open()) {
            assertEquals(LINE.length(), workOfFolding(3));
            try (FoldMemo inner = FoldMemo.open()) { // nested: the same memo
                assertEquals(0, workOfFolding(2));
            }
            assertEquals(0, workOfFolding(1)); // the inner close did not end the outer memo
        }
    }

    @Test
    void outsideADocumentEveryFoldIsWork() {
        assertEquals(3L * LINE.length(), workOfFolding(3));
        try (FoldMemo memo = FoldMemo.open()) {
            workOfFolding(1);
        }
        assertEquals(2L * LINE.length(), workOfFolding(2)); // closed: nothing remembered
    }
}
