package dev.irx.internal.verify;

import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.internal.validate.Precision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Compares an {@link IrxDocument} with its {@link Golden}: every figure, its value, unit and page. */
public final class Scorer {

    private Scorer() {}

    public static Score score(String name, IrxDocument doc, Golden golden) {
        Map<Golden.Key, List<Fact>> produced = new LinkedHashMap<>();
        for (Fact f : doc.facts()) produced.computeIfAbsent(key(f), k -> new ArrayList<>()).add(f);
        List<String> problems = new ArrayList<>();
        Map<Golden.Key, Golden.Entry> expected = merged(golden, problems);
        int found = 0, wrong = 0, missing = 0, sightings = 0, seen = 0;
        for (Golden.Entry e : expected.values()) {
            sightings += e.pages().size();
            List<Fact> candidates = produced.getOrDefault(e.key(), List.of());
            if (candidates.isEmpty()) {
                missing++;
                problems.add("missing  " + e.key() + " = " + e.value().toPlainString() + " " + e.unit()
                        + " p." + e.pages());
                continue;
            }
            Fact right = candidates.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
            if (right != null) {
                found++;
                java.util.Set<Integer> unseen = new java.util.TreeSet<>(e.pages());
                unseen.removeAll(pagesOf(right));
                seen += e.pages().size() - unseen.size();
                if (!unseen.isEmpty()) problems.add("unseen   " + e.key() + " on p." + unseen + " (read on p."
                        + new java.util.TreeSet<>(pagesOf(right)) + ")");
            } else {
                wrong++;
                Fact f = candidates.get(0);
                problems.add("wrong    " + e.key() + ": expected " + e.value().toPlainString() + " " + e.unit()
                        + " p." + e.pages() + ", got " + f.value().toPlainString() + " " + f.unit() + " p."
                        + f.page() + " ('" + f.display().text() + "')");
            }
        }
        int extra = 0;
        for (Map.Entry<Golden.Key, List<Fact>> p : produced.entrySet()) {
            if (expected.containsKey(p.getKey())) continue;
            for (Fact f : p.getValue()) {
                extra++;
                problems.add("extra    " + p.getKey() + " = " + f.value().toPlainString() + " " + f.unit() + " p."
                        + f.page() + " ('" + f.display().text() + "')");
            }
        }
        return new Score(name, expected.size(), found, wrong, missing, extra, doc.facts().size(), problems,
                documentMismatches(doc, golden), sightings, seen);
    }

    /**
     * The golden's figures, one per key: a figure printed on two pages (a table and a chart) may be listed once per
     * page, and counts once, on any of its pages. Two listings that disagree are a golden's error: the first counts.
     */
    private static Map<Golden.Key, Golden.Entry> merged(Golden golden, List<String> problems) {
        Map<Golden.Key, Golden.Entry> out = new LinkedHashMap<>();
        for (Golden.Entry e : golden.facts()) {
            Golden.Entry first = out.get(e.key());
            if (first == null) {
                out.put(e.key(), e);
            } else if (first.value().compareTo(e.value()) == 0 && first.unit().equals(e.unit())) {
                out.put(e.key(), first.withPages(e.pages()));
            } else {
                problems.add("golden lists twice, with different values: " + e.key() + " = "
                        + first.value().toPlainString() + " and " + e.value().toPlainString());
            }
        }
        return out;
    }

    static Golden.Key key(Fact f) {
        return new Golden.Key(f.metric(), f.measure(), f.segment(), f.consolidated(), f.period().span(),
                f.period().start(), f.period().end(), f.basis(), f.currency(),
                f.range() == null ? null : f.range().json(), f.item());
    }

    /** Every page irx read the figure on. */
    static java.util.Set<Integer> pagesOf(Fact f) {
        java.util.Set<Integer> pages = new java.util.HashSet<>();
        pages.add(f.page());
        for (Evidence other : f.alsoSeen()) pages.add(other.page());
        return pages;
    }

    static boolean matches(Golden.Entry e, Fact f) {
        // irx reporting 「768.2億円」 where the golden knows 76,821百万円 is right to the digits it printed.
        if (!f.unit().equals(e.unit())) return false;
        if (f.value().compareTo(e.value()) != 0 && !Precision.admits(f, e.value()) && !e.admits(f.value()))
            return false;
        return e.pages().isEmpty() || !java.util.Collections.disjoint(e.pages(), pagesOf(f));
    }

    private static List<String> documentMismatches(IrxDocument doc, Golden golden) {
        Map<String, String> actual = new HashMap<>();
        actual.put("kind", doc.document().kind().json());
        actual.put("publishedOn", Objects.toString(doc.document().publishedOn(), null));
        actual.put("accountingStandard", doc.document().accountingStandard() == null ? null
                : doc.document().accountingStandard().json());
        actual.put("fiscalYearEndMonth", Objects.toString(doc.document().fiscalYearEndMonth(), null));
        actual.put("company.name", doc.document().company().name());
        actual.put("company.securitiesCode", doc.document().company().securitiesCode());
        actual.put("company.market", doc.document().company().market());
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : golden.document().entrySet()) {
            String got = actual.get(e.getKey());
            if (!Objects.equals(e.getValue(), got)) {
                out.add("document." + e.getKey() + ": expected " + e.getValue() + ", got " + got);
            }
        }
        return out;
    }
}
