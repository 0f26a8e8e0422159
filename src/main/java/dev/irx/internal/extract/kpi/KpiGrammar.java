package dev.irx.internal.extract.kpi;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of a deck's KPI line, on folded text: items of the form 「label:figure」, each figure perhaps
 * followed by its YoY (「・+4.1%YoY」 or 「[+14.8%]」) and the prior year's YoY in brackets
 * (「(1Q24: +9.8%YoY)」). Several items may share a line, parted by 「、」 or a space
 * (「うち構築:116.9億円・△7.3%YoY、運用保守:218.7億円・+11.4%YoY」). What the label means is the caller's.
 */
public final class KpiGrammar {

    private static final String NUM = "[△▲+\\-]?\\d[\\d,]*(?:\\.\\d+)?";
    private static final String UNIT = "兆円|億円|百万円|千円|円|%|名";
    /** A balance's date after the colon: 「持分比率:25年3月末 45.0%」. */
    private static final String WHEN = "(?:\\d{2}|\\d{4})年\\d{1,2}月末|(?:FY|\\dQ)\\d{2}末|\\d{2}/\\d{1,2}期末";
    /**
     * 「label:figure」; a change word ends a label as a colon would (「連結従業員 純増約440名」), and a date may stand
     * between the colon and its figure.
     */
    private static final Pattern ITEM = Pattern.compile(
            "(?<label>[^\\s、:]{0,40}?)(?: ?:|(?<change>(?<=純増|増減))) ?(?:(?<when>" + WHEN + ") ?)?(?<val>約?" + NUM
                    + ")(?<unit>" + UNIT + ")?(?<yoyOnly>YoY)?"
                    + "(?:・(?<yoy>" + NUM + ")%(?:YoY|・(?<yoyAmount>" + NUM + ")(?<yoyAmountUnit>億円|百万円)YoY))?"
                    + "(?: ?\\[(?<bracketYoy>" + NUM + ")%\\])?"
                    + "(?: ?\\((?<prior>(?:\\d|FY|上|下)[^():\\s]{1,11}): ?(?<priorYoy>" + NUM + ")%YoY\\))?"
                    + "(?: ?\\((?<ownYoy>" + NUM + ")%YoY\\))?"
                    // A figure ends the item (「約300億円規模」 is about that much): 「195社」「577.2万」 are counts irx has
                    // no unit for here.
                    + "(?=$|[\\s、・(\\[)]|規模)");

    /**
     * A KPI line is a slide's line, a few hundred characters at most; the item pattern tries up to 40 label
     * characters from every position, so a line of millions (a content stream repeated 10,000 times) would take
     * minutes and is no KPI line.
     */
    static final int MAX_LINE = 4_000;

    private KpiGrammar() {}

    /**
     * One item. {@code unit} is null for a bare figure (its unit is the slide's caption); {@code yoyOnly} when the
     * figure itself is a YoY (「IP:+9.5%YoY」). {@code prefix} is the text before the first item's label: a row's
     * own label (「SI 1Q25売上:…」 → 「SI」); empty for the items after it.
     */
    public record Item(String prefix, String label, String value, String unit, boolean yoyOnly, String yoy,
                String yoyAmount, String priorPeriod, String priorYoy, int start, int valueStart, int end) {

        /** 「うち構築」: a part of the item above. */
        boolean part() { return cleanLabel().startsWith("うち"); }

        /** The label without bullets, nor an opening bracket that it does not close (「(うちセキュリティ」). */
        public String cleanLabel() {
            String l = label.replaceFirst("^[・•\\-]+", "");
            return l.startsWith("(") && l.indexOf(')') < 0 ? l.substring(1) : l;
        }
    }

    /** More dates of a dated item: 「…:25年3月末 45.0%、25年6月末 45.9%」. */
    private static final Pattern MORE_DATES = Pattern.compile(
            "、 ?(?<when>" + WHEN + ") ?(?<val>" + NUM + ")(?<unit>" + UNIT + ")?(?=$|[\\s、・(\\[)])");
    /** A list of stated figures under a word that says what they are (「前提:CAPEX 約300億円、連結従業員純増 約440名」). */
    private static final Pattern LIST = Pattern.compile("^(?<head>[^\\s:、\\d]{1,10}) ?: ?(?<body>[^:]+)$");
    /** One figure of such a list: a name, a space, the figure in its own unit, perhaps glossed (「(うち新卒269名)」). */
    private static final Pattern LISTED = Pattern.compile(
            "(?<label>\\p{L}[^\\s、:()]{0,19}) (?<val>約?" + NUM + ")(?<unit>" + UNIT + ")(?:\\([^()]*\\))?");

    /** The items of a folded line; empty when it is no KPI line. */
    public static List<Item> items(String line) {
        List<Item> out = new ArrayList<>();
        if (line.length() > MAX_LINE) return out;
        if (line.indexOf(':') < 0 && !line.contains("純増") && !line.contains("増減")) return out;
        List<Item> listed = listed(line);
        if (!listed.isEmpty()) return listed;
        Matcher m = ITEM.matcher(line);
        int last = 0;
        while (m.find()) {
            String between = line.substring(last, m.start());
            // Items follow each other: anything but a separator between two of them is another sentence.
            if (!out.isEmpty() && !between.matches("[\\s、)]*")) break;
            String prefix = out.isEmpty() ? between.strip() : "";
            boolean yoyOnly = m.group("yoyOnly") != null;
            if (yoyOnly && !"%".equals(m.group("unit"))) break;
            // Without a colon only a figure in its own unit is an item: a table's 「増減」 row has bare cells.
            if (m.group("change") != null && m.group("unit") == null) break;
            String yoy = m.group("yoy") != null ? m.group("yoy")
                    : m.group("bracketYoy") != null ? m.group("bracketYoy") : m.group("ownYoy");
            String yoyAmount = m.group("yoyAmount") == null ? null : m.group("yoyAmount") + m.group("yoyAmountUnit");
            String when = m.group("when");
            String label = when == null ? m.group("label") : m.group("label") + " " + when;
            out.add(new Item(prefix, label, m.group("val"), m.group("unit"), yoyOnly, yoy, yoyAmount,
                    m.group("prior"), m.group("priorYoy"), m.start(), m.start("val"), m.end()));
            last = m.end();
            if (when == null) continue;
            // The same figure at other dates follows with the date alone.
            Matcher d = MORE_DATES.matcher(line);
            while (d.find(last) && d.start() == last) {
                out.add(new Item("", d.group("when"), d.group("val"), d.group("unit"), false, null, null, null, null,
                        d.start("when"), d.start("val"), d.end()));
                last = d.end();
            }
            m.region(last, line.length());
        }
        return out;
    }

    /**
     * 「前提:CAPEX 約300億円、連結従業員純増 約440名(うち新卒269名)」: every part after the head is a name and its
     * figure in its own unit, else the line is no such list. The head is a topic, not part of any name.
     */
    private static List<Item> listed(String line) {
        Matcher l = LIST.matcher(line);
        if (!l.matches()) return List.of();
        List<Item> out = new ArrayList<>();
        int at = l.start("body");
        for (String part : l.group("body").split("、", -1)) {
            Matcher p = LISTED.matcher(part);
            if (!p.matches()) return List.of();
            out.add(new Item("", p.group("label"), p.group("val"), p.group("unit"), false, null, null, null, null,
                    at, at + p.start("val"), at + p.end("unit")));
            at += part.length() + 1;
        }
        return out;
    }

    /** A line that ends in its label's colon: the figure wrapped onto the next line (「・うちIIJmio:」). */
    static boolean wrapsFigure(String line) {
        return line.endsWith(":") && !line.contains(" ") && line.length() <= 40;
    }
}
