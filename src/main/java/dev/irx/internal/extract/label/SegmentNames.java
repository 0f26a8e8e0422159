package dev.irx.internal.extract.label;

import dev.irx.internal.extract.ExtractionContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The segment a sentence names. Prose names segments more loosely than tables do: by a sub-segment's own
 * name (「構築の受注残」 for the table's システムインテグレーション/構築), or by an abbreviation the report
 * defined (「システムインテグレーション(以下、SI)」). Only segments a table listed are found here; a part
 * that prose alone names is {@link #partName named} by the caller, under a segment found here.
 */
public final class SegmentNames {

    /**
     * 「…、システムインテグレーション(以下、SI)、…」: SI stands for the noun phrase before the bracket. Only the
     * bracket is a pattern; the phrase is found by walking back from it, since a pattern for it would be tried
     * from every position of the line (minutes on a line of 100,000 characters).
     */
    private static final Pattern ABBREVIATION = Pattern.compile("\\(以下、?「?([^()「」、]{1,20}?)」?\\)");
    /** What ends the noun phrase before an abbreviation's bracket. */
    private static final String NOT_IN_PHRASE = "、。,()「」";
    /** Words that introduce a part: 「このうちIPサービスが…」「うちセキュリティ関連が…」. */
    public static final Pattern PART_INTRO = Pattern.compile("^(このうち|その内訳は|うち)");
    /** A generic head after a part's own name: 「セキュリティ関連」 is the security part. */
    private static final Pattern GENERIC_HEAD = Pattern.compile("(?<=.{2})(関連|サービス)$");

    private final ExtractionContext ctx;
    /** Abbreviation → the name it stands for, as the report wrote it. */
    private final Map<String, String> abbreviations = new HashMap<>();

    public SegmentNames(ExtractionContext ctx) { this.ctx = ctx; }

    /** Remembers the abbreviations a sentence defines, for the sentences after it. */
    public void learnAbbreviations(String sentence) {
        Matcher m = ABBREVIATION.matcher(sentence);
        int from = 0; // a phrase starts after the previous definition
        for (int i = sentence.indexOf("(以下"); i >= 0; i = sentence.indexOf("(以下", i + 1)) {
            if (i < from || !m.region(i, sentence.length()).lookingAt()) continue;
            int start = i;
            while (start > from && NOT_IN_PHRASE.indexOf(sentence.charAt(start - 1)) < 0) start--;
            if (start == i) continue; // nothing before the bracket names anything
            String full = CompoundLabel.trailingNouns(sentence.substring(start, i));
            if (!full.isEmpty()) abbreviations.putIfAbsent(m.group(1).strip(), full);
            from = m.end();
        }
    }

    /**
     * The table segment a prose name stands for: the segment itself, an abbreviation of one, or a sub-segment
     * named alone when exactly one table segment ends in that name.
     */
    public Optional<String> known(String name) {
        Optional<String> named = named(name);
        if (named.isPresent()) return named;
        String last = "/" + SegmentLabels.name(name).toLowerCase(java.util.Locale.ROOT);
        List<String> endings = ctx.knownSegments().stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).endsWith(last)).toList();
        return endings.size() == 1 ? Optional.of(endings.get(0)) : Optional.empty();
    }

    /**
     * The segment a name said to be the whole company's stands for (「全社ベースのリカーリングサービス」): a table segment
     * of that name, else the one part of a company-wide breakdown (「取引形態別/リカーリングサービス」) that has it, never
     * the like-named part of one business line.
     */
    public Optional<String> companyWide(String name) {
        Optional<String> named = named(name);
        if (named.isPresent()) return named;
        String last = "/" + SegmentLabels.name(name).toLowerCase(java.util.Locale.ROOT);
        List<String> wide = ctx.knownSegments().stream()
                .filter(s -> s.toLowerCase(java.util.Locale.ROOT).endsWith(last))
                .filter(s -> s.lastIndexOf('/') == s.indexOf('/') && s.substring(0, s.indexOf('/')).endsWith("別"))
                .toList();
        return wide.size() == 1 ? Optional.of(wide.get(0)) : Optional.empty();
    }

    /**
     * The segment a name stands for in a sentence that just stated {@code near} (null: none): a table segment
     * beside or under it (its own parts, its siblings, its ancestors' parts, nearest first), or one named in full.
     */
    public Optional<String> near(String name, String near) {
        String part = SegmentLabels.name(name);
        for (String up = near; up != null; up = up.contains("/") ? up.substring(0, up.lastIndexOf('/')) : null) {
            Optional<String> s = ctx.knownSegment(up + "/" + part);
            if (s.isPresent()) return Optional.of(asWritten(s.get(), part));
        }
        return named(name);
    }

    /** A table segment by its full name or by an abbreviation the report defined. */
    private Optional<String> named(String name) {
        String written = SegmentLabels.name(name);
        Optional<String> exact = ctx.knownSegment(name);
        if (exact.isPresent()) return Optional.of(asWritten(exact.get(), written));
        String full = abbreviations.get(written);
        return full == null ? Optional.empty() : ctx.knownSegment(full);
    }

    /**
     * The segment spelled as this sentence writes its last part: a document may print 「Linux/OSS」 in prose and
     * 「Linux/oss」 in a table, and each figure counts for the spelling at its source when spellings are unified.
     */
    private static String asWritten(String segment, String written) {
        String tail = segment.length() >= written.length() ? segment.substring(segment.length() - written.length()) : "";
        return tail.equalsIgnoreCase(written) ? segment.substring(0, segment.length() - written.length()) + written
                : segment;
    }

    /** A service or business line (「モバイルサービス」), which may be named a segment where no table lists it. */
    private static final Pattern SEGMENT_HEAD = Pattern.compile("(?!全|各|同|両|他|当)..+(サービス|事業)$");

    /** Whether a name may stand as a segment of its own: a service or business line. */
    public static boolean mayStandAlone(String name) {
        return SEGMENT_HEAD.matcher(name).matches();
    }

    /**
     * The name of a part that only prose names (「うちセキュリティ関連が…」): the words after the intro, without a
     * generic head, so that the part matches what a company's own deck calls it (「うちセキュリティ」).
     */
    public static String partName(String label) {
        String name = SegmentLabels.name(PART_INTRO.matcher(label).replaceFirst(""));
        return GENERIC_HEAD.matcher(name).replaceFirst("");
    }
}
