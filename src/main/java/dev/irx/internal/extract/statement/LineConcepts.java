package dev.irx.internal.extract.statement;

import dev.irx.model.LineItemName;
import dev.irx.model.Statement;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The taxonomy concept a statement line stands for, by its label (and, where one label serves several concepts, the
 * heading it is under): the data file {@code line-concepts.tsv}, per standard (IFRS or Japanese GAAP). The irx metric
 * a concept is (revenue, total_assets, operating_cf …) comes from the one concept table irx keeps,
 * {@code dev/irx/verify/xbrl-concepts.tsv}.
 */
final class LineConcepts {

    /** A label's period word: 「税引前四半期利益」「税引前中間利益」「税引前当期利益」 are one line in three filings. */
    private static final java.util.regex.Pattern PERIOD_WORD = java.util.regex.Pattern.compile("四半期|中間|当期");
    private static final String AMBIGUOUS = "";
    // after the patterns it uses
    private static final LineConcepts STANDARD = load();


    private final Map<String, String> concepts;
    /** The same keys with the period word taken out; AMBIGUOUS where two concepts meet. */
    private final Map<String, String> periodless = new HashMap<>();
    private final Map<String, String> metrics;

    private final java.util.Set<String> balanceSheetLabels = new java.util.HashSet<>();

    private LineConcepts(Map<String, String> concepts, Map<String, String> metrics) {
        this.concepts = concepts;
        this.metrics = metrics;
        for (String k : concepts.keySet()) {
            String[] f = k.split("\\|", -1);
            if (f.length == 4 && f[1].equals(Statement.BALANCE_SHEET.json())) balanceSheetLabels.add(f[3]);
        }
        concepts.forEach((k, c) -> periodless.merge(periodless(k), c, (a, b) -> a.equals(b) ? a : AMBIGUOUS));
    }

    private static String periodless(String key) { return PERIOD_WORD.matcher(key).replaceAll("期"); }

    static LineConcepts standard() { return STANDARD; }

    /** The concept of a line, or null when irx does not know it (or its label serves several). */
    String concept(boolean ifrs, Statement statement, String section, String label) {
        String base = (ifrs ? "ifrs" : "jgaap") + "|" + statement.json() + "|";
        String l = LineItemName.of(label);
        String under = base + (section == null ? "-" : LineItemName.of(section)) + "|" + l;
        String c = concepts.get(under);
        if (c == null) c = concepts.get(base + "*|" + l);
        if (c == null) c = periodless.get(periodless(under));
        if (c == null) c = periodless.get(periodless(base + "*|" + l));
        return c == null || c.equals(AMBIGUOUS) ? null : c;
    }

    /**
     * Whether a label is a balance-sheet line of either standard (資本剰余金, その他資本剰余金, 株主資本合計): the names
     * the columns of a statement of changes in equity are the components of.
     */
    boolean isBalanceSheetLine(String label) {
        String l = LineItemName.of(label);
        return balanceSheetLabels.contains(l);
    }

    /** The irx metric (JSON name) a concept is, or null for a line item. */
    String metric(String concept) { return concept == null ? null : metrics.get(concept); }

    private static LineConcepts load() {
        Map<String, String> concepts = new HashMap<>();
        read("/dev/irx/internal/extract/statement/line-concepts.tsv", f -> {
            if (f.length < 5) throw new IllegalStateException("line-concepts.tsv: five columns expected");
            concepts.put(f[0] + "|" + f[1] + "|" + f[2] + "|" + f[3], f[4]);
        });
        Map<String, String> metrics = new HashMap<>();
        read("/dev/irx/internal/verify/xbrl-concepts.tsv", f -> {
            // a statement concept is prefixed; only its figure itself (measure value) is a statement line
            if (f.length >= 3 && f[0].contains(":") && f[2].strip().equals("value")) metrics.put(f[0].strip(), f[1].strip());
        });
        return new LineConcepts(concepts, metrics);
    }

    private static void read(String resource, java.util.function.Consumer<String[]> row) {
        try (InputStream in = LineConcepts.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                row.accept(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
