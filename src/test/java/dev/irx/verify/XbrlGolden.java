package dev.irx.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Test-side converter: a TSE 決算短信 Inline XBRL summary ({@code *-ixbrl.htm}) → a golden in the shape of
 * /work/notes/golden-format.md, built in memory (never written into the repository).
 *
 * <p>Facts come from {@code ix:nonFraction}, periods and members from the {@code xbrli:context}s in the same
 * file's {@code ix:header} (all TSE summaries seen carry them). Values: the displayed text without commas,
 * × 10^scale for yen, negated for {@code sign="-"}; per-share and % figures as displayed ("scale=-2" on a %
 * tag only says 12.3 means 0.123; irx reports percentages as printed). {@code xsi:nil} and empty tags are
 * skipped. Tags with no metric in the irx vocabulary go to "unmapped" with the tag name.
 *
 * <p>Conventions: dividend members follow the IIJ tanshin sample — 第1四半期末 Q1, 第2四半期末 H1, 第3四半期末
 * Q3, 期末 H2, 年間合計 FY; 配当金総額 follows the dividends; share counts (tagged non-consolidated: they are
 * the issuer's shares) have consolidated null, as the form states no scope for them; a REIT's 口 counts as a
 * share; {@code CashAndEquivalentsEndOfPeriod} is an instant at the period end; forecast
 * ranges (Lower/Upper members) are two facts with "range": "low"/"high"; dividends (tagged non-consolidated
 * by the TSE taxonomy) are consolidated=true in a 連結 短信. "pages" is empty: the .htm has no pages.
 */
public final class XbrlGolden {

    private static final String XBRLI = "http://www.xbrl.org/2003/instance";
    private static final String XBRLDI = "http://xbrl.org/2006/xbrldi";
    private static final String IX = "http://www.xbrl.org/2008/inlineXBRL";
    private static final String XSI = "http://www.w3.org/2001/XMLSchema-instance";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Local tag name (without prefix) → {metric, measure}. */
    private static final Map<String, String[]> TAGS = new HashMap<>();

    private static void tag(String metric, String measure, String... names) {
        for (String n : names) TAGS.put(n, new String[] {metric, measure});
    }

    static {
        tag("revenue", "value", "NetSales", "SalesIFRS", "NetSalesUS", "OperatingRevenuesREIT");
        tag("revenue", "yoy_pct", "ChangeInNetSales", "ChangeInSalesIFRS", "ChangeInNetSalesUS",
                "ChangeInOperatingRevenuesREIT");
        tag("operating_income", "value", "OperatingIncome", "OperatingIncomeIFRS", "OperatingIncomeUS");
        tag("operating_income", "yoy_pct", "ChangeInOperatingIncome", "ChangeInOperatingIncomeIFRS",
                "ChangeInOperatingIncomeUS");
        tag("operating_income", "ratio_to_revenue_pct", "OperatingIncomeToNetSalesRatio");
        tag("ordinary_income", "value", "OrdinaryIncome");
        tag("ordinary_income", "yoy_pct", "ChangeInOrdinaryIncome");
        tag("profit_before_tax", "value", "ProfitBeforeTaxIFRS", "IncomeBeforeIncomeTaxesUS");
        tag("profit_before_tax", "yoy_pct", "ChangeInProfitBeforeTaxIFRS", "ChangeInIncomeBeforeIncomeTaxesUS");
        tag("net_income", "value", "NetIncome", "ProfitIFRS");
        tag("net_income", "yoy_pct", "ChangeInNetIncome", "ChangeInProfitIFRS");
        // US GAAP 「当社株主に帰属する四半期純利益」 is tagged NetIncomeUS
        tag("net_income_attributable_to_owners", "value", "ProfitAttributableToOwnersOfParent",
                "ProfitAttributableToOwnersOfParentIFRS", "NetIncomeUS");
        tag("net_income_attributable_to_owners", "yoy_pct", "ChangeInProfitAttributableToOwnersOfParent",
                "ChangeInProfitAttributableToOwnersOfParentIFRS", "ChangeInNetIncomeUS");
        tag("comprehensive_income", "value", "ComprehensiveIncome", "TotalComprehensiveIncomeIFRS",
                "ComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterestUS");
        tag("comprehensive_income", "yoy_pct", "ChangeInComprehensiveIncome",
                "ChangesInTotalComprehensiveIncomeIFRS",
                "ChangeInComprehensiveIncomeNetOfTaxIncludingPortionAttributableToNoncontrollingInterestUS");
        tag("total_assets", "value", "TotalAssets", "TotalAssetsIFRS", "TotalAssetsUS");
        tag("net_assets", "value", "NetAssets", "TotalEquityIFRS", "NetAssetsUS");
        // 自己資本 (JGAAP), 親会社の所有者に帰属する持分 (IFRS), 株主資本 = 当社株主に帰属する資本 (US GAAP)
        tag("equity_attributable_to_owners", "value", "OwnersEquity", "EquityAttributableToOwnersOfParentIFRS",
                "ShareholdersEquityUS");
        tag("equity_ratio", "value", "CapitalAdequacyRatio", "EquityAttributableToOwnersOfParentToTotalAssetsRatioIFRS",
                "ShareholdersEquityRatioUS");
        tag("operating_cf", "value", "CashFlowsFromOperatingActivities");
        tag("investing_cf", "value", "CashFlowsFromInvestingActivities");
        tag("financing_cf", "value", "CashFlowsFromFinancingActivities");
        tag("cash_and_equivalents", "value", "CashAndEquivalentsEndOfPeriod");
        tag("dividend_per_share", "value", "DividendPerShare");
        tag("payout_ratio", "value", "PayoutRatio");
        tag("eps", "value", "NetIncomePerShare", "BasicEarningsPerShareIFRS", "NetIncomePerShareUS");
        tag("bps", "value", "NetAssetsPerShare", "ShareholdersEquityPerShareUS", "NetAssetsPerUnitREIT");
        tag("eps", "value", "NetIncomePerUnitREIT");
        tag("dividend_per_share", "value", "DistributionsPerUnitExcludingDistributionsInExcessOfProfitREIT");
        tag("diluted_eps", "value", "DilutedNetIncomePerShare", "DilutedEarningsPerShareIFRS",
                "DilutedNetIncomePerShareUS", "DilutedNetIncomePerShare2US");
        // ROE: on the owners' profit in a consolidated context, on net income otherwise (see convert)
        tag("net_income_attributable_to_owners", "ratio_to_equity_pct", "NetIncomeToShareholdersEquityRatio",
                "NetIncomeToUnitholdersEquityRatioREIT");
        tag("ordinary_income", "ratio_to_total_assets_pct", "OrdinaryIncomeToTotalAssetsRatio");
        tag("ordinary_income", "ratio_to_revenue_pct", "OrdinaryIncomeToOperatingRevenuesRatioREIT");
        tag("total_dividends", "value", "TotalDividendPaidAnnual", "TotalDistributionsREIT");
        tag("total_dividends", "ratio_to_equity_pct", "RatioOfTotalAmountOfDividendsToNetAssets",
                "RatioOfDistributionsToNetAssetsREIT");
        tag("shares_issued", "value", "NumberOfIssuedAndOutstandingSharesAtTheEndOfFiscalYearIncludingTreasuryStock",
                "NumberOfInvestmentUnitsIncludingTreasuryInvestmentUnitsIssuedAtEndOfPeriodREIT");
        tag("treasury_shares", "value", "NumberOfTreasuryStockAtTheEndOfFiscalYear",
                "NumberOfTreasuryInvestmentUnitsIssuedAtEndOfPeriodREIT");
        tag("average_shares", "value", "AverageNumberOfShares");
        tag("ordinary_revenue", "value", "OrdinaryRevenuesBK", "OrdinaryRevenuesIN");
        tag("ordinary_revenue", "yoy_pct", "ChangeInOrdinaryRevenuesBK", "ChangeInOrdinaryRevenuesIN");
    }

    private record Context(String id, LocalDate start, LocalDate end, boolean instant, List<String> members) {
        boolean has(String member) {
            return members.stream().anyMatch(m -> m.endsWith(":" + member));
        }
    }

    private XbrlGolden() {}

    /** The golden for one {@code *-ixbrl.htm}; "file" names the PDF printed from it. */
    public static ObjectNode convert(Path ixbrl) throws IOException {
        Document doc = parse(ixbrl);
        Map<String, Context> contexts = contexts(doc);
        if (contexts.isEmpty()) throw new IOException(ixbrl + ": no xbrli:context elements");

        Map<String, String> nonNumeric = new HashMap<>();
        NodeList nn = doc.getElementsByTagNameNS(IX, "nonNumeric");
        for (int i = 0; i < nn.getLength(); i++) {
            Element e = (Element) nn.item(i);
            nonNumeric.putIfAbsent(local(e.getAttribute("name")), e.getTextContent().strip());
        }
        String fye = nonNumeric.get("FiscalYearEnd");
        LocalDate fyEnd = fye != null ? LocalDate.parse(fye) : contexts.values().stream()
                .filter(c -> c.id().startsWith("CurrentYearDuration")).findFirst().orElseThrow().end();
        long fyMonths = fiscalYearMonths(contexts);
        boolean consolidatedDoc = contexts.values().stream().anyMatch(c -> c.has("ConsolidatedMember"));
        String name = ixbrl.getFileName().toString();

        ObjectNode golden = JSON.createObjectNode();
        golden.put("file", name.replace("-ixbrl.htm", ".pdf"));
        ObjectNode document = golden.putObject("document");
        document.put("kind", "kessan_tanshin");
        ObjectNode company = document.putObject("company");
        company.put("name", nonNumeric.getOrDefault("CompanyName", "").replaceAll("[\\s\u3000]", ""));
        String code = nonNumeric.getOrDefault("SecuritiesCode", "");
        company.put("securitiesCode", code.length() == 5 && code.endsWith("0") ? code.substring(0, 4) : code);
        company.put("market", market(doc));
        document.put("publishedOn", cjkDate(nonNumeric.get("FilingDate")));
        document.put("accountingStandard", standard(name));
        document.put("fiscalYearEndMonth", fyEnd.getMonthValue());

        ArrayNode facts = golden.putArray("facts");
        ArrayNode unmapped = golden.putArray("unmapped");
        golden.putArray("expectedConflicts");
        Map<String, ObjectNode> byKey = new LinkedHashMap<>();

        NodeList nf = doc.getElementsByTagNameNS(IX, "nonFraction");
        for (int i = 0; i < nf.getLength(); i++) {
            Element e = (Element) nf.item(i);
            if ("true".equals(e.getAttributeNS(XSI, "nil"))) continue;
            String text = e.getTextContent().strip().replace(",", "");
            if (text.isEmpty() || !text.matches("[0-9]+(\\.[0-9]+)?")) continue;
            String tagName = e.getAttribute("name");
            Context ctx = contexts.get(e.getAttribute("contextRef"));
            if (ctx == null) throw new IOException(name + ": unknown contextRef " + e.getAttribute("contextRef"));
            String unitRef = e.getAttribute("unitRef");
            String unit = switch (unitRef) {
                case "JPY" -> "JPY";
                case "JPYPerShares", "JPYPerUnits" -> "JPY/share";
                case "Pure" -> "%";
                case "Shares", "Units" -> "shares";
                default -> unitRef;
            };
            BigDecimal v = new BigDecimal(text);
            if ("JPY".equals(unit) && !e.getAttribute("scale").isEmpty())
                v = v.movePointRight(Integer.parseInt(e.getAttribute("scale")));
            if ("-".equals(e.getAttribute("sign"))) v = v.negate();
            String value = v.toPlainString();

            String[] m = TAGS.get(local(tagName));
            boolean unitOk = m != null && expectedUnit(m[0], m[1]).equals(unit);
            if (m != null && m[1].equals("ratio_to_equity_pct") && m[0].startsWith("net_income")
                    && !ctx.has("ConsolidatedMember")) {
                m = new String[] {"net_income", m[1]};
            }
            ObjectNode period = period(ctx, local(tagName), fyEnd, fyMonths);
            if (m == null || !unitOk || period == null) {
                ObjectNode u = unmapped.addObject();
                u.put("label", tagName);
                u.put("value", value);
                u.put("unit", unit);
                u.putArray("pages");
                u.set("period", period);
                u.put("contextRef", ctx.id());
                continue;
            }
            ObjectNode f = JSON.createObjectNode();
            f.put("metric", m[0]);
            f.put("measure", m[1]);
            f.putNull("segment");
            if ("dividend_per_share".equals(m[0]) || "total_dividends".equals(m[0])) f.put("consolidated", consolidatedDoc);
            else if (m[0].endsWith("_shares") || m[0].equals("shares_issued")) f.putNull("consolidated");
            else if (ctx.has("ConsolidatedMember")) f.put("consolidated", true);
            else if (ctx.has("NonConsolidatedMember")) f.put("consolidated", false);
            else f.putNull("consolidated");
            f.set("period", period);
            f.put("basis", ctx.has("ResultMember") ? "actual" : "forecast");
            if (ctx.has("LowerMember")) f.put("range", "low");
            if (ctx.has("UpperMember")) f.put("range", "high");
            f.put("value", value);
            f.put("unit", unit);
            f.putArray("pages");
            f.put("where", tagName + " @ " + ctx.id());
            String key = m[0] + "|" + m[1] + "|" + f.get("consolidated") + "|" + period + "|" + f.get("basis") + "|"
                    + f.path("range").asText();
            ObjectNode seen = byKey.get(key);
            if (seen == null) {
                byKey.put(key, f);
                facts.add(f);
            } else if (!seen.get("value").asText().equals(value)) {
                ObjectNode u = unmapped.addObject(); // same key, different figure: keep it visible
                u.put("label", tagName + " (key already taken by " + seen.get("where").asText() + ")");
                u.put("value", value);
                u.put("unit", unit);
                u.putArray("pages");
                u.set("period", period);
            }
        }
        return golden;
    }

    /** The unit a metric's figure must carry in the golden (a tag with another unit goes to "unmapped"). */
    private static String expectedUnit(String metric, String measure) {
        if (!measure.equals("value") || metric.endsWith("_ratio")) return "%";
        return switch (metric) {
            case "dividend_per_share", "eps", "bps", "diluted_eps" -> "JPY/share";
            case "shares_issued", "treasury_shares", "average_shares" -> "shares";
            default -> "JPY";
        };
    }

    /** Tag-name counts of the unmapped entries, for coverage reports. */
    public static Map<String, Integer> unmappedCounts(ObjectNode golden) {
        Map<String, Integer> counts = new TreeMap<>();
        golden.get("unmapped").forEach(u -> counts.merge(u.get("label").asText().replaceAll(" \\(.*", ""), 1, Integer::sum));
        return counts;
    }

    private static ObjectNode period(Context c, String tag, LocalDate fyEnd, long fyMonths) {
        ObjectNode p = JSON.createObjectNode();
        if (c.instant() || "CashAndEquivalentsEndOfPeriod".equals(tag)) {
            p.put("span", "instant");
            p.putNull("start");
            p.put("end", c.end().toString());
            return p;
        }
        LocalDate s = c.start(), e = c.end();
        String span = spanFromName(c.id());
        String[][] quarterMembers = {{"FirstQuarterMember", "Q1", "0", "3"}, {"SecondQuarterMember", "H1", "0", "6"},
            {"ThirdQuarterMember", "Q3", "6", "3"}, {"YearEndMember", "H2", "6", "6"}};
        for (String[] q : quarterMembers) {
            if (c.has(q[0])) {
                s = c.start().plusMonths(Long.parseLong(q[2]));
                e = s.plusMonths(Long.parseLong(q[3])).minusDays(1);
                p.put("span", q[1]);
                p.put("start", s.toString());
                p.put("end", e.toString());
                return p;
            }
        }
        long n = ChronoUnit.MONTHS.between(s, e.plusDays(1));
        if (span != null) {
            // named by the TSE convention (survives a change of fiscal year end, e.g. あさくま 7678)
        } else if (n == fyMonths) {
            span = "FY";
        } else {
            // months from the start of the fiscal year containing s
            LocalDate fyStart = fyEnd.plusDays(1).minusMonths(fyMonths);
            while (fyStart.isAfter(s)) fyStart = fyStart.minusMonths(fyMonths);
            while (!fyStart.plusMonths(fyMonths).isAfter(s)) fyStart = fyStart.plusMonths(fyMonths);
            long k = ChronoUnit.MONTHS.between(fyStart, s);
            span = switch ((int) k * 100 + (int) n) {
                case 3 -> "Q1";
                case 6 -> "H1";
                case 9 -> "Q1-Q3";
                case 303 -> "Q2";
                case 603 -> "Q3";
                case 606 -> "H2";
                case 903 -> "Q4";
                default -> null;
            };
            if (span == null) return null;
        }
        p.put("span", span);
        p.put("start", s.toString());
        p.put("end", e.toString());
        return p;
    }

    private static final java.util.regex.Pattern CONTEXT_NAME =
            java.util.regex.Pattern.compile("^(?:Current|Prior|Next\\d?)(YearDuration|AccumulatedQ([1-4])Duration)(?:_|$)");

    /** Span from the TSE context id convention: *YearDuration → FY, *AccumulatedQ1/Q2/Q3Duration → Q1/H1/Q1-Q3. */
    static String spanFromName(String id) {
        var m = CONTEXT_NAME.matcher(id);
        if (!m.find()) return null;
        if (m.group(2) == null) return "FY";
        return switch (m.group(2)) {
            case "1" -> "Q1";
            case "2" -> "H1";
            case "3" -> "Q1-Q3";
            default -> "FY";
        };
    }

    /** Length in months of the document's fiscal year (6 for a half-yearly REIT). */
    private static long fiscalYearMonths(Map<String, Context> contexts) {
        for (Context c : contexts.values()) {
            if (c.id().startsWith("CurrentYearDuration") && !c.instant())
                return ChronoUnit.MONTHS.between(c.start(), c.end().plusDays(1));
        }
        return 12;
    }

    private static Map<String, Context> contexts(Document doc) {
        Map<String, Context> out = new HashMap<>();
        NodeList list = doc.getElementsByTagNameNS(XBRLI, "context");
        for (int i = 0; i < list.getLength(); i++) {
            Element c = (Element) list.item(i);
            String instant = text(c, XBRLI, "instant");
            LocalDate start = instant == null ? LocalDate.parse(text(c, XBRLI, "startDate")) : null;
            LocalDate end = LocalDate.parse(instant != null ? instant : text(c, XBRLI, "endDate"));
            List<String> members = new ArrayList<>();
            NodeList em = c.getElementsByTagNameNS(XBRLDI, "explicitMember");
            for (int j = 0; j < em.getLength(); j++) members.add(em.item(j).getTextContent().strip());
            out.put(c.getAttribute("id"), new Context(c.getAttribute("id"), start, end, instant != null, members));
        }
        return out;
    }

    private static String market(Document doc) {
        NodeList nn = doc.getElementsByTagNameNS(IX, "nonNumeric");
        boolean tse = false;
        for (int i = 0; i < nn.getLength(); i++) {
            Element e = (Element) nn.item(i);
            if (!"ixt:booleantrue".equals(e.getAttribute("format"))) continue;
            switch (local(e.getAttribute("name"))) {
                case "TokyoStockExchangePrime": return "東証プライム";
                case "TokyoStockExchangeStandard": return "東証スタンダード";
                case "TokyoStockExchangeGrowth": return "東証グロース";
                case "TokyoStockExchange": tse = true; break;
                default: break;
            }
        }
        return tse ? "東証" : null;
    }

    /** From the TDnet file name: tse-[aq][cn][er](jp|if|us)sm-…; REITs (re) report under Japanese GAAP. */
    private static String standard(String fileName) {
        String form = fileName.split("-")[1];
        return switch (form.substring(4, 6)) {
            case "if" -> "IFRS";
            case "us" -> "USGAAP";
            default -> "JGAAP";
        };
    }

    /** 「2024年５月14日」 (any digit width) → 2024-05-14. */
    static String cjkDate(String s) {
        if (s == null) return null;
        String t = java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("\\s", "");
        var m = java.util.regex.Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日").matcher(t);
        return m.find() ? String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3))) : null;
    }

    private static String text(Element parent, String ns, String localName) {
        NodeList l = parent.getElementsByTagNameNS(ns, localName);
        return l.getLength() == 0 ? null : l.item(0).getTextContent().strip();
    }

    private static String local(String qname) {
        return qname.substring(qname.indexOf(':') + 1);
    }

    private static Document parse(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            return f.newDocumentBuilder().parse(in);
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(file + ": not well-formed XHTML: " + e.getMessage(), e);
        }
    }
}
