package dev.irx.internal.extract.statement;

import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One printed line of a statement split into its label and the figures after it: 「現金及び預金 9,784,779 6,956,004」,
 * 「販売費及び一般管理費 ※1,※2 11,569,582 ※1,※2 13,208,062」, 「利益剰余金 △1,009,262 －」. A figure is an amount,
 * △ or ▲ before it or parentheses around it negative, or 「－」 for none; note marks (※1, *2) among the figures are dropped. Each figure keeps
 * its word's box, where the line has positions, to tell its column by.
 *
 * @param label   the words before the first figure, folded, joined by single spaces; empty when none
 * @param figures the figures left to right, with the small numbers that may be note numbers among them
 */
record FigureRow(String label, List<Figure> figures) {

    /** A figure as printed; value null for 「－」. {@code box} is null on a line without positions. */
    record Figure(String text, BigDecimal value, BoundingBox box) {
        boolean dash() { return value == null; }

        /** A bare number of one or two digits: in a 注記 column, a note number. */
        boolean noteLike() { return value != null && text.matches("[0-9]{1,2}"); }
    }

    private static final Pattern AMOUNT = Pattern.compile("[△▲-]?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?"
            + "|[(](?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\\.[0-9]+)?[)]");
    private static final Pattern DASH = Pattern.compile("-|--|―|─|ー");
    private static final Pattern NOTE = Pattern.compile("(?:※[0-9,、]*|\\*[0-9,]+|[(]?注[0-9,]*[)]?[0-9,]*)+|[0-9]{1,2}(?:,[0-9]{1,2})+");

    /** A line read from its words (each word folded on its own, keeping its box). */
    static FigureRow of(Line line) {
        List<String> tokens = new ArrayList<>();
        List<BoundingBox> boxes = new ArrayList<>();
        for (Word w : line.words()) {
            for (String t : TextNormalizer.fold(w.text()).split(" ")) {
                if (t.isEmpty()) continue;
                tokens.add(t);
                boxes.add(w.box());
            }
        }
        // 「△ 1,234」: the sign printed apart from its number
        for (int i = tokens.size() - 2; i >= 0; i--) {
            if ((tokens.get(i).equals("△") || tokens.get(i).equals("▲")) && AMOUNT.matcher(tokens.get(i + 1)).matches()
                    && !tokens.get(i + 1).startsWith("-")) {
                tokens.set(i, tokens.get(i) + tokens.remove(i + 1));
                BoundingBox b = boxes.remove(i + 1);
                BoundingBox a = boxes.get(i);
                boxes.set(i, a == null || b == null ? b : new BoundingBox(Math.min(a.x0(), b.x0()), Math.min(a.y0(), b.y0()),
                        Math.max(a.x1(), b.x1()), Math.max(a.y1(), b.y1())));
            }
        }
        int first = tokens.size();
        while (first > 0 && (isFigure(tokens.get(first - 1)) || NOTE.matcher(tokens.get(first - 1)).matches())) first--;
        // a label ends in a note mark or a figure only when something else is in it
        List<Figure> figures = new ArrayList<>();
        for (int i = first; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (!isFigure(t)) continue;
            figures.add(new Figure(t, DASH.matcher(t).matches() ? null : number(t), boxes.get(i)));
        }
        StringBuilder label = new StringBuilder();
        for (int i = 0; i < first; i++) {
            if (label.length() > 0) label.append(' ');
            label.append(tokens.get(i));
        }
        return new FigureRow(label.toString(), List.copyOf(figures));
    }

    private static boolean isFigure(String t) {
        return DASH.matcher(t).matches() || AMOUNT.matcher(t).matches() && !t.startsWith("-");
    }

    private static BigDecimal number(String t) {
        boolean negative = t.startsWith("△") || t.startsWith("▲") || t.startsWith("(");
        BigDecimal v = new BigDecimal(t.replaceAll("[△▲,()]", ""));
        return negative ? v.negate() : v;
    }

    boolean hasLetter() { return label.codePoints().anyMatch(Character::isLetter); }
}
