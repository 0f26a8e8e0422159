package dev.irx.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The issuer table ({@code issuers.tsv}): a company's English name, as decks print it after ©, to its code. */
final class Issuers {

    private static final Map<String, String[]> BY_NAME = load();

    private Issuers() {}

    /** {code, Japanese name, market} for an English name, or null. */
    static String[] lookup(String englishName) {
        return BY_NAME.get(key(englishName));
    }

    private static String key(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""); }

    private static Map<String, String[]> load() {
        Map<String, String[]> map = new HashMap<>();
        try (InputStream in = Issuers.class.getResourceAsStream("issuers.tsv")) {
            if (in == null) throw new IllegalStateException("missing resource issuers.tsv");
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] c = line.split("\t");
                if (c.length != 4) throw new IllegalStateException("issuers.tsv: expected 4 columns: " + line);
                map.put(key(c[0]), new String[] {c[1].trim(), c[2].trim(), c[3].trim()});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
