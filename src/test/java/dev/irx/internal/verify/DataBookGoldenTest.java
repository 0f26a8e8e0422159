package dev.irx.internal.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.IrxExtractor;
import dev.irx.model.Check;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactStatus;
import dev.irx.model.IrxDocument;
import dev.irx.model.LineItemName;
import dev.irx.model.Metric;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The real data book of ../shared (セブン&アイ 3382, 決算補足資料 of FY2025 Q3) against a golden of its pp.3–17 written
 * by eye, independently of irx ({@code databook/7i-3382-2026-02-Q3.golden.json}: one entry per printed cell). Every
 * golden figure with a metric and a measure is scored: found when irx gives a fact of the same key (metric or
 * statement line, segment, measure, period span and end, basis) with the same value and that page among its
 * printings; wrong when irx gives a fact of that key with another value, wherever in the document it read it.
 * Figures the vocabulary has no metric for, and plan targets that are bounds, are in the golden but not scored.
 * Skipped when ../shared is absent. Details go to target/databook-golden.txt.
 */
class DataBookGoldenTest {

    private static final Path PDF = Path.of("../shared/realdata/decks/7i-3382-2026-02-Q3-hosoku-shiryo.pdf");
    private static final Path GOLDEN = Path.of("src/test/resources/dev/irx/databook/7i-3382-2026-02-Q3.golden.json");
    private static final Path REPORT = Path.of("target/databook-golden.txt");

    /**
     * Figures irx finds today on main (1,889 of 2,267 scored at 8ec1ac2, when the golden was written), rounded down.
     * Raise it as irx improves; it must never be lowered to let a change in.
     */
    private static final int FOUND_FLOOR = 2229;

    /** What a figure is, on both sides: a line_item is named by its statement, section and label, folded. */
    record Key(String metric, String segment, String measure, String span, String end, String basis, String item) {}

    @Test
    void dataBookPages3To17MatchTheGolden() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(PDF), PDF + " not present; skipped");
        JsonNode golden = new ObjectMapper().readTree(GOLDEN.toFile());
        IrxDocument doc = IrxExtractor.builder().build().extract(PDF);

        Map<Key, List<Fact>> irx = new HashMap<>();
        for (Fact f : doc.facts()) {
            if (f.currency() != null || f.range() != null) continue;
            irx.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        }

        Map<Integer, int[]> pages = new TreeMap<>();   // page -> {expected, found}
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        Set<Key> goldenKeys = new HashSet<>();
        int expected = 0;
        int found = 0;
        for (JsonNode g : golden.path("figures")) {
            if (g.path("metric").isNull() || g.path("measure").isNull() || g.has("bound") || g.has("rangeEnd")) continue;
            goldenKeys.add(key(g));
            int page = g.path("page").asInt();
            BigDecimal value = new BigDecimal(g.path("value").asText());
            int[] tally = pages.computeIfAbsent(page, p -> new int[2]);
            tally[0]++;
            expected++;
            boolean hit = false;
            for (Fact f : irx.getOrDefault(key(g), List.of())) {
                if (f.value().compareTo(value) != 0) {
                    wrong.add(describe(g) + " irx " + f.value().toPlainString() + " (p." + f.where().page() + ", "
                            + f.label() + ")");
                } else if (printedOn(f, page)) {
                    hit = true;
                }
            }
            if (hit) {
                tally[1]++;
                found++;
            } else {
                missed.add(describe(g));
            }
        }

        // Whatever the key: a fact printed on one of these pages must carry a value the golden has for that row
        // (its label, or segment), period and measure, when the golden has that row and period at all.
        Map<String, Set<BigDecimal>> cells = new HashMap<>();
        for (JsonNode g : golden.path("figures")) {
            if (g.path("measure").isNull()) continue;
            cells.computeIfAbsent(cell(g.path("page").asInt(), rowLabel(g), g.path("period"), g.path("measure").asText(),
                    g.path("basis").asText()), k -> new HashSet<>()).add(new BigDecimal(g.path("value").asText()));
        }
        List<String> misread = new ArrayList<>();
        int compared = 0;
        for (Fact f : doc.facts()) {
            List<Evidence> printings = new ArrayList<>(f.alsoSeen());
            printings.add(0, f.where());
            for (Evidence e : printings) {
                String label = f.segment() != null && f.metric() != Metric.LINE_ITEM ? f.segment() : f.label();
                Set<BigDecimal> values = cells.get(cell(e.page(), label, f));
                if (values != null) compared++;
                if (values != null && values.stream().noneMatch(v -> v.compareTo(f.value()) == 0)) {
                    misread.add("p." + e.page() + " " + label + " " + f.period() + " " + f.measure().json() + " irx "
                            + f.value().toPlainString() + ", golden " + values);
                }
            }
        }

        // Facts irx reads on these pages under a key the golden has no figure for: misnamed, or beyond the vocabulary.
        List<String> extra = new ArrayList<>();
        for (Fact f : doc.facts()) {
            int p = f.where().page();
            if (p >= 3 && p <= 17 && f.currency() == null && !goldenKeys.contains(key(f))) {
                extra.add("p." + p + " " + f.label() + (f.segment() == null ? "" : " / " + f.segment()) + " " + key(f)
                        + " " + f.value().toPlainString());
            }
        }

        StringBuilder report = new StringBuilder();
        pages.forEach((p, t) -> report.append(String.format(Locale.ROOT, "databook p.%-2d found %4d of %4d (%.1f%%)%n",
                p, t[1], t[0], 100.0 * t[1] / t[0])));
        report.append(String.format(Locale.ROOT, "databook all  found %4d of %4d (%.1f%%), wrong %d%n",
                found, expected, 100.0 * found / expected, wrong.size()));
        report.append("databook irx values unlike the golden's for their row and period: ").append(misread.size())
                .append(" of ").append(compared).append(" printings compared\n");
        report.append("databook irx facts on pp.3-17 under keys the golden does not score: ").append(extra.size()).append('\n');
        System.out.print(report);
        report.append("\nwrong:\n");
        wrong.forEach(w -> report.append("  ").append(w).append('\n'));
        report.append("\nmisread:\n");
        misread.forEach(m -> report.append("  ").append(m).append('\n'));
        report.append("\nmissed:\n");
        missed.forEach(m -> report.append("  ").append(m).append('\n'));
        report.append("\nunscored keys:\n");
        extra.forEach(x -> report.append("  ").append(x).append('\n'));
        writeReport(report.toString());

        assertTrue(expected > 2000, "the golden scores " + expected + " figures; expected over 2,000");
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong:\n" + String.join("\n", wrong));
        assertTrue(compared > 1500, "only " + compared + " printings compared by row; the row check has gone blind");
        assertTrue(misread.isEmpty(), misread.size() + " misread:\n" + String.join("\n", misread));
        assertTrue(found >= FOUND_FLOOR, "found " + found + " of " + expected + " < floor " + FOUND_FLOOR);
        // the book reconciles: 95% of its facts by sums (segments, quarters, statements, 前期比), and no check fails
        long reconciled = doc.facts().stream().filter(f -> f.status() == FactStatus.RECONCILED).count();
        assertTrue(reconciled * 100 >= 95L * doc.facts().size(), reconciled + " of " + doc.facts().size() + " reconciled");
        List<String> failed = doc.checks().stream().filter(c -> !c.passed()).map(Check::detail).toList();
        assertTrue(failed.isEmpty(), failed.size() + " checks fail:\n" + String.join("\n", failed));
    }

    private static Key key(Fact f) {
        String item = f.metric() == Metric.LINE_ITEM
                ? f.line().statement().json() + "|" + LineItemName.of(f.line().section()) + "|" + LineItemName.of(f.label())
                : null;
        return new Key(f.metric().json(), LineItemName.of(f.segment()), f.measure().json(), f.period().span().json(),
                f.period().end().toString(), f.basis().json(), item);
    }

    private static Key key(JsonNode g) {
        String metric = g.path("metric").asText();
        JsonNode line = g.path("line");
        String item = metric.equals("line_item")
                ? line.path("statement").asText() + "|" + LineItemName.of(text(line.path("section"))) + "|"
                  + LineItemName.of(g.path("label").asText())
                : null;
        JsonNode period = g.path("period");
        return new Key(metric, LineItemName.of(text(g.path("segment"))), g.path("measure").asText(),
                period.path("span").asText(), period.path("end").asText(), g.path("basis").asText(), item);
    }

    /** A printed cell as a row and a column: page, row label folded, period, measure, basis. */
    private static String cell(int page, String label, JsonNode period, String measure, String basis) {
        return page + "|" + LineItemName.of(label) + "|" + period.path("span").asText() + "|" + period.path("end").asText()
                + "|" + measure + "|" + basis;
    }

    private static String cell(int page, String label, Fact f) {
        return page + "|" + LineItemName.of(label) + "|" + f.period().span().json() + "|" + f.period().end() + "|"
                + f.measure().json() + "|" + f.basis().json();
    }

    /** The row a golden figure is printed in: its segment's row under a metric, else its own label. */
    private static String rowLabel(JsonNode g) {
        String segment = text(g.path("segment"));
        return segment != null && !g.path("metric").asText().equals("line_item") ? segment : g.path("label").asText();
    }

    private static boolean printedOn(Fact f, int page) {
        if (f.where().page() == page) return true;
        for (Evidence e : f.alsoSeen()) if (e.page() == page) return true;
        return false;
    }

    private static String text(JsonNode n) { return n.isNull() || n.isMissingNode() ? null : n.asText(); }

    private static String describe(JsonNode g) {
        String seg = text(g.path("segment"));
        return "p." + g.path("page").asInt() + " " + g.path("label").asText() + (seg == null ? "" : " / " + seg)
                + " [" + g.path("column").asText() + "] " + g.path("metric").asText() + " " + g.path("measure").asText()
                + " " + g.path("basis").asText() + " golden " + g.path("value").asText() + " (printed "
                + g.path("printed").asText() + ")";
    }

    private static void writeReport(String text) {
        try {
            Files.createDirectories(REPORT.getParent());
            Files.writeString(REPORT, text);
        } catch (IOException e) {
            System.err.println("cannot write " + REPORT + ": " + e.getMessage());
        }
    }
}
