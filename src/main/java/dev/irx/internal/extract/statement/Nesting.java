package dev.irx.internal.extract.statement;

import dev.irx.model.LineItemName;
import dev.irx.internal.read.Line;

import java.util.List;

/**
 * In a balance sheet, lines set in under a line with figures of its own are its parts: a bank's 「その他資産 5,764」 over
 * 「　その他の資産 5,764」, 「その他負債」 over 未払法人税等, リース債務 …. Such a line sits under the line above it, not
 * under the statement's heading, so that the heading's total is not taken to include it twice. Totals (小計, …合計)
 * are set in by some producers for emphasis; they are never parts.
 */
final class Nesting {

    /** A figure line that a line set further in may be a part of. */
    record Parent(float x0, String label) {}

    private Nesting() {}

    /**
     * The label of the line {@code line} is set in under, or null; records the line as a parent for the lines after
     * it. {@code parents} holds the figure lines read under the current heading, in print order.
     */
    static String within(List<Parent> parents, Line line, String label) {
        if (line.box() == null || line.words().isEmpty() || line.words().get(0).box() == null) return null;
        float x0 = line.words().get(0).box().x0();
        // half a character: less is a producer's jitter, not an indent
        float step = (line.box().y1() - line.box().y0()) / 2;
        String l = LineItemName.of(label);
        if (l.equals("小計") || l.endsWith("合計")) {
            parents.clear(); // a total closes the lines above it: none of them is a parent of what follows
            return null;
        }
        while (!parents.isEmpty() && parents.get(parents.size() - 1).x0() > x0 - step) parents.remove(parents.size() - 1);
        String within = parents.isEmpty() ? null : parents.get(parents.size() - 1).label();
        parents.add(new Parent(x0, label));
        return within;
    }
}
