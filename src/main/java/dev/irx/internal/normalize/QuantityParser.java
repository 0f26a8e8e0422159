package dev.irx.internal.normalize;

import dev.irx.model.Rounding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads numbers as printed in Japanese IR documents: "△2,514", "6,466百万円", "約30億円", "¥17.50".
 * When in doubt it reads nothing: a missing number is better than a wrong one.
 */
public final class QuantityParser {

    private QuantityParser() {}

    private static final String SCALE = "百万|千万|十億|千|万|億|兆";
    private static final String UNIT = "円|米ドル|%|pt|ポイント|倍|名|人|件|社|回線|株|Gbps|G";
    private static final String QUAL = "超|以上|未満|以下";

    /** A well-formed number: thousands groups exactly three digits, at most one decimal point. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?");

    private static final Pattern CELL = Pattern.compile(
            "(?<approx1>約)? ?(?<sign>[-+△▲])? ?(?<approx2>約)? ?(?<cur>¥|US\\$)? ?"
                    + "(?<num>" + NUMBER.pattern() + ") ?"
                    + "(?<scale>" + SCALE + ")?(?<unit>" + UNIT + ")?(?<qual>" + QUAL + ")?");

    /** Loose number run for prose; validated against {@link #NUMBER} afterwards. */
    private static final Pattern PROSE = Pattern.compile(
            "(?<approx1>約)?(?<sign>[-+△▲])?(?<approx2>約)?(?<cur>¥|US\\$)?"
                    + "(?<num>\\d[\\d,.]*\\d|\\d)"
                    + "(?<scale>" + SCALE + ")?(?<unit>" + UNIT + ")?(?<qual>" + QUAL + ")?");

    /** After a bare number these make it a date, a period, an ordinal or a per-share label, not a quantity. */
    private static final Pattern NOT_QUANTITY_AFTER = Pattern.compile(
            "^(?:[年月日期/:]|[ヶカかヵケ]月|四半期|半期|当たり|当り|あたり|[A-Za-z])");

    /** Characters that, right before a number, mark a code, a footnote or part of a word. */
    private static final String NOT_QUANTITY_BEFORE = "/<#*※第";

    private static final Pattern CAPTION = Pattern.compile(
            "単位 ?: ?(?<scale>" + SCALE + ")?(?<unit>円|米ドル|%|名|人|件|社|回線|株|倍)?"
                    + "(?=$|[),、 ])");

    private static final Pattern ROUND_TRUNC = Pattern.compile("(?:" + SCALE + ")?円未満(?:を)?切り?捨");
    private static final Pattern ROUND_HALF = Pattern.compile("(?:" + SCALE + ")?円未満(?:を)?四捨五入");

    /** Reads one cell or token; empty unless the whole text is exactly one number. */
    public static Optional<Quantity> parse(String text) {
        if (text != null) WorkMeter.add(text.length());
        if (text == null) return Optional.empty();
        String t = TextNormalizer.fold(text);
        Matcher m = CELL.matcher(t);
        if (!m.matches()) return Optional.empty();
        return build(m, t);
    }

    /**
     * Like {@link #parse(String)}, but a bare number takes the scale and unit of its table caption.
     * Percentages, points and ratios keep their own unit at scale ONE.
     */
    public static Optional<Quantity> parse(String text, Scale defaultScale, Unit defaultUnit) {
        Optional<Quantity> q = parse(text);
        if (q.isEmpty()) return q;
        Quantity v = q.get();
        if (v.scale() == Scale.ONE && v.unit() == Unit.NONE) {
            return Optional.of(v.withScale(defaultScale).withUnit(defaultUnit));
        }
        return q;
    }

    /** A cell holding only a dash means "not available" (not zero). */
    public static boolean isNotAvailable(String text) {
        if (text == null) return false;
        String t = TextNormalizer.fold(text);
        return t.equals("-") || t.equals("ー");
    }

    /** Every number in a sentence with its unit, skipping dates, periods, codes and list markers. */
    public static List<Quantity> findAll(String text) {
        List<Quantity> out = new ArrayList<>();
        if (text == null) return out;
        String t = TextNormalizer.fold(text);
        Matcher m = PROSE.matcher(t);
        while (m.find()) {
            if (!acceptInProse(m, t)) continue;
            build(m, t).ifPresent(out::add);
        }
        return out;
    }

    private static boolean acceptInProse(Matcher m, String t) {
        if (!NUMBER.matcher(m.group("num")).matches()) return false;
        int start = m.start();
        if (start > 0) {
            char before = t.charAt(start - 1);
            // "COVID-19", "FY24", "1Q25": the number is part of a word
            if (Character.isLetterOrDigit(before) && isAsciiOrDigit(before)) return false;
            if (before == '.' || before == ',') return false;
            char prev = previousNonSpace(t, start);
            if (NOT_QUANTITY_BEFORE.indexOf(prev) >= 0) return false;
            // "10:30" is a time; "証券コード:3774" a securities code
            if (before == ':' && start > 1 && Character.isDigit(t.charAt(start - 2))) return false;
            if (prev == ':' && t.substring(0, t.lastIndexOf(':', start - 1)).stripTrailing().endsWith("コード")) return false;
        }
        // a bare "5G" in prose is the mobile technology, not a bandwidth
        if ("G".equals(m.group("unit")) && m.group("qual") == null) return false;
        boolean bareEnd = m.group("scale") == null && m.group("unit") == null && m.group("qual") == null;
        String rest = t.substring(m.end());
        if (bareEnd || "株".equals(m.group("unit"))) {
            String after = bareEnd ? rest : t.substring(m.start("unit"));
            if (bareEnd && NOT_QUANTITY_AFTER.matcher(rest).find()) return false;
            if (!bareEnd && after.matches("(?s)^株(?:当たり|当り|あたり).*")) return false;
            // "1. 認証..." list marker; "1.5" never reaches here because the number took the decimals
            if (bareEnd && rest.startsWith(".") && m.group("sign") == null) return false;
            if (bareEnd && rest.startsWith(">")) return false;
        }
        return true;
    }

    private static boolean isAsciiOrDigit(char c) {
        return c < 128 || Character.isDigit(c);
    }

    private static char previousNonSpace(String t, int i) {
        for (int j = i - 1; j >= 0; j--) if (t.charAt(j) != ' ') return t.charAt(j);
        return '\n';
    }

    private static Optional<Quantity> build(Matcher m, String t) {
        if (m.group("approx1") != null && m.group("approx2") != null) return Optional.empty();
        String scaleText = m.group("scale");
        String unitText = m.group("unit");
        String cur = m.group("cur");
        Scale scale = scaleText == null ? Scale.ONE : Scale.ofKanji(scaleText);
        Unit unit = unitOf(unitText);
        if (cur != null) {
            // "¥17.50円" or "¥5%" are not one token
            if (unitText != null) return Optional.empty();
            unit = cur.equals("¥") ? Unit.JPY : Unit.USD;
        }
        if (scale == null) return Optional.empty();
        if (scale != Scale.ONE && (unit == Unit.PERCENT || unit == Unit.POINT || unit == Unit.TIMES
                || unit == Unit.GBPS)) return Optional.empty();
        BigDecimal n = new BigDecimal(m.group("num").replace(",", ""));
        String sign = m.group("sign");
        if (sign != null && !sign.equals("+")) n = n.negate();
        Quantity.Qualifier q = qualifierOf(m.group("qual"));
        if (m.group("approx1") != null || m.group("approx2") != null) {
            if (q != Quantity.Qualifier.EXACT) return Optional.empty();
            q = Quantity.Qualifier.APPROXIMATE;
        }
        return Optional.of(new Quantity(n, scale, unit, t.substring(m.start(), m.end()), q));
    }

    private static Unit unitOf(String u) {
        if (u == null) return Unit.NONE;
        return switch (u) {
            case "円" -> Unit.JPY;
            case "米ドル" -> Unit.USD;
            case "%" -> Unit.PERCENT;
            case "pt", "ポイント" -> Unit.POINT;
            case "倍" -> Unit.TIMES;
            case "名", "人" -> Unit.PERSONS;
            case "件" -> Unit.CASES;
            case "社" -> Unit.COMPANIES;
            case "回線" -> Unit.LINES;
            case "株" -> Unit.SHARES;
            case "Gbps", "G" -> Unit.GBPS;
            default -> throw new IllegalStateException(u);
        };
    }

    private static Quantity.Qualifier qualifierOf(String q) {
        if (q == null) return Quantity.Qualifier.EXACT;
        return switch (q) {
            case "超" -> Quantity.Qualifier.MORE_THAN;
            case "以上" -> Quantity.Qualifier.AT_LEAST;
            case "未満" -> Quantity.Qualifier.LESS_THAN;
            case "以下" -> Quantity.Qualifier.AT_MOST;
            default -> throw new IllegalStateException(q);
        };
    }

    /** The scale and unit a table caption gives its bare numbers; empty when the line is no caption. */
    public static Optional<UnitCaption> parseCaption(String line) {
        if (line == null) return Optional.empty();
        Matcher m = CAPTION.matcher(TextNormalizer.fold(line));
        if (!m.find()) return Optional.empty();
        if (m.group("scale") == null && m.group("unit") == null) return Optional.empty();
        Scale s = m.group("scale") == null ? Scale.ONE : Scale.ofKanji(m.group("scale"));
        Unit u = unitOf(m.group("unit"));
        if (s != Scale.ONE && (u == Unit.PERCENT || u == Unit.TIMES)) return Optional.empty();
        return Optional.of(new UnitCaption(s, u));
    }

    /** The rounding a note such as 「（百万円未満切捨て）」 declares. */
    public static Optional<Rounding> parseRoundingNote(String line) {
        if (line == null) return Optional.empty();
        String t = TextNormalizer.compact(line);
        if (ROUND_TRUNC.matcher(t).find()) return Optional.of(Rounding.TRUNCATE);
        if (ROUND_HALF.matcher(t).find()) return Optional.of(Rounding.ROUND_HALF_UP);
        return Optional.empty();
    }
}
