package dev.irx.internal.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * XbrlGolden on the nine TSE summaries in ../shared/realdata/tanshin (skipped when absent). The expected
 * values were read by eye from the PDFs printed from the same .htm ({@code pdftotext -layout}).
 */
class XbrlGoldenTest {

    private static final Set<String> VOCABULARY = Set.of("revenue", "cost_of_sales", "gross_profit", "sga",
            "operating_income", "ordinary_income", "profit_before_tax", "net_income",
            "net_income_attributable_to_owners", "comprehensive_income", "ebitda", "total_assets", "current_assets",
            "noncurrent_assets", "total_liabilities", "current_liabilities", "noncurrent_liabilities", "net_assets",
            "equity_attributable_to_owners", "equity_ratio", "cash_and_equivalents", "operating_cf", "investing_cf",
            "financing_cf", "capex", "depreciation", "dividend_per_share", "payout_ratio", "eps", "bps",
            "orders_received", "order_backlog", "employees", "shareholders_equity", "non_controlling_interests",
            "diluted_eps", "total_dividends", "shares_issued", "treasury_shares", "average_shares",
            "ordinary_revenue");

    private static Path dir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../shared/realdata/tanshin")
                .normalize();
    }

    private static ObjectNode golden(String prefix) throws IOException {
        Path d = dir();
        assumeTrue(Files.isDirectory(d), "no ../shared/realdata/tanshin");
        try (Stream<Path> s = Files.list(d)) {
            Path f = s.filter(p -> p.getFileName().toString().startsWith(prefix)
                    && p.getFileName().toString().endsWith("-ixbrl.htm")).findFirst().orElse(null);
            assumeTrue(f != null, "no " + prefix + "*-ixbrl.htm");
            return XbrlGolden.convert(f);
        }
    }

    /** The value of the one fact with this key (no range), failing when there is none or several. */
    private static String value(ObjectNode g, String metric, String measure, String span, String start, String end,
            String basis) {
        List<String> hits = new ArrayList<>();
        // in a 連結 短信 the key wanted is the consolidated one; the （参考）個別 figures have consolidated=false
        boolean consolidatedDoc = g.get("facts").findValues("consolidated").stream().anyMatch(JsonNode::asBoolean);
        for (JsonNode f : g.get("facts")) {
            if (consolidatedDoc && !f.get("consolidated").asBoolean()) continue;
            JsonNode p = f.get("period");
            if (f.get("metric").asText().equals(metric) && f.get("measure").asText().equals(measure)
                    && p.get("span").asText().equals(span) && p.get("start").asText("null").equals(String.valueOf(start))
                    && p.get("end").asText().equals(end) && f.get("basis").asText().equals(basis)
                    && !f.has("range"))
                hits.add(f.get("value").asText());
        }
        assertEquals(1, hits.size(), metric + "/" + measure + " " + span + " " + start + ".." + end + " " + basis
                + " in " + g.get("file").asText() + ": " + hits);
        return hits.get(0);
    }

    private static String actual(ObjectNode g, String metric, String span, String start, String end) {
        return value(g, metric, "value", span, start, end, "actual");
    }

    private static void document(ObjectNode g, String name, String code, String published, String standard,
            int fyEndMonth) {
        JsonNode d = g.get("document");
        assertEquals("kessan_tanshin", d.get("kind").asText());
        assertEquals(name, d.get("company").get("name").asText());
        assertEquals(code, d.get("company").get("securitiesCode").asText());
        assertEquals(published, d.get("publishedOn").asText());
        assertEquals(standard, d.get("accountingStandard").asText());
        assertEquals(fyEndMonth, d.get("fiscalYearEndMonth").asInt());
    }

    @Test
    void everyFileHasMappedFactsInTheVocabularyAndOneEntryPerKey() throws IOException {
        Path d = dir();
        assumeTrue(Files.isDirectory(d), "no ../shared/realdata/tanshin");
        List<Path> files;
        try (Stream<Path> s = Files.list(d)) {
            files = s.filter(p -> p.getFileName().toString().endsWith("-ixbrl.htm")).sorted().toList();
        }
        assertEquals(9, files.size());
        StringBuilder report = new StringBuilder("XbrlGolden coverage (mapped facts, unmapped tags):\n");
        for (Path f : files) {
            ObjectNode g = XbrlGolden.convert(f);
            int mapped = g.get("facts").size();
            assertTrue(mapped > 0, f.toString());
            java.util.Set<String> keys = new java.util.HashSet<>();
            for (JsonNode fact : g.get("facts")) {
                assertTrue(VOCABULARY.contains(fact.get("metric").asText()), fact.toString());
                assertTrue(keys.add(fact.get("metric").asText() + fact.get("measure") + fact.get("consolidated")
                        + fact.get("period") + fact.get("basis") + fact.path("range")), "duplicate key " + fact);
                assertFalse(fact.get("value").asText().isEmpty());
            }
            report.append(String.format("  %-48s mapped %3d, unmapped %3d %s%n", f.getFileName(), mapped,
                    g.get("unmapped").size(), XbrlGolden.unmappedCounts(g)));
        }
        System.out.print(report);
    }

    @Test
    void infonet4444AnnualJgaap() throws IOException {
        ObjectNode g = golden("tse-acedjpsm-44440");
        document(g, "株式会社インフォネット", "4444", "2024-05-14", "JGAAP", 3);
        assertEquals("1767000000", actual(g, "revenue", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("4.3", value(g, "revenue", "yoy_pct", "FY", "2023-04-01", "2024-03-31", "actual"));
        assertEquals("-2.5", value(g, "revenue", "yoy_pct", "FY", "2022-04-01", "2023-03-31", "actual"));
        assertEquals("48.94", actual(g, "eps", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("63.8", actual(g, "equity_ratio", "instant", null, "2024-03-31"));
        assertEquals("-118000000", actual(g, "investing_cf", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("499000000", actual(g, "cash_and_equivalents", "instant", null, "2024-03-31"));
        assertEquals("47.98", actual(g, "diluted_eps", "FY", "2023-04-01", "2024-03-31"));
        // a 連結 ROE is on the owners' profit
        assertEquals("10.1", value(g, "net_income_attributable_to_owners", "ratio_to_equity_pct", "FY", "2023-04-01",
                "2024-03-31", "actual"));
        assertEquals("10.4", value(g, "ordinary_income", "ratio_to_total_assets_pct", "FY", "2023-04-01",
                "2024-03-31", "actual"));
        assertEquals("2038418", shareCount(g, "shares_issued", "2024-03-31"));
        assertEquals("1991369", shareCount(g, "average_shares", "2023-03-31"));
    }

    /** A share count's value: share counts state no scope (consolidated null), unlike the rest of a 連結 短信. */
    private static String shareCount(ObjectNode g, String metric, String end) {
        List<String> hits = new ArrayList<>();
        for (JsonNode f : g.get("facts")) {
            if (f.get("metric").asText().equals(metric) && f.get("period").get("end").asText().equals(end)) {
                assertTrue(f.get("consolidated").isNull(), f.toString());
                assertEquals("shares", f.get("unit").asText());
                hits.add(f.get("value").asText());
            }
        }
        assertEquals(1, hits.size(), metric + " " + end + ": " + hits);
        return hits.get(0);
    }

    @Test
    void ricohLeasing8566Annual() throws IOException {
        ObjectNode g = golden("tse-acedjpsm-85660");
        document(g, "リコーリース株式会社", "8566", "2024-05-02", "JGAAP", 3);
        assertEquals("308335000000", actual(g, "revenue", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("-24.2", value(g, "net_income_attributable_to_owners", "yoy_pct", "FY", "2023-04-01",
                "2024-03-31", "actual"));
        assertEquals("14950000000", actual(g, "comprehensive_income", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("365.89", actual(g, "eps", "FY", "2023-04-01", "2024-03-31"));
        assertEquals("7199.98", actual(g, "bps", "instant", null, "2024-03-31"));
        assertEquals("-16897000000", actual(g, "operating_cf", "FY", "2022-04-01", "2023-03-31"));
    }

    @Test
    void howtelevision7064NonConsolidatedJanuaryYearEnd() throws IOException {
        ObjectNode g = golden("tse-anedjpsm-70640");
        document(g, "株式会社ハウテレビジョン", "7064", "2024-03-06", "JGAAP", 1);
        assertEquals("1842000000", actual(g, "revenue", "FY", "2023-02-01", "2024-01-31"));
        assertEquals("300000000", actual(g, "net_income", "FY", "2023-02-01", "2024-01-31"));
        assertEquals("1424000000", actual(g, "cash_and_equivalents", "instant", null, "2024-01-31"));
        // a 非連結 ROE is on net income
        assertEquals("33.7", value(g, "net_income", "ratio_to_equity_pct", "FY", "2023-02-01", "2024-01-31", "actual"));
        for (JsonNode f : g.get("facts")) assertFalse(f.get("consolidated").asBoolean(), f.toString());
    }

    @Test
    void jpr8955ReitHalfYearPeriod() throws IOException {
        ObjectNode g = golden("tse-anrejpsm-89550");
        assertEquals("2023-02-17", g.get("document").get("publishedOn").asText());
        assertEquals(12, g.get("document").get("fiscalYearEndMonth").asInt());
        assertEquals("18739000000", actual(g, "revenue", "FY", "2022-07-01", "2022-12-31"));
        assertEquals("-0.8", value(g, "operating_income", "yoy_pct", "FY", "2022-07-01", "2022-12-31", "actual"));
        assertEquals("18357000000", actual(g, "revenue", "FY", "2022-01-01", "2022-06-30"));
        assertEquals("91.2", actual(g, "payout_ratio", "FY", "2022-07-01", "2022-12-31"));
        // per investment unit, as per share
        assertEquals("7750", actual(g, "dividend_per_share", "FY", "2022-07-01", "2022-12-31"));
        assertEquals("8493", actual(g, "eps", "FY", "2022-07-01", "2022-12-31"));
        assertEquals("7728000000", actual(g, "total_dividends", "FY", "2022-07-01", "2022-12-31"));
        assertEquals("2.8", value(g, "total_dividends", "ratio_to_equity_pct", "FY", "2022-07-01", "2022-12-31",
                "actual"));
        assertEquals("997178", shareCount(g, "shares_issued", "2022-12-31"));
    }

    @Test
    void miura6005IfrsSecondQuarter() throws IOException {
        ObjectNode g = golden("tse-qcedifsm-60050");
        document(g, "三浦工業株式会社", "6005", "2022-11-04", "IFRS", 3);
        assertEquals("69234000000", actual(g, "revenue", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("4.6", value(g, "revenue", "yoy_pct", "H1", "2022-04-01", "2022-09-30", "actual"));
        assertEquals("-7.1", value(g, "comprehensive_income", "yoy_pct", "H1", "2021-04-01", "2021-09-30", "actual"));
        assertEquals("7626000000", actual(g, "net_income", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("67.34", actual(g, "eps", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("74.5", actual(g, "equity_ratio", "instant", null, "2022-09-30"));
        assertEquals("160235000000", actual(g, "net_assets", "instant", null, "2022-03-31"));
        assertEquals("155000000000", value(g, "revenue", "value", "FY", "2022-04-01", "2023-03-31", "forecast"));
        assertEquals("134.68", value(g, "eps", "value", "FY", "2022-04-01", "2023-03-31", "forecast"));
        // dividends: 第2四半期末 = H1, 期末 = H2, 合計 = FY
        assertEquals("17.00", actual(g, "dividend_per_share", "H1", "2021-04-01", "2021-09-30"));
        assertEquals("22.00", actual(g, "dividend_per_share", "H2", "2021-10-01", "2022-03-31"));
        assertEquals("39.00", actual(g, "dividend_per_share", "FY", "2021-04-01", "2022-03-31"));
        assertEquals("19.00", actual(g, "dividend_per_share", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("41.00", value(g, "dividend_per_share", "value", "FY", "2022-04-01", "2023-03-31", "forecast"));
    }

    @Test
    void modec6269TaggedFiguresAreTheYenOnes() throws IOException {
        ObjectNode g = golden("tse-qcedifsm-62690");
        document(g, "三井海洋開発株式会社", "6269", "2024-05-14", "IFRS", 12);
        // page 3 「（参考）邦貨による…」, not the 千米ドル table of page 1
        assertEquals("124524000000", actual(g, "revenue", "Q1", "2024-01-01", "2024-03-31"));
        assertEquals("-3536000000", actual(g, "comprehensive_income", "Q1", "2023-01-01", "2023-03-31"));
        assertEquals("138.54", actual(g, "eps", "Q1", "2024-01-01", "2024-03-31"));
        assertEquals("161828000000", actual(g, "equity_attributable_to_owners", "instant", null, "2024-03-31"));
        assertEquals("553137000000", value(g, "revenue", "value", "FY", "2024-01-01", "2024-12-31", "forecast"));
        for (JsonNode f : g.get("facts")) {
            assertTrue(Set.of("JPY", "JPY/share", "%", "shares").contains(f.get("unit").asText()), f.toString());
            assertFalse(Set.of("822866000", "822866", "3933319000").contains(f.get("value").asText()), f.toString());
        }
    }

    @Test
    void cybozu4776DecemberYearEndFirstQuarter() throws IOException {
        ObjectNode g = golden("tse-qcedjpsm-47760");
        document(g, "サイボウズ株式会社", "4776", "2024-05-14", "JGAAP", 12);
        assertEquals("6907000000", actual(g, "revenue", "Q1", "2024-01-01", "2024-03-31"));
        assertEquals("14.0", value(g, "revenue", "yoy_pct", "Q1", "2024-01-01", "2024-03-31", "actual"));
        assertEquals("-6.7", value(g, "comprehensive_income", "yoy_pct", "Q1", "2024-01-01", "2024-03-31", "actual"));
        assertEquals("21.39", actual(g, "eps", "Q1", "2024-01-01", "2024-03-31"));
        assertEquals("11671000000", actual(g, "equity_attributable_to_owners", "instant", null, "2024-03-31"));
        assertEquals("14.00", actual(g, "dividend_per_share", "H2", "2023-07-01", "2023-12-31"));
        assertEquals("15.00", value(g, "dividend_per_share", "value", "H2", "2024-07-01", "2024-12-31", "forecast"));
    }

    @Test
    void asakuma7678FirstQuarterAfterFiscalYearChange() throws IOException {
        ObjectNode g = golden("tse-qcedjpsm-76780");
        document(g, "株式会社あさくま", "7678", "2024-06-13", "JGAAP", 1);
        assertEquals("2129000000", actual(g, "revenue", "Q1", "2024-02-01", "2024-04-30"));
        assertEquals("12.87", actual(g, "eps", "Q1", "2024-02-01", "2024-04-30"));
        assertEquals("67.1", actual(g, "equity_ratio", "instant", null, "2024-04-30"));
        // the prior first quarter is named Q1 by its context even though its months differ
        assertTrue(g.get("facts").findValues("period").stream()
                .anyMatch(p -> p.get("span").asText().equals("Q1") && p.get("end").asText().startsWith("2023-")));
    }

    @Test
    void komatsu6301UsGaapSecondQuarter() throws IOException {
        ObjectNode g = golden("tse-qcedussm-63010");
        document(g, "株式会社小松製作所", "6301", "2022-10-31", "USGAAP", 3);
        assertEquals("1618735000000", actual(g, "revenue", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("227759000000", actual(g, "profit_before_tax", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("162568000000", actual(g, "net_income_attributable_to_owners", "H1", "2022-04-01", "2022-09-30"));
        assertEquals("2577150000000", actual(g, "equity_attributable_to_owners", "instant", null, "2022-09-30"));
        assertEquals("51.5", actual(g, "equity_ratio", "instant", null, "2022-09-30"));
        assertEquals("2725.50", actual(g, "bps", "instant", null, "2022-09-30"));
        assertEquals("64.00", actual(g, "dividend_per_share", "H1", "2022-04-01", "2022-09-30"));
    }

    /** An IFRS summary's cash-flow and ratio grids, tagged as the TSE taxonomy names them (figures invented). */
    @Test
    void ifrsSummaryConceptsOfTheCashFlowAndRatioGrids(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        String ctx = "<xbrli:context id=\"%s\"><xbrli:entity><xbrli:identifier scheme=\"http://www.tse.or.jp/sec\">99990</xbrli:identifier>"
                + "</xbrli:entity><xbrli:period><xbrli:startDate>2021-10-01</xbrli:startDate><xbrli:endDate>2022-09-30</xbrli:endDate>"
                + "</xbrli:period><xbrli:scenario><xbrldi:explicitMember dimension=\"jppfs_cor:ConsolidatedOrNonConsolidatedAxis\">"
                + "jppfs_cor:ConsolidatedMember</xbrldi:explicitMember><xbrldi:explicitMember dimension=\"tse-ed-t:ResultForecastAxis\">"
                + "tse-ed-t:ResultMember</xbrldi:explicitMember></xbrli:scenario></xbrli:context>";
        String fact = "<ix:nonFraction name=\"tse-ed-t:%s\" contextRef=\"CurrentYearDuration_ConsolidatedMember_ResultMember\""
                + " unitRef=\"%s\" decimals=\"%s\" scale=\"%s\" format=\"ixt:numdotdecimal\">%s</ix:nonFraction>";
        String htm = "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:ix=\"http://www.xbrl.org/2008/inlineXBRL\""
                + " xmlns:xbrli=\"http://www.xbrl.org/2003/instance\" xmlns:xbrldi=\"http://xbrl.org/2006/xbrldi\"><body>"
                + "<ix:header><ix:resources>" + String.format(ctx, "CurrentYearDuration_ConsolidatedMember_ResultMember")
                + "</ix:resources></ix:header>"
                + "<ix:nonNumeric name=\"tse-ed-t:FiscalYearEnd\" contextRef=\"CurrentYearDuration_ConsolidatedMember_ResultMember\">2022-09-30</ix:nonNumeric>"
                + String.format(fact, "CashFlowsFromOperatingActivitiesIFRS", "JPY", "-6", "6", "2,697")
                + String.format(fact, "CashAndCashEquivalentsAtEndOfPeriodIFRS", "JPY", "-6", "6", "16,521")
                + String.format(fact, "ProfitBeforeTaxToTotalAssetsRatioIFRS", "Pure", "3", "-2", "3.0")
                + String.format(fact, "EquityAttributableToOwnersOfParentPerShareIFRS", "JPYPerShares", "2", "0", "235.23")
                + "</body></html>";
        Path f = dir.resolve("tse-acedifsm-99990-20221110399990-ixbrl.htm");
        Files.writeString(f, htm);
        ObjectNode g = XbrlGolden.convert(f);
        assertEquals("2697000000", actual(g, "operating_cf", "FY", "2021-10-01", "2022-09-30"));
        // the balance at the end of the year, though tagged on the year's duration
        assertEquals("16521000000", actual(g, "cash_and_equivalents", "instant", null, "2022-09-30"));
        assertEquals("3.0", value(g, "profit_before_tax", "ratio_to_total_assets_pct", "FY", "2021-10-01", "2022-09-30",
                "actual"));
        assertEquals("235.23", value(g, "bps", "value", "FY", "2021-10-01", "2022-09-30", "actual"));
    }

    @Test
    void contextNamesDecode() {
        assertEquals("FY", XbrlGolden.spanFromName("CurrentYearDuration_ConsolidatedMember_ResultMember"));
        assertEquals("Q1", XbrlGolden.spanFromName("PriorAccumulatedQ1Duration_ConsolidatedMember_ResultMember"));
        assertEquals("H1", XbrlGolden.spanFromName("CurrentAccumulatedQ2Duration_ConsolidatedMember_ForecastMember"));
        assertEquals("Q1-Q3", XbrlGolden.spanFromName("CurrentAccumulatedQ3Duration"));
        assertEquals("FY", XbrlGolden.spanFromName("Next2YearDuration_NonConsolidatedMember_ForecastMember"));
        assertEquals(null, XbrlGolden.spanFromName("CurrentYearInstant"));
        assertEquals("2024-05-14", XbrlGolden.cjkDate("2024年５月14日"));
    }
}
