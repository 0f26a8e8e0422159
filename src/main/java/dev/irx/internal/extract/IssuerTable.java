package dev.irx.internal.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issuer table: a company's English name, as decks print it after ©, to its securities code,
 * Japanese name and market. The shipped table is the resource {@code issuers.tsv}; users add their
 * own issuers in the same format ({@code ENGLISH NAME<TAB>code<TAB>日本語名<TAB>market}, # comments).
 */
public final class IssuerTable {

    /** One issuer's entry. */
    public record Issuer(String code, String name, String market) {}

    private final Map<String, Issuer> byName;

    private IssuerTable(Map<String, Issuer> byName) { this.byName = Map.copyOf(byName); }

    /** The table shipped with irx. */
    public static IssuerTable standard() { return Holder.STANDARD; }

    private static final class Holder {
        static final IssuerTable STANDARD = load();

        private static IssuerTable load() {
            try (InputStream in = IssuerTable.class.getResourceAsStream("issuers.tsv")) {
                if (in == null) throw new IllegalStateException("missing resource issuers.tsv");
                return parse(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Reads a table in the issuers.tsv format; a malformed line is an error naming its number. */
    public static IssuerTable parse(InputStream in) throws IOException {
        Map<String, Issuer> map = new HashMap<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] c = line.split("\t");
            if (c.length != 4 || key(c[0]).isEmpty() || !c[1].trim().matches("[0-9A-Z]{4,5}")) {
                throw new IOException("issuers.tsv line " + n
                        + ": expected ENGLISH NAME<TAB>code<TAB>name<TAB>market, with a 4- or 5-character code");
            }
            map.put(key(c[0]), new Issuer(c[1].trim(), c[2].trim(), c[3].trim()));
        }
        return new IssuerTable(map);
    }

    /** This table with the entries of {@code more} added; where both name an issuer, {@code more} wins. */
    public IssuerTable with(IssuerTable more) {
        Map<String, Issuer> map = new HashMap<>(byName);
        map.putAll(more.byName);
        return new IssuerTable(map);
    }

    /** The issuer an English name stands for; case, spaces and punctuation are ignored. */
    public Optional<Issuer> lookup(String englishName) {
        return englishName == null ? Optional.empty() : Optional.ofNullable(byName.get(key(englishName)));
    }

    private static String key(String s) { return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", ""); }
}
