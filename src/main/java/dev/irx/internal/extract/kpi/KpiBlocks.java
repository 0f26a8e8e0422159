package dev.irx.internal.extract.kpi;

import dev.irx.internal.extract.table.Row;
import dev.irx.internal.normalize.PeriodParser;
import dev.irx.internal.normalize.TextNormalizer;
import dev.irx.internal.read.BoundingBox;
import dev.irx.internal.read.Line;
import dev.irx.internal.read.Word;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A KPI item set upright, one word a line, beside a chart: 「FY24通期 / 売上収益 / 316,831 / (+14.8%YoY) /
 * うちネットワークサービス / 162,577 / (+7.4%YoY)」. The stack is read as the one line it stands for
 * (「FY24通期 売上収益:316,831 (+14.8%YoY) うちネットワークサービス:162,577 (+7.4%YoY)」), each word keeping its box.
 * Only a stack whose every figure carries its YoY is one: a name over a number alone may be a chart's label.
 */
final class KpiBlocks {

    private static final Pattern YOY = Pattern.compile("^\\([△▲+\\-]?\\d+(?:\\.\\d+)?%YoY\\)$");
    /** Points by which the left edges of one stack's lines may differ. */
    private static final float ALIGN = 4f;

    private KpiBlocks() {}

    /**
     * The stacks of a page: the index of each stack's first line → the line it stands for, and every line a stack
     * took. A stack's lines need not follow each other in the page's order: a legend beside it shares its baselines.
     */
    record Stacks(Map<Integer, Line> joined, Set<Integer> taken) {}

    static Stacks find(List<Line> lines, List<String> folded, PeriodParser periods) {
        Map<Integer, Line> joined = new HashMap<>();
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            if (taken.contains(i) || !oneWord(lines.get(i), folded.get(i))) continue;
            List<Integer> column = column(lines, folded, i, taken);
            if (column.size() < 3) continue;
            Read stack = read(lines, folded, column, periods);
            if (stack == null) continue;
            joined.put(i, stack.line());
            taken.addAll(column.subList(0, stack.used()));
        }
        return new Stacks(joined, taken);
    }

    /** The one-word lines from {@code start} down that share its left edge, each close under the one before. */
    private static List<Integer> column(List<Line> lines, List<String> folded, int start, Set<Integer> taken) {
        List<Integer> out = new ArrayList<>(List.of(start));
        BoundingBox prev = lines.get(start).box();
        for (int k = start + 1; k < lines.size(); k++) {
            BoundingBox cur = lines.get(k).box();
            if (cur == null || taken.contains(k) || Math.abs(cur.x0() - prev.x0()) > ALIGN) continue;
            float height = prev.y1() - prev.y0();
            if (cur.y0() < prev.y1() - 1 || cur.y0() - prev.y1() > 2 * height || !oneWord(lines.get(k), folded.get(k))) {
                break;
            }
            out.add(k);
            prev = cur;
        }
        return out;
    }

    private static boolean oneWord(Line line, String folded) {
        return line.box() != null && line.words().size() == 1 && !folded.isBlank() && folded.indexOf(' ') < 0;
    }

    /** A stack read: the line it stands for and how many of its column's lines it took. */
    private record Read(Line line, int used) {}

    /** The stack down {@code column}: [period] then (name, figure, YoY) repeated; null when none is there. */
    private static Read read(List<Line> lines, List<String> folded, List<Integer> column, PeriodParser periods) {
        List<Word> words = new ArrayList<>();
        int k = 0;
        if (periods.parse(folded.get(column.get(0))).isPresent()) words.add(lines.get(column.get(k++)).words().get(0));
        int items = 0;
        while (k + 3 <= column.size()) {
            String name = folded.get(column.get(k));
            if (name.matches(".*\\d.*") || !Row.isCell(folded.get(column.get(k + 1)))
                    || !YOY.matcher(folded.get(column.get(k + 2))).matches()) break;
            Word n = lines.get(column.get(k)).words().get(0);
            words.add(new Word(TextNormalizer.fold(n.text()) + ":", n.box(), n.fontSize(), n.fontName()));
            words.add(lines.get(column.get(k + 1)).words().get(0));
            words.add(lines.get(column.get(k + 2)).words().get(0));
            k += 3;
            items++;
        }
        if (items == 0) return null;
        BoundingBox box = null;
        for (Word w : words) box = box == null ? w.box() : box.union(w.box());
        return new Read(new Line(words, box, lines.get(column.get(0)).column()), k);
    }
}
