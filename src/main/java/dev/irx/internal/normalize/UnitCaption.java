package dev.irx.internal.normalize;

import java.util.Objects;

/** What a table caption such as 「（単位：百万円）」 says about the bare numbers below it. */
public record UnitCaption(Scale scale, Unit unit) {
    public UnitCaption {
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(unit, "unit");
    }
}
