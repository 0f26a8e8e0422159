package dev.irx.internal.normalize;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counts the characters the text stages take in (folded and parsed as quantities), so that a test can check how the
 * work grows with a document's pages and lines without timing anything. It is process-wide and never reset by irx;
 * readers take the difference around what they measure.
 */
public final class WorkMeter {

    private static final LongAdder CHARS = new LongAdder();

    private WorkMeter() {}

    static void add(int chars) { CHARS.add(chars); }

    /** Characters folded or parsed so far in this JVM. */
    public static long chars() { return CHARS.sum(); }
}
