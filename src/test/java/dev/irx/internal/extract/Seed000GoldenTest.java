package dev.irx.internal.extract;

import com.fasterxml.jackson.databind.JsonNode;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;
import dev.irx.testing.Shared;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Seed 000 (FISCO report on サイバートラスト, as text): every cell of the 「2024年3月期連結業績」 table and
 * the summary sentence. Expected values were typed from the table as printed in the report
 * (百万円; 23/3期 and 24/3期 actuals, 前期比, 前回予想, 予想比), not from irx's output.
 */
class Seed000GoldenTest {

    private static JsonNode root;

    @BeforeAll
    static void extract() throws Exception {
        IrxDocument doc = IrxExtractor.builder().build().extract(Shared.seed000());
        root = SchemaAssert.assertValid(IrxExtractor.toJson(doc, false));
    }

    /** metric, measure, fiscal year end, basis, value, unit — one per printed cell. */
    private static final String[][] RESULTS_TABLE = {
            {"revenue", "value", "2023-03", "actual", "6167000000", "JPY"},
            {"revenue", "ratio_to_revenue_pct", "2023-03", "actual", "100.0", "%"},
            {"revenue", "value", "2024-03", "actual", "6466000000", "JPY"},
            {"revenue", "ratio_to_revenue_pct", "2024-03", "actual", "100.0", "%"},
            {"revenue", "yoy_amount", "2024-03", "actual", "298000000", "JPY"},
            {"revenue", "yoy_pct", "2024-03", "actual", "4.8", "%"},
            {"revenue", "value", "2024-03", "prior_forecast", "6500000000", "JPY"},
            {"revenue", "achievement_amount", "2024-03", "actual", "-34000000", "JPY"},
            {"revenue", "achievement_pct", "2024-03", "actual", "99.5", "%"},
            {"gross_profit", "value", "2023-03", "actual", "2886000000", "JPY"},
            {"gross_profit", "ratio_to_revenue_pct", "2023-03", "actual", "46.8", "%"},
            {"gross_profit", "value", "2024-03", "actual", "3052000000", "JPY"},
            {"gross_profit", "ratio_to_revenue_pct", "2024-03", "actual", "47.2", "%"},
            {"gross_profit", "yoy_amount", "2024-03", "actual", "166000000", "JPY"},
            {"gross_profit", "yoy_pct", "2024-03", "actual", "5.8", "%"},
            {"sga", "value", "2023-03", "actual", "1832000000", "JPY"},
            {"sga", "ratio_to_revenue_pct", "2023-03", "actual", "29.7", "%"},
            {"sga", "value", "2024-03", "actual", "1940000000", "JPY"},
            {"sga", "ratio_to_revenue_pct", "2024-03", "actual", "30.0", "%"},
            {"sga", "yoy_amount", "2024-03", "actual", "107000000", "JPY"},
            {"sga", "yoy_pct", "2024-03", "actual", "5.9", "%"},
            {"operating_income", "value", "2023-03", "actual", "1053000000", "JPY"},
            {"operating_income", "ratio_to_revenue_pct", "2023-03", "actual", "17.1", "%"},
            {"operating_income", "value", "2024-03", "actual", "1112000000", "JPY"},
            {"operating_income", "ratio_to_revenue_pct", "2024-03", "actual", "17.2", "%"},
            {"operating_income", "yoy_amount", "2024-03", "actual", "58000000", "JPY"},
            {"operating_income", "yoy_pct", "2024-03", "actual", "5.5", "%"},
            {"operating_income", "value", "2024-03", "prior_forecast", "1100000000", "JPY"},
            {"operating_income", "achievement_amount", "2024-03", "actual", "12000000", "JPY"},
            {"operating_income", "achievement_pct", "2024-03", "actual", "101.1", "%"},
            {"ordinary_income", "value", "2023-03", "actual", "1065000000", "JPY"},
            {"ordinary_income", "ratio_to_revenue_pct", "2023-03", "actual", "17.3", "%"},
            {"ordinary_income", "value", "2024-03", "actual", "1121000000", "JPY"},
            {"ordinary_income", "ratio_to_revenue_pct", "2024-03", "actual", "17.3", "%"},
            {"ordinary_income", "yoy_amount", "2024-03", "actual", "55000000", "JPY"},
            {"ordinary_income", "yoy_pct", "2024-03", "actual", "5.2", "%"},
            {"ordinary_income", "value", "2024-03", "prior_forecast", "1100000000", "JPY"},
            {"ordinary_income", "achievement_amount", "2024-03", "actual", "21000000", "JPY"},
            {"ordinary_income", "achievement_pct", "2024-03", "actual", "101.9", "%"},
            {"net_income_attributable_to_owners", "value", "2023-03", "actual", "725000000", "JPY"},
            {"net_income_attributable_to_owners", "ratio_to_revenue_pct", "2023-03", "actual", "11.8", "%"},
            {"net_income_attributable_to_owners", "value", "2024-03", "actual", "518000000", "JPY"},
            {"net_income_attributable_to_owners", "ratio_to_revenue_pct", "2024-03", "actual", "8.0", "%"},
            {"net_income_attributable_to_owners", "yoy_amount", "2024-03", "actual", "-206000000", "JPY"},
            {"net_income_attributable_to_owners", "yoy_pct", "2024-03", "actual", "-28.5", "%"},
            {"net_income_attributable_to_owners", "value", "2024-03", "prior_forecast", "740000000", "JPY"},
            {"net_income_attributable_to_owners", "achievement_amount", "2024-03", "actual", "-222000000", "JPY"},
            {"net_income_attributable_to_owners", "achievement_pct", "2024-03", "actual", "70.0", "%"},
            {"ebitda", "value", "2023-03", "actual", "1623000000", "JPY"},
            {"ebitda", "ratio_to_revenue_pct", "2023-03", "actual", "26.3", "%"},
            {"ebitda", "value", "2024-03", "actual", "1716000000", "JPY"},
            {"ebitda", "ratio_to_revenue_pct", "2024-03", "actual", "26.5", "%"},
            {"ebitda", "yoy_amount", "2024-03", "actual", "93000000", "JPY"},
            {"ebitda", "yoy_pct", "2024-03", "actual", "5.7", "%"},
    };

    @Test
    void documentIsProfiled() {
        JsonNode d = root.get("document");
        assertEquals("fisco_report", d.get("kind").asText());
        assertEquals("サイバートラスト", d.get("company").get("name").asText());
        assertEquals("4498", d.get("company").get("securitiesCode").asText());
        assertEquals("東証グロース", d.get("company").get("market").asText());
        assertEquals("2024-07-11", d.get("publishedOn").asText());
        assertEquals(3, d.get("fiscalYearEndMonth").asInt());
        assertEquals("text/plain", root.get("source").get("mediaType").asText());
    }

    @Test
    void everyCellOfTheResultsTable() {
        List<String> problems = new ArrayList<>();
        for (String[] e : RESULTS_TABLE) {
            List<JsonNode> found = facts(e[0], e[1], e[2], e[3]);
            if (found.size() != 1) {
                problems.add(String.join(" ", e) + ": " + found.size() + " facts");
                continue;
            }
            JsonNode f = found.get(0);
            if (!f.get("value").asText().equals(e[4]) || !f.get("unit").asText().equals(e[5])) {
                problems.add(String.join(" ", e) + ": got " + f.get("value").asText() + " " + f.get("unit").asText());
            }
            if (!f.get("consolidated").asBoolean(false)) problems.add(String.join(" ", e) + ": not consolidated");
            if (f.get("page").asInt() != 1) problems.add(String.join(" ", e) + ": page " + f.get("page"));
            if (!"FY".equals(f.get("period").get("span").asText())) problems.add(String.join(" ", e) + ": span");
            if (f.get("evidence").asText().isBlank()) problems.add(String.join(" ", e) + ": no evidence");
            if ("conflict".equals(f.get("status").asText())) problems.add(String.join(" ", e) + ": conflict");
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void fiscalYear2024IsAprilToMarch() {
        JsonNode revenue = facts("revenue", "value", "2024-03", "actual").get(0);
        JsonNode period = revenue.get("period");
        assertEquals("2023-04-01", period.get("start").asText());
        assertEquals("2024-03-31", period.get("end").asText());
        assertEquals("2024-03", period.get("fiscalYearEnd").asText());
        assertEquals("6,466", revenue.get("display").get("text").asText());
        assertEquals("百万円", revenue.get("display").get("scale").asText());
        assertEquals("table", revenue.get("source").asText());
    }

    @Test
    void summarySentenceAgreesWithTheTableAndIsKeptAsEvidence() {
        // 「売上高が前期比4.8%増の6,466百万円、営業利益が同5.5%増の1,112百万円、…当期純利益が同28.5%減の518百万円」
        String[][] sentenceFigures = {
                {"revenue", "value", "6466000000"}, {"revenue", "yoy_pct", "4.8"},
                {"operating_income", "value", "1112000000"}, {"operating_income", "yoy_pct", "5.5"},
                {"ordinary_income", "value", "1121000000"}, {"ordinary_income", "yoy_pct", "5.2"},
                {"net_income_attributable_to_owners", "value", "518000000"},
                {"net_income_attributable_to_owners", "yoy_pct", "-28.5"},
        };
        for (String[] s : sentenceFigures) {
            JsonNode f = facts(s[0], s[1], "2024-03", "actual").get(0);
            assertEquals(s[2], f.get("value").asText(), s[0] + " " + s[1]);
            assertEquals("reconciled", f.get("status").asText(), s[0] + " " + s[1]);
            boolean fromSentence = false;
            for (JsonNode e : f.path("alsoSeen")) {
                if (e.get("source").asText().equals("sentence") && e.get("evidence").asText().contains("前期比")) {
                    fromSentence = true;
                }
            }
            assertTrue(fromSentence, s[0] + " " + s[1] + " has no sentence evidence: " + f);
        }
        boolean sameFigureCheck = false;
        for (JsonNode c : root.get("checks")) {
            if (c.get("rule").asText().equals("same_figure") && c.get("status").asText().equals("pass")
                    && c.get("detail").asText().contains("sentence")) sameFigureCheck = true;
        }
        assertTrue(sameFigureCheck, "no passing same_figure check between table and sentence");
    }

    @Test
    void forecastSentenceIsAForecast() {
        // 「2025年3月期の連結業績予想は、売上高が前期比11.3%増の7,200百万円…」
        JsonNode f = facts("revenue", "value", "2025-03", "forecast").get(0);
        assertEquals("7200000000", f.get("value").asText());
        assertTrue(facts("revenue", "value", "2025-03", "actual").isEmpty(), "a forecast read as an actual");
    }

    @Test
    void noCheckFails() {
        for (JsonNode c : root.get("checks")) {
            assertEquals("pass", c.get("status").asText(), c.toString());
        }
        assertFalse(root.get("checks").isEmpty());
    }

    private static List<JsonNode> facts(String metric, String measure, String fyEnd, String basis) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : root.get("facts")) {
            if (f.get("metric").asText().equals(metric) && f.get("measure").asText().equals(measure)
                    && fyEnd.equals(f.get("period").get("fiscalYearEnd").asText())
                    && f.get("period").get("span").asText().equals("FY")
                    && f.get("basis").asText().equals(basis) && f.get("segment").isNull()
                    && f.get("consolidated").asBoolean(false)) out.add(f);
        }
        return out;
    }
}
