package dev.irx.internal.extract.table;

import dev.irx.internal.normalize.QuantityParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A table row split into its label and its cells: the trailing run of tokens that are numbers or
 * 「-」 is the cells, what stands before is the label. Works on folded text.
 */
public record Row(String label, List<String> cells) {

    public static Row parse(String foldedLine) {
        List<String> tokens = Arrays.stream(foldedLine.trim().split(" +")).filter(s -> !s.isEmpty()).toList();
        List<String> cells = new ArrayList<>();
        int i = tokens.size() - 1;
        while (i >= 0 && isCell(tokens.get(i))) cells.add(tokens.get(i--));
        Collections.reverse(cells);
        String label = String.join(" ", tokens.subList(0, i + 1));
        return new Row(label, List.copyOf(cells));
    }

    public static boolean isCell(String token) {
        return QuantityParser.isNotAvailable(token) || QuantityParser.parse(token).isPresent();
    }

    public boolean hasCells() { return !cells.isEmpty(); }

    public boolean hasLabel() { return !label.isEmpty(); }
}
