package dev.irx.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Scores an extraction against the golden {@link XbrlGolden} builds from a filing folder. Each part is scored on its
 * own pages: a tagged figure is found when irx produced a figure with its key and value on a page the part was
 * printed on, wrong when irx produced its key there with another value. The same figure tagged in two parts (the
 * summary's 売上高 and the P&amp;L's) counts in each, since each is a printing irx should read.
 */
public final class XbrlScorer {

    private XbrlScorer() {}

    public static XbrlScore score(String name, IrxDocument doc, JsonNode xbrlGolden) {
        Golden golden = Golden.parse(xbrlGolden);
        Map<String, Set<Integer>> partPages = new LinkedHashMap<>();
        Map<String, List<Golden.Entry>> byPart = new LinkedHashMap<>();
        for (Golden.Entry e : golden.facts()) {
            byPart.computeIfAbsent(e.part(), k -> new ArrayList<>()).add(e);
            partPages.computeIfAbsent(e.part(), k -> new HashSet<>()).addAll(e.pages());
        }
        Map<String, Integer> unscored = new TreeMap<>();
        for (JsonNode u : xbrlGolden.path("unmapped")) unscored.merge(u.path("part").asText("summary"), 1, Integer::sum);

        Map<Golden.Key, List<Fact>> produced = new LinkedHashMap<>();
        for (Fact f : doc.facts()) produced.computeIfAbsent(Scorer.key(f), k -> new ArrayList<>()).add(f);

        List<String> problems = new ArrayList<>();
        Map<String, XbrlScore.Tally> parts = new LinkedHashMap<>();
        Map<String, XbrlScore.Tally> concepts = new TreeMap<>();
        Map<String, Set<Golden.Key>> partKeys = new LinkedHashMap<>();
        for (Map.Entry<String, List<Golden.Entry>> part : byPart.entrySet()) {
            Set<Integer> pages = partPages.get(part.getKey());
            Set<Golden.Key> keys = new HashSet<>();
            int found = 0, wrong = 0;
            for (Golden.Entry e : part.getValue()) {
                keys.add(e.key());
                List<Fact> here = produced.getOrDefault(e.key(), List.of()).stream()
                        .filter(f -> onPages(f, pages)).toList();
                String verdict;
                if (here.stream().anyMatch(f -> Scorer.matches(e, f))) {
                    found++;
                    verdict = "found";
                } else if (!here.isEmpty()) {
                    wrong++;
                    verdict = "wrong";
                    Fact f = here.get(0);
                    problems.add(part.getKey() + ": wrong    " + e.key() + " [" + e.concept() + "]: tagged "
                            + e.value().toPlainString() + " " + e.unit() + ", got " + f.value().toPlainString() + " "
                            + f.unit() + " p." + f.page() + " ('" + f.display().text() + "')");
                } else {
                    verdict = "missing";
                    problems.add(part.getKey() + ": missing  " + e.key() + " [" + e.concept() + "] = "
                            + e.value().toPlainString() + " " + e.unit() + " p." + new java.util.TreeSet<>(e.pages()));
                }
                concepts.merge(e.concept() == null ? "?" : e.concept(), new XbrlScore.Tally(1,
                        verdict.equals("found") ? 1 : 0, verdict.equals("wrong") ? 1 : 0, 0, 0), XbrlScore.Tally::plus);
            }
            partKeys.put(part.getKey(), keys);
            parts.put(part.getKey(), new XbrlScore.Tally(part.getValue().size(), found, wrong, 0,
                    unscored.getOrDefault(part.getKey(), 0)));
        }
        // A figure on a part's pages that no part printed there tags is extra, counted once, in the first such part.
        for (Fact f : doc.facts()) {
            Golden.Key k = Scorer.key(f);
            String first = null;
            boolean tagged = false;
            for (String part : parts.keySet()) {
                Set<Integer> pages = partPages.get(part);
                if (!pages.isEmpty() && !pages.contains(f.page())) continue;
                if (first == null) first = part;
                tagged |= partKeys.get(part).contains(k);
            }
            if (first == null || tagged) continue;
            XbrlScore.Tally t = parts.get(first);
            parts.put(first, new XbrlScore.Tally(t.expected(), t.found(), t.wrong(), t.extra() + 1, t.unscored()));
            problems.add(first + ": extra    " + k + " = " + f.value().toPlainString() + " " + f.unit() + " p."
                    + f.page() + " ('" + f.display().text() + "')");
        }
        String summary = xbrlGolden.path("summaryFile").asText("");
        String form = summary.startsWith("tse-") ? summary.split("-")[1] : "";
        return new XbrlScore(name, form, parts, concepts, prose(doc, xbrlGolden.path("partPages").path("qualitative"),
                problems), problems);
    }

    /** Figures on the qualitative pages: read, restated and agreeing elsewhere, or in conflict with another reading. */
    private static XbrlScore.Prose prose(IrxDocument doc, JsonNode qualitativePages, List<String> problems) {
        Set<Integer> pages = new HashSet<>();
        qualitativePages.forEach(p -> pages.add(p.asInt()));
        if (pages.isEmpty()) return XbrlScore.Prose.NONE;
        // the values read for each key: two facts of one key that agree (a year's closing balance and the next
        // year's opening one) restate each other; only different values are a conflict
        Map<Golden.Key, Set<java.math.BigDecimal>> readings = new LinkedHashMap<>();
        Map<Golden.Key, Integer> count = new LinkedHashMap<>();
        for (Fact f : doc.facts()) {
            readings.computeIfAbsent(Scorer.key(f), k -> new HashSet<>()).add(f.value().stripTrailingZeros());
            count.merge(Scorer.key(f), 1, Integer::sum);
        }
        int read = 0, restated = 0, conflicting = 0;
        for (Fact f : doc.facts()) {
            Set<Integer> seen = Scorer.pagesOf(f);
            if (seen.stream().noneMatch(pages::contains)) continue;
            read++;
            if (readings.get(Scorer.key(f)).size() > 1) {
                conflicting++; // the validator keeps every reading of a key whose readings disagree
                problems.add("qualitative: conflict " + Scorer.key(f) + " = " + f.value().toPlainString() + " p."
                        + f.page() + " ('" + f.display().text() + "')");
            } else if (count.get(Scorer.key(f)) > 1 || seen.stream().anyMatch(p -> !pages.contains(p))) {
                restated++;
            }
        }
        return new XbrlScore.Prose(read, restated, conflicting);
    }

    /** Whether irx read the figure on one of the pages (any page when the part's pages are not known). */
    private static boolean onPages(Fact f, Set<Integer> pages) {
        return pages.isEmpty() || Scorer.pagesOf(f).stream().anyMatch(pages::contains);
    }
}
