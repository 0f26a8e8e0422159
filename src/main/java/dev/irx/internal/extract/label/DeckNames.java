package dev.irx.internal.extract.label;

import dev.irx.internal.extract.ExtractionContext;
import dev.irx.internal.normalize.TextNormalizer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The segment a deck's short name stands for. Decks name their businesses tersely: by an abbreviation they
 * define once (「NW:ネットワーク、SI:システムインテグレーション」, so 「NWサービス」 is ネットワークサービス), by a
 * part's own name (「構築」 for システムインテグレーション/構築), or by a service's name without its generic head
 * (「セキュリティサービス」 for the part 「セキュリティ」). Segments the tables listed count, and so do those the
 * deck's KPI lines named before.
 */
public final class DeckNames {

    /** 「NW:ネットワーク、SI:システムインテグレーション」「NWはネットワーク、」: a deck's glossary. */
    private static final Pattern DEFINITION = Pattern.compile(
            "(?<![A-Za-z])(?<abbr>[A-Z]{2,5})(?::|は)(?<full>[\\p{IsKatakana}\\p{IsHan}ー・]{2,30})(?=$|、|,|を指す|。|\\s)");

    private final ExtractionContext ctx;
    private final Map<String, String> abbreviations = new HashMap<>();
    /** Segments named by KPI lines, in the order met. */
    private final Set<String> learned = new LinkedHashSet<>();
    /** Kinds of business the deck defines in a note, which it then reports apart ({@link DefinedTerm}). */
    private final Set<String> terms = new LinkedHashSet<>();

    public DeckNames(ExtractionContext ctx) { this.ctx = ctx; }

    /** Remembers the abbreviations a folded line defines, and the kind of business a note defines ({@link DefinedTerm}). */
    public void learnDefinitions(String line) {
        Matcher m = DEFINITION.matcher(line);
        while (m.find()) abbreviations.putIfAbsent(m.group("abbr"), m.group("full"));
        DefinedTerm.in(line, ctx.labels()).ifPresent(terms::add);
    }

    /** Remembers a segment a KPI line stated a figure of. */
    public void learn(String segment) { learned.add(segment); }

    /**
     * The segment a name stands for, under {@code under} (the slide's segment; null for none) when it is new.
     * Empty when the name is no segment irx can place.
     */
    public Optional<String> segment(String name, String under) {
        if (name == null || name.isBlank()) return Optional.empty();
        // A term the deck defined is its own kind of business, whichever slide names it.
        if (terms.contains(TextNormalizer.compact(name))) return known(name).or(() -> Optional.of(TextNormalizer.compact(name)));
        List<String> spellings = spellings(name);
        // The written-out spelling first: 「NWサービス」 is ネットワークサービス, whatever a table calls it.
        for (int i = spellings.size() - 1; i >= 0; i--) {
            Optional<String> known = known(spellings.get(i));
            if (known.isPresent()) return known;
            if (i > 0 && SegmentNames.mayStandAlone(spellings.get(i))) return Optional.of(under(spellings.get(i), under));
        }
        // 「SI構築」: the abbreviated segment, then its part.
        String abbr = abbreviationAt(name);
        if (abbr != null && name.length() > abbr.length()) {
            Optional<String> whole = known(abbreviations.get(abbr));
            if (whole.isPresent()) {
                Optional<String> part = known(whole.get() + "/" + name.substring(abbr.length()));
                if (part.isPresent()) return part;
            }
        }
        for (int i = spellings.size() - 1; i >= 0; i--) {
            String s = spellings.get(i);
            boolean defined = abbr != null && s.equals(abbreviations.get(abbr)) && name.equals(abbr);
            if (SegmentNames.mayStandAlone(s) || defined) {
                return Optional.of(under(s, under));
            }
        }
        return Optional.empty();
    }

    private static String under(String segment, String under) {
        return under != null && !under.equals(segment) ? under + "/" + segment : segment;
    }

    /** A segment the tables or earlier KPI lines named: in full, or by its last part, or without a generic head. */
    public Optional<String> known(String name) {
        Optional<String> table = ctx.knownSegment(name);
        if (table.isPresent()) return table;
        String key = name.toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>(ctx.knownSegments());
        all.addAll(learned);
        for (String s : all) if (s.toLowerCase(Locale.ROOT).equals(key)) return Optional.of(s);
        for (String last : new LinkedHashSet<>(List.of(name, SegmentNames.partName(name)))) {
            String tail = "/" + last.toLowerCase(Locale.ROOT);
            List<String> endings = all.stream().filter(s -> s.toLowerCase(Locale.ROOT).endsWith(tail)).distinct()
                    .toList();
            if (endings.size() == 1) return Optional.of(endings.get(0));
        }
        return Optional.empty();
    }

    /**
     * The part of {@code whole} a chart's legend names: a known segment under it whose last part is the name, or
     * the name with a generic head the legend leaves off (「法人向けインターネット接続」 for
     * 「法人向けインターネット接続サービス」). Empty unless exactly one fits.
     */
    public Optional<String> partOf(String whole, String name) {
        String prefix = whole.toLowerCase(Locale.ROOT) + "/";
        return uniqueEnding(name, s -> s.toLowerCase(Locale.ROOT).startsWith(prefix)
                && s.indexOf('/', prefix.length()) < 0);
    }

    /**
     * The part of {@code whole}, at any depth, a block's item names (「IP」 for …/法人向けインターネット接続サービス/IP,
     * 「アウトソーシング」 for …/アウトソーシングサービス); empty unless exactly one fits.
     */
    public Optional<String> within(String whole, String name) {
        String prefix = whole.toLowerCase(Locale.ROOT) + "/";
        return uniqueEnding(name, s -> s.toLowerCase(Locale.ROOT).startsWith(prefix));
    }

    /**
     * The one known segment anywhere in the deck whose last part is the name (「IIJmio」 under
     * 個人向けインターネット接続サービス, where a KPI line placed it); empty for none or several.
     */
    public Optional<String> placed(String name) {
        return uniqueEnding(name, s -> s.indexOf('/') > 0);
    }

    private Optional<String> uniqueEnding(String name, java.util.function.Predicate<String> where) {
        String key = SegmentNames.partName(name).toLowerCase(Locale.ROOT);
        List<String> all = new ArrayList<>(ctx.knownSegments());
        all.addAll(learned);
        List<String> fits = all.stream().filter(where)
                .filter(s -> SegmentNames.partName(s.substring(s.lastIndexOf('/') + 1)).toLowerCase(Locale.ROOT).equals(key))
                .map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        if (fits.size() != 1) return Optional.empty();
        return all.stream().filter(s -> s.toLowerCase(Locale.ROOT).equals(fits.get(0))).findFirst();
    }

    /** The name as printed, then with a leading abbreviation written out (「NWサービス」 → 「ネットワークサービス」). */
    private List<String> spellings(String name) {
        List<String> out = new ArrayList<>(List.of(name));
        String abbr = abbreviationAt(name);
        if (abbr != null) out.add(abbreviations.get(abbr) + name.substring(abbr.length()));
        return out;
    }

    private String abbreviationAt(String name) {
        String best = null;
        for (String a : abbreviations.keySet()) {
            if (name.startsWith(a) && (best == null || a.length() > best.length())) best = a;
        }
        return best;
    }
}
