package dev.irx.model;

/** How a document rounded its figures to the printed unit (「百万円未満切捨て」, 「百万円未満四捨五入」). */
public enum Rounding {
    TRUNCATE("truncate"), ROUND_HALF_UP("round_half_up");

    private final String json;

    Rounding(String json) { this.json = json; }

    /** The name written in {@code document.rounding}. */
    public String json() { return json; }

    public static Rounding fromJson(String s) {
        for (Rounding r : values()) if (r.json.equals(s)) return r;
        throw new IllegalArgumentException("unknown rounding: " + s);
    }
}
