package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.internal.verify.XbrlScore;
import dev.irx.internal.verify.XbrlScore.Tally;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The tables and JSON of {@code irx verify --xbrl}: per filing, per part, per form and per concept. */
final class XbrlReport {

    private static final String ROW = "%-44s %8s %6s %6s %8s %6s %8s %7s%n";
    private static final String NUM = "%-44s %8d %6d %6d %8d %6d %8d %6.1f%%%n";

    private XbrlReport() {}

    static Map<String, Tally> byPart(List<XbrlScore> scores) {
        Map<String, Tally> out = new LinkedHashMap<>();
        for (XbrlScore s : scores) s.parts().forEach((p, t) -> out.merge(p, t, Tally::plus));
        return out;
    }

    static Map<String, Tally> byForm(List<XbrlScore> scores) {
        Map<String, Tally> out = new TreeMap<>();
        for (XbrlScore s : scores) out.merge(s.form(), s.total(), Tally::plus);
        return out;
    }

    static Map<String, Tally> byConcept(List<XbrlScore> scores) {
        Map<String, Tally> out = new TreeMap<>();
        for (XbrlScore s : scores) s.concepts().forEach((c, t) -> out.merge(c, t, Tally::plus));
        return out;
    }

    static void printTable(PrintStream out, List<XbrlScore> scores, boolean concepts, boolean details) {
        table(out, "filing", scores.stream().collect(LinkedHashMap::new, (m, s) -> m.put(s.document(), s.total()),
                Map::putAll));
        out.println();
        table(out, "part", byPart(scores));
        out.println();
        table(out, "form", byForm(scores));
        XbrlScore.Prose prose = scores.stream().map(XbrlScore::prose).reduce(XbrlScore.Prose.NONE, XbrlScore.Prose::plus);
        out.printf(Locale.ROOT, "%nqualitative (untagged): %d figures read, %d restated elsewhere and agreeing, "
                + "%d in conflict%n", prose.read(), prose.restated(), prose.conflicting());
        if (concepts) {
            out.println();
            Map<String, Tally> byMissing = new LinkedHashMap<>();
            byConcept(scores).entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, Tally> e) -> -(e.getValue().expected() - e.getValue().found()))
                            .thenComparing(Map.Entry::getKey))
                    .forEach(e -> byMissing.put(e.getKey(), e.getValue()));
            table(out, "concept", byMissing);
        }
        if (details) for (XbrlScore s : scores) for (String p : s.problems()) out.println(s.document() + ": " + p);
    }

    private static void table(PrintStream out, String what, Map<String, Tally> rows) {
        out.printf(Locale.ROOT, ROW, what, "expected", "found", "wrong", "missing", "extra", "unscored", "recall");
        Tally total = Tally.ZERO;
        for (Map.Entry<String, Tally> r : rows.entrySet()) {
            line(out, r.getKey(), r.getValue());
            total = total.plus(r.getValue());
        }
        line(out, "TOTAL", total);
    }

    private static void line(PrintStream out, String name, Tally t) {
        out.printf(Locale.ROOT, NUM, name, t.expected(), t.found(), t.wrong(), t.missing(), t.extra(), t.unscored(),
                100 * t.recall());
    }

    static void printJson(PrintStream out, List<XbrlScore> scores) throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        ArrayNode docs = root.putArray("filings");
        for (XbrlScore s : scores) {
            ObjectNode n = docs.addObject();
            n.put("document", s.document());
            n.put("form", s.form());
            tallies(n.putObject("parts"), s.parts());
            tallies(n.putObject("concepts"), s.concepts());
            ObjectNode pr0 = n.putObject("qualitative");
            pr0.put("read", s.prose().read());
            pr0.put("restated", s.prose().restated());
            pr0.put("conflicting", s.prose().conflicting());
            ArrayNode pr = n.putArray("problems");
            s.problems().forEach(pr::add);
        }
        XbrlScore.Prose prose = scores.stream().map(XbrlScore::prose).reduce(XbrlScore.Prose.NONE, XbrlScore.Prose::plus);
        ObjectNode q = root.putObject("qualitative");
        q.put("read", prose.read());
        q.put("restated", prose.restated());
        q.put("conflicting", prose.conflicting());
        tallies(root.putObject("parts"), byPart(scores));
        tallies(root.putObject("forms"), byForm(scores));
        tallies(root.putObject("concepts"), byConcept(scores));
        out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(root));
    }

    private static void tallies(ObjectNode into, Map<String, Tally> m) {
        m.forEach((k, t) -> {
            ObjectNode n = into.putObject(k);
            n.put("expected", t.expected());
            n.put("found", t.found());
            n.put("wrong", t.wrong());
            n.put("missing", t.missing());
            n.put("extra", t.extra());
            n.put("unscored", t.unscored());
            n.put("recall", t.recall());
        });
    }
}
