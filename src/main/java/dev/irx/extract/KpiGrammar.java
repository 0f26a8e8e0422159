package dev.irx.extract;

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
final class KpiGrammar {

    private static final String NUM = "[△▲+\\-]?\\d[\\d,]*(?:\\.\\d+)?";
    private static final Pattern ITEM = Pattern.compile(
            "(?<label>[^\\s、:]{0,40}?) ?: ?(?<val>約?" + NUM + ")(?<unit>兆円|億円|百万円|千円|円|%)?(?<yoyOnly>YoY)?"
                    + "(?:・(?<yoy>" + NUM + ")%(?:YoY|・(?<yoyAmount>" + NUM + ")(?<yoyAmountUnit>億円|百万円)YoY))?"
                    + "(?: ?\\[(?<bracketYoy>" + NUM + ")%\\])?"
                    + "(?: ?\\((?<prior>(?:\\d|FY|上|下)[^():\\s]{1,11}): ?(?<priorYoy>" + NUM + ")%YoY\\))?"
                    // A figure ends the item (「約300億円規模」 is about that much): 「195社」「577.2万」 are counts irx has
                    // no unit for here.
                    + "(?=$|[\\s、・(\\[)]|規模)");

    private KpiGrammar() {}

    /**
     * One item. {@code unit} is null for a bare figure (its unit is the slide's caption); {@code yoyOnly} when the
     * figure itself is a YoY (「IP:+9.5%YoY」). {@code prefix} is the text before the first item's label: a row's
     * own label (「SI 1Q25売上:…」 → 「SI」); empty for the items after it.
     */
    record Item(String prefix, String label, String value, String unit, boolean yoyOnly, String yoy,
                String yoyAmount, String priorPeriod, String priorYoy, int start, int valueStart, int end) {

        /** 「うち構築」: a part of the item above. */
        boolean part() { return cleanLabel().startsWith("うち"); }

        /** The label without bullets, nor an opening bracket that it does not close (「(うちセキュリティ」). */
        String cleanLabel() {
            String l = label.replaceFirst("^[・•\\-]+", "");
            return l.startsWith("(") && l.indexOf(')') < 0 ? l.substring(1) : l;
        }
    }

    /** The items of a folded line; empty when it is no KPI line. */
    static List<Item> items(String line) {
        List<Item> out = new ArrayList<>();
        if (line.indexOf(':') < 0) return out;
        Matcher m = ITEM.matcher(line);
        int last = 0;
        while (m.find()) {
            String between = line.substring(last, m.start());
            // Items follow each other: anything but a separator between two of them is another sentence.
            if (!out.isEmpty() && !between.matches("[\\s、)]*")) break;
            String prefix = out.isEmpty() ? between.strip() : "";
            boolean yoyOnly = m.group("yoyOnly") != null;
            if (yoyOnly && !"%".equals(m.group("unit"))) break;
            String yoy = m.group("yoy") != null ? m.group("yoy") : m.group("bracketYoy");
            String yoyAmount = m.group("yoyAmount") == null ? null : m.group("yoyAmount") + m.group("yoyAmountUnit");
            out.add(new Item(prefix, m.group("label"), m.group("val"), m.group("unit"), yoyOnly, yoy, yoyAmount,
                    m.group("prior"), m.group("priorYoy"), m.start(), m.start("val"), m.end()));
            last = m.end();
        }
        return out;
    }

    /** A line that ends in its label's colon: the figure wrapped onto the next line (「・うちIIJmio:」). */
    static boolean wrapsFigure(String line) {
        return line.endsWith(":") && !line.contains(" ") && line.length() <= 40;
    }
}
