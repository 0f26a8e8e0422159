package dev.irx.internal.verify;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Which irx metric and measure an XBRL concept stands for: the data file {@code xbrl-concepts.tsv}. A bare name
 * there is a local name of the TSE summary taxonomies (tse-ed-t, tse-re-t …); a prefixed one names one concept.
 */
final class XbrlConcepts {

    /** The metric and measure (JSON names) a concept maps to. */
    record Mapping(String metric, String measure) {}

    private static final XbrlConcepts STANDARD = load();

    private final Map<String, Mapping> prefixed;
    private final Map<String, Mapping> summaryLocal;

    private XbrlConcepts(Map<String, Mapping> prefixed, Map<String, Mapping> summaryLocal) {
        this.prefixed = prefixed;
        this.summaryLocal = summaryLocal;
    }

    static XbrlConcepts standard() { return STANDARD; }

    /** The mapping of a prefixed concept name, or null when it is not an irx metric. */
    Mapping of(String qname) {
        Mapping m = prefixed.get(qname);
        if (m != null) return m;
        int colon = qname.indexOf(':');
        if (colon > 0 && qname.startsWith("tse-")) return summaryLocal.get(qname.substring(colon + 1));
        return null;
    }

    private static XbrlConcepts load() {
        Map<String, Mapping> prefixed = new HashMap<>();
        Map<String, Mapping> local = new HashMap<>();
        try (InputStream in = XbrlConcepts.class.getResourceAsStream("xbrl-concepts.tsv")) {
            if (in == null) throw new IllegalStateException("xbrl-concepts.tsv missing from the classpath");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t");
                if (f.length < 3) throw new IllegalStateException("xbrl-concepts.tsv line " + n + ": three columns expected");
                Mapping m = new Mapping(f[1].strip(), f[2].strip());
                String name = f[0].strip();
                if (name.contains(":")) prefixed.put(name, m);
                else local.put(name, m);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XbrlConcepts(prefixed, local);
    }
}
