package dev.irx.model;

/** Whether a figure is a result, the company's forecast or plan, or an earlier forecast (前回予想). */
public enum Basis {
    ACTUAL("actual"), FORECAST("forecast"), PRIOR_FORECAST("prior_forecast");

    private final String json;

    Basis(String json) { this.json = json; }

    public String json() { return json; }

    public static Basis fromJson(String s) {
        for (Basis v : values()) if (v.json.equals(s)) return v;
        throw new IllegalArgumentException("unknown basis: " + s);
    }
}
