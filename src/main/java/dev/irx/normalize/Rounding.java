package dev.irx.normalize;

/** How a document rounded its figures to the printed unit (「百万円未満切捨て」, 「百万円未満四捨五入」). */
public enum Rounding { TRUNCATE, ROUND_HALF_UP }
