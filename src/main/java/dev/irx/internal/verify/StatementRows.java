package dev.irx.internal.verify;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where each tagged figure of a statement's iXBRL stands: its row's label and the heading it is under. A heading is
 * a row with a label and no figures (「流動資産」); a figure's section is the nearest heading above it. In equity
 * changes the rows are events and the columns components, so a figure's section is its column's header (the
 * lowest header cell over that column: 「資本剰余金」 under 「株主資本」); a table with no header rows of its own
 * continues the header of the table before it.
 */
final class StatementRows {

    private static final String IX = "http://www.xbrl.org/2008/inlineXBRL";
    /** A column header naming a period (「当連結会計年度」「(2022年9月30日)」) is no heading, even alone in its row. */
    private static final java.util.regex.Pattern PERIOD_HEADER =
            java.util.regex.Pattern.compile("会計年度|会計期間|累計期間|中間期間|\\d+年\\d+月");
    /** A header cell that states only the unit (「百万円」 under every component) names no column. */
    private static final java.util.regex.Pattern UNIT_CELL =
            java.util.regex.Pattern.compile("[(（]?(百万円|千円|億円|円|千株|株|口|%|％)[)）]?");

    /** A figure's row label and section, both with their white space removed; section may be null. */
    record RowPlace(String label, String section) {}

    private StatementRows() {}

    static Map<Element, RowPlace> places(Document doc, boolean sectionByColumn) {
        Map<Element, RowPlace> out = new HashMap<>();
        String heading = null;
        Map<Integer, String> lastHeader = Map.of();
        NodeList tables = doc.getElementsByTagNameNS("*", "table");
        for (int t = 0; t < tables.getLength(); t++) {
            Element table = (Element) tables.item(t);
            Map<Integer, String> header = new HashMap<>();
            Map<Integer, Integer> spannedUntil = new HashMap<>(); // column → last row index a rowspan covers
            boolean tagged = false;
            List<Element> rows = rowsOf(table);
            for (int r = 0; r < rows.size(); r++) {
                List<Cell> cells = cells(rows.get(r), r, spannedUntil);
                List<Element> tags = descendants(rows.get(r), IX, "nonFraction");
                int firstTagged = Integer.MAX_VALUE;
                for (Cell c : cells) if (!descendants(c.td(), IX, "nonFraction").isEmpty()) firstTagged = Math.min(firstTagged, c.col());
                String label = null;
                for (Cell c : cells) {
                    if (c.col() >= firstTagged) break;
                    if (hasLetter(c.text())) { label = c.text(); break; }
                }
                if (tags.isEmpty()) {
                    boolean unitRow = cells.stream().anyMatch(c -> c.text().contains("単位"));
                    if (!tagged && !unitRow) {
                        for (Cell c : cells) {
                            if (c.text().isEmpty() || UNIT_CELL.matcher(c.text()).matches()) continue;
                            for (int k = c.col(); k < c.col() + c.span(); k++) header.put(k, c.text());
                        }
                    }
                    String rowLabel = label;
                    boolean onlyLabel = rowLabel != null && cells.stream()
                            .allMatch(c -> c.text().isEmpty() || c.text().equals(rowLabel));
                    if (onlyLabel && !unitRow && !sectionByColumn && !PERIOD_HEADER.matcher(rowLabel).find())
                        heading = rowLabel;
                    continue;
                }
                if (!tagged) {
                    tagged = true;
                    if (header.isEmpty()) header = new HashMap<>(lastHeader);
                    else lastHeader = header;
                }
                for (Cell c : cells) {
                    for (Element tag : descendants(c.td(), IX, "nonFraction")) {
                        String section = sectionByColumn ? header.get(c.col()) : heading;
                        out.put(tag, new RowPlace(label == null ? "" : label, section));
                    }
                }
            }
        }
        return out;
    }

    private record Cell(Element td, int col, int span, String text) {}

    /** The row's cells with their grid columns, skipping columns that a rowspan from above still covers. */
    private static List<Cell> cells(Element tr, int row, Map<Integer, Integer> spannedUntil) {
        List<Cell> out = new ArrayList<>();
        int col = 0;
        for (Node n = tr.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element td) || !(td.getLocalName().equals("td") || td.getLocalName().equals("th"))) continue;
            while (spannedUntil.getOrDefault(col, -1) >= row) col++;
            int span = number(td.getAttribute("colspan"));
            int rowspan = number(td.getAttribute("rowspan"));
            if (rowspan > 1) for (int k = col; k < col + span; k++) spannedUntil.put(k, row + rowspan - 1);
            out.add(new Cell(td, col, span, squeeze(td.getTextContent())));
            col += span;
        }
        return out;
    }

    /** The rows of this table, not of a table nested in it. */
    private static List<Element> rowsOf(Element table) {
        List<Element> out = new ArrayList<>();
        NodeList trs = table.getElementsByTagNameNS("*", "tr");
        for (int i = 0; i < trs.getLength(); i++) {
            Element tr = (Element) trs.item(i);
            Node p = tr.getParentNode();
            while (p != null && !(p instanceof Element pe && pe.getLocalName().equals("table"))) p = p.getParentNode();
            if (p == table) out.add(tr);
        }
        return out;
    }

    private static List<Element> descendants(Element e, String ns, String local) {
        NodeList l = e.getElementsByTagNameNS(ns, local);
        List<Element> out = new ArrayList<>(l.getLength());
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }

    private static int number(String attr) {
        try {
            return attr.isEmpty() ? 1 : Math.max(1, Integer.parseInt(attr.strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static String squeeze(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    private static boolean hasLetter(String s) {
        return s.codePoints().anyMatch(Character::isLetter);
    }
}
