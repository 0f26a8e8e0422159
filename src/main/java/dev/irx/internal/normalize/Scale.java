package dev.irx.internal.normalize;

import java.math.BigDecimal;

/** A power-of-ten multiplier written in Japanese (千, 万, 百万, 億, 兆). */
public enum Scale {
    ONE("", 0), THOUSAND("千", 3), TEN_THOUSAND("万", 4), MILLION("百万", 6), TEN_MILLION("千万", 7),
    HUNDRED_MILLION("億", 8), BILLION("十億", 9), TRILLION("兆", 12);

    private final String kanji;
    private final int exponent;

    Scale(String kanji, int exponent) {
        this.kanji = kanji;
        this.exponent = exponent;
    }

    /** The prefix as printed: "百万" for MILLION, "" for ONE. */
    public String kanji() { return kanji; }

    public int exponent() { return exponent; }

    public BigDecimal apply(BigDecimal number) { return number.scaleByPowerOfTen(exponent); }

    /** The scale written by {@code kanji} ("百万"), or null. */
    public static Scale ofKanji(String kanji) {
        for (Scale s : values()) if (s.kanji.equals(kanji)) return s;
        return null;
    }
}
