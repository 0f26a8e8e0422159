package dev.irx.internal.extract.label;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The head noun a note's term and its meaning are compared by (a definition by kind ends in the same noun). */
class CompoundLabelTest {

    @Test
    void theHeadIsTheLastNoun() {
        assertEquals(Optional.of("案件"), CompoundLabel.headNoun("大型案件"));
        assertEquals(Optional.of("案件"), CompoundLabel.headNoun("10億円以上の複数年案件"));
        assertEquals(Optional.of("強化"), CompoundLabel.headNoun("振る舞い検知の強化"));
    }

    @Test
    void aPhraseEndingInAnythingButANounHasNoHead() {
        assertEquals(Optional.empty(), CompoundLabel.headNoun("獲得金額はNWサービス分を含む"));
        assertEquals(Optional.empty(), CompoundLabel.headNoun(""));
    }
}
