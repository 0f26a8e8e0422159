package dev.irx.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class StatementRowsTest {

    private static final String HEAD = "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
            + "xmlns:ix=\"http://www.xbrl.org/2008/inlineXBRL\"><body>";

    private static Map<String, StatementRows.RowPlace> places(String body, boolean byColumn) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document d = f.newDocumentBuilder().parse(new ByteArrayInputStream((HEAD + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8)));
        Map<String, StatementRows.RowPlace> out = new HashMap<>();
        StatementRows.places(d, byColumn).forEach((Element e, StatementRows.RowPlace p) ->
                out.put(e.getAttribute("name") + "@" + e.getAttribute("contextRef"), p));
        return out;
    }

    private static String tag(String name, String ctx, String v) {
        return "<ix:nonFraction name=\"" + name + "\" contextRef=\"" + ctx + "\">" + v + "</ix:nonFraction>";
    }

    @Test
    void aFigureIsUnderTheNearestHeadingAboveIt() throws Exception {
        String t = "<table><tr><td colspan=\"3\">(単位：百万円)</td></tr>"
                + "<tr><td>&#160;</td><td>前連結会計年度<br/>(2024年3月31日)</td><td>当連結会計年度</td></tr>"
                + "<tr><td>資産の部</td><td/><td/></tr>"
                + "<tr><td>流動資産</td><td/><td/></tr>"
                + "<tr><td>　現金 及び 預金</td><td>" + tag("a:Cash", "P", "10") + "</td><td>" + tag("a:Cash", "C", "12") + "</td></tr>"
                + "<tr><td>流動資産合計</td><td>" + tag("a:CA", "P", "10") + "</td><td>－</td></tr>"
                + "<tr><td>固定資産</td><td>&#160;</td><td/></tr></table>"
                + "<table><tr><td>建物</td><td>" + tag("a:B", "P", "5") + "</td><td/></tr></table>";
        Map<String, StatementRows.RowPlace> p = places(t, false);
        assertEquals(new StatementRows.RowPlace("現金及び預金", "流動資産"), p.get("a:Cash@C"));
        assertEquals(new StatementRows.RowPlace("流動資産合計", "流動資産"), p.get("a:CA@P"));
        // a page break's new table goes on under the heading of the last one
        assertEquals(new StatementRows.RowPlace("建物", "固定資産"), p.get("a:B@P"));
        assertEquals(Set.of("a:Cash@P", "a:Cash@C", "a:CA@P", "a:B@P"), p.keySet());
    }

    @Test
    void inEquityChangesTheSectionIsTheLowestHeaderOverTheColumn() throws Exception {
        String t = "<table><tr><td colspan=\"4\">(単位：千円)</td></tr>"
                + "<tr><td rowspan=\"2\"/><td colspan=\"2\">株主資本</td><td rowspan=\"2\">純資産合計</td></tr>"
                + "<tr><td>資本金</td><td>利益剰余金</td></tr>"
                + "<tr><td>当期首残高</td><td>" + tag("a:Cap", "P", "1") + "</td><td>" + tag("a:RE", "P", "2")
                + "</td><td>" + tag("a:NA", "P", "3") + "</td></tr>"
                + "<tr><td>当期変動額</td><td/><td/><td/></tr></table>"
                + "<table><tr><td>剰余金の配当</td><td>－</td><td>" + tag("a:Div", "C", "△4") + "</td><td>"
                + tag("a:NA", "C", "△4") + "</td></tr></table>";
        Map<String, StatementRows.RowPlace> p = places(t, true);
        assertEquals(new StatementRows.RowPlace("当期首残高", "資本金"), p.get("a:Cap@P"));
        assertEquals(new StatementRows.RowPlace("当期首残高", "利益剰余金"), p.get("a:RE@P"));
        assertEquals(new StatementRows.RowPlace("当期首残高", "純資産合計"), p.get("a:NA@P"));
        // a table without header rows continues the columns of the one before
        assertEquals(new StatementRows.RowPlace("剰余金の配当", "利益剰余金"), p.get("a:Div@C"));
    }

    @Test
    void aUnitRowUnderTheComponentsNamesNoColumn() throws Exception {
        String t = "<table><tr><td/><td>資本金</td><td>資本合計</td></tr>"
                + "<tr><td/><td>百万円</td><td>百万円</td></tr>"
                + "<tr><td>期首残高</td><td>" + tag("a:Cap", "P", "1") + "</td><td>" + tag("a:Eq", "P", "3")
                + "</td></tr></table>";
        Map<String, StatementRows.RowPlace> p = places(t, true);
        assertEquals(new StatementRows.RowPlace("期首残高", "資本金"), p.get("a:Cap@P"));
        assertEquals(new StatementRows.RowPlace("期首残高", "資本合計"), p.get("a:Eq@P"));
    }

    @Test
    void aLoneColumnHeaderNamingAPeriodIsNoHeading() throws Exception {
        String t = "<table><tr><td/><td>当第3四半期連結累計期間</td></tr>"
                + "<tr><td>売上高</td><td>" + tag("a:S", "C", "9") + "</td></tr></table>";
        assertNull(places(t, false).get("a:S@C").section());
    }

    @Test
    void partPagesCountFromTheListingInPrintOrder() {
        String listing = "  part order, pages per part:\n      2  tse-acedjpsm-1-ixbrl.htm\n      3  qualitative.htm\n"
                + "      1  0101010-acbs01-x-ixbrl.htm\n";
        assertEquals(Map.of("tse-acedjpsm-1-ixbrl.htm", Set.of(1, 2), "qualitative.htm", Set.of(3, 4, 5),
                "0101010-acbs01-x-ixbrl.htm", Set.of(6)), PartPages.parse(listing));
        // reprinted untagged inside qualitative.htm: the statement files were not printed
        assertEquals(Set.of("tse-acedjpsm-1-ixbrl.htm", "qualitative.htm"),
                PartPages.parse(listing + "reprinted: this filing's qualitative.htm holds the statements untagged\n")
                        .keySet());
    }
}
