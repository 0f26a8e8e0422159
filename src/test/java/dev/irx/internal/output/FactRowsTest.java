package dev.irx.internal.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.irx.IrxExtractor;
import dev.irx.model.Basis;
import dev.irx.model.Company;
import dev.irx.model.Display;
import dev.irx.model.DocumentInfo;
import dev.irx.model.DocumentKind;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.FactSource;
import dev.irx.model.IrxDocument;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Period;
import dev.irx.model.SourceInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/** The flat rows (--format jsonl|csv): fixed columns, CSV a standard reader reads back, keys across documents. */
class FactRowsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Map<String, IrxDocument> SAMPLES = new ConcurrentHashMap<>();
    private static final JsonSchema ROW_SCHEMA = rowSchema();

    /** The row schema, its references to the document schema's definitions read from schemas/, not the web. */
    private static JsonSchema rowSchema() {
        String schemas = Path.of("schemas").toAbsolutePath().toUri().toString();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                b -> b.schemaMappers(m -> m.mapPrefix("https://irx.dev/schemas/", schemas)));
        try (InputStream in = Files.newInputStream(Path.of("schemas/facts-row.schema.json"))) {
            return factory.getSchema(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static IrxDocument sample(String name) {
        return SAMPLES.computeIfAbsent(name, n -> {
            try {
                return IrxExtractor.builder().build().extract(Path.of("samples", n + ".pdf"));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
    }

    /** A CSV file as a standard reader sees it: the header, then the records as lists of fields. */
    static List<List<String>> readCsv(String csv) throws IOException {
        CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<List<String>> out = new ArrayList<>();
        try (MappingIterator<List<String>> it = mapper.readerFor(List.class).readValues(csv)) {
            while (it.hasNext()) out.add(it.next());
        }
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = {"iij-fy24-results", "iij-1q25-results", "iij-1q25-tanshin-summary",
            "databook-3382-3q-fy2025", "fisco-cybertrust-2024"})
    void everyColumnInEveryRowOfBothFormats(String name) throws Exception {
        IrxDocument doc = sample(name);
        JsonNode json = MAPPER.readTree(IrxExtractor.toJson(doc, false));
        JsonNode facts = json.get("facts");
        assertTrue(facts.size() > 20, name);

        String[] lines = FactRows.jsonl(doc).split("\n", -1);
        assertEquals(facts.size() + 1, lines.length, "one line per fact, each ending in a newline");
        assertEquals("", lines[lines.length - 1]);
        List<List<String>> csv = readCsv(FactRows.csv(doc, true));
        assertEquals(FactRows.COLUMNS, csv.get(0), "the header row");
        assertEquals(facts.size(), csv.size() - 1, "as many CSV records as facts in the JSON");
        for (int i = 0; i < facts.size(); i++) {
            JsonNode row = MAPPER.readTree(lines[i]);
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(FactRows.COLUMNS, names, "every column, in order, in row " + i);
            Set<ValidationMessage> errors = ROW_SCHEMA.validate(row);
            if (!errors.isEmpty()) fail(name + " row " + i + " violates facts-row.schema.json: " + errors);
            List<String> record = csv.get(i + 1);
            assertEquals(FactRows.COLUMNS.size(), record.size(), "every column in CSV record " + i);
            JsonNode fact = facts.get(i);
            // the same fact in all three: JSON, JSON line, CSV record
            for (String[] pair : new String[][] {{"id", "id"}, {"value", "value"}, {"label", "label"},
                    {"evidence", "evidence"}, {"metric", "metric"}, {"status", "status"}}) {
                assertEquals(fact.get(pair[0]).asText(), row.get(pair[1]).asText(), pair[1]);
                assertEquals(fact.get(pair[0]).asText(), record.get(FactRows.COLUMNS.indexOf(pair[1])), pair[1]);
            }
            assertEquals(fact.get("bbox").get(0).asDouble(), row.get("bboxX0").asDouble());
            assertEquals(fact.get("rowBbox").get(3).asDouble(), row.get("rowBboxY1").asDouble());
            assertEquals(fact.get("period").get("end").asText(), record.get(FactRows.COLUMNS.indexOf("periodEnd")));
            for (int c = 0; c < record.size(); c++) {
                JsonNode v = row.get(FactRows.COLUMNS.get(c));
                assertEquals(v.isNull() ? "" : v.asText(), record.get(c), "CSV and JSONL agree on "
                        + FactRows.COLUMNS.get(c));
            }
        }
    }

    @Test
    void csvQuotesCommasQuotesAndLineBreaks() throws Exception {
        String label = "売上高, \"調整後\"\n(注1)";
        String evidence = "row one,\r\nrow \"two\"";
        IrxDocument doc = document(List.of(fact(label, evidence, "6,466"), fact("営業利益", "plain", "1")));
        String csv = FactRows.csv(doc, true);
        assertTrue(csv.contains("\"売上高, \"\"調整後\"\"\n(注1)\""), "quoted, quotes doubled: " + csv);
        List<List<String>> read = readCsv(csv);
        assertEquals(3, read.size(), "a header and two records, whatever the line breaks inside fields");
        int l = FactRows.COLUMNS.indexOf("label");
        assertEquals(label, read.get(1).get(l));
        assertEquals(evidence, read.get(1).get(FactRows.COLUMNS.indexOf("evidence")));
        assertEquals("6,466", read.get(1).get(FactRows.COLUMNS.indexOf("printed")));
        assertEquals("営業利益", read.get(2).get(l));
        assertEquals("", read.get(1).get(FactRows.COLUMNS.indexOf("segment")), "null is an empty field");
        assertEquals("", read.get(1).get(FactRows.COLUMNS.indexOf("bboxX0")), "no box for text input");
        JsonNode row = MAPPER.readTree(FactRows.jsonl(doc).split("\n")[0]);
        assertEquals(label, row.get("label").asText());
        assertTrue(row.get("bboxX0").isNull() && row.get("consolidated").asBoolean());
        assertTrue(ROW_SCHEMA.validate(row).isEmpty(), ROW_SCHEMA.validate(row).toString());
        ((com.fasterxml.jackson.databind.node.ObjectNode) row).put("metric", "turnover");
        assertTrue(!ROW_SCHEMA.validate(row).isEmpty(), "the metric's vocabulary comes from the document schema");
        ((com.fasterxml.jackson.databind.node.ObjectNode) row).remove("metric");
        assertTrue(!ROW_SCHEMA.validate(row).isEmpty(), "every column is required");
    }

    @Test
    void theSameFigureInTwoDocumentsHasTheSameKey() {
        Map<String, Fact> fy24 = byKey(sample("iij-fy24-results"));
        Map<String, Fact> q1 = byKey(sample("iij-1q25-results"));
        Set<String> shared = new HashSet<>(fy24.keySet());
        shared.retainAll(q1.keySet());
        // the 1Q deck repeats FY24's figures as its comparatives: they are the same figures, so the same keys
        assertTrue(shared.size() >= 50, "shared keys: " + shared.size());
        for (String k : shared) assertEquals(0, fy24.get(k).value().compareTo(q1.get(k).value()), k);
        Fact revenue = fy24.values().stream().filter(f -> f.metric() == Metric.REVENUE && f.measure() == Measure.VALUE
                && f.segment() == null && f.period().fiscalYearEnd().equals(YearMonth.of(2025, 3))
                && f.period().span() == dev.irx.model.Span.FY && f.basis() == Basis.ACTUAL).findFirst().orElseThrow();
        assertTrue(shared.contains(FactRows.key(revenue)), FactRows.key(revenue));
        assertTrue(q1.get(FactRows.key(revenue)).page() != revenue.page()
                || !q1.get(FactRows.key(revenue)).evidence().equals(revenue.evidence()), "read at another place");

        // a 短信 and its deck: the quarter's revenue, printed 百万円 in one and 億円 in the other
        Map<String, Fact> tanshin = byKey(sample("iij-1q25-tanshin-summary"));
        Fact q1Revenue = tanshin.values().stream().filter(f -> f.metric() == Metric.REVENUE
                && f.measure() == Measure.VALUE && f.period().span() == dev.irx.model.Span.Q1
                && f.period().end().equals(LocalDate.of(2025, 6, 30))).findFirst().orElseThrow();
        assertTrue(q1.containsKey(FactRows.key(q1Revenue)), FactRows.key(q1Revenue));
    }

    @ParameterizedTest
    @ValueSource(strings = {"iij-1q25-results", "databook-3382-3q-fy2025"})
    void differentFiguresHaveDifferentKeys(String name) {
        // within one document the flat key tells apart exactly what the model's key tells apart
        Map<String, Fact.Key> seen = new HashMap<>();
        Map<Fact.Key, String> back = new HashMap<>();
        for (Fact f : sample(name).facts()) {
            String k = FactRows.key(f);
            Fact.Key model = f.key();
            Fact.Key before = seen.putIfAbsent(k, model);
            if (before != null) assertEquals(before, model, "two figures, one key: " + k);
            String kb = back.putIfAbsent(model, k);
            if (kb != null) assertEquals(kb, k, "one figure, two keys: " + model);
        }
        assertTrue(seen.size() > 100, name);
    }

    @Test
    void keyOmitsWhereAndWhenAndKeepsTheStatementLine() {
        Fact a = fact("その他", "その他 1 2", "1");
        Fact b = new Fact("f9", a.metric(), a.measure(), a.label(), null, a.consolidated(), a.period(), a.basis(),
                a.value(), a.unit(), new Evidence(FactSource.SENTENCE, 7, new float[] {1, 2, 3, 4}, "other", a.display()),
                null, null, null, null);
        assertEquals(FactRows.key(a), FactRows.key(b), "page, place and evidence are not the figure");
        Fact current = lineItem("流動資産", "その他"), liabilities = lineItem("流動負債", "その他");
        assertNotEquals(FactRows.key(current), FactRows.key(liabilities), "two 「その他」 lines");
        assertEquals(FactRows.key(current), FactRows.key(lineItem("流動資産", "※1 そ の 他")), "the line's name folded");
        assertNotEquals(FactRows.key(a), FactRows.key(new Fact("f1", a.metric(), Measure.YOY_PCT, a.label(), null, true,
                a.period(), a.basis(), a.value(), "%", a.where(), null, null, null, null)));
    }

    private static Fact lineItem(String section, String label) {
        Fact f = fact(label, label + " 1", "1");
        return new Fact("f1", Metric.LINE_ITEM, Measure.VALUE, label, null, true, Period.instant(LocalDate.of(2025, 3, 31),
                YearMonth.of(2025, 3)), Basis.ACTUAL, BigDecimal.ONE, "JPY", f.where(), null, null, null, null, null,
                new dev.irx.model.StatementLine(dev.irx.model.Statement.BALANCE_SHEET, section, null));
    }

    private static Map<String, Fact> byKey(IrxDocument doc) {
        Map<String, Fact> m = new HashMap<>();
        for (Fact f : doc.facts()) m.putIfAbsent(FactRows.key(f), f);
        return m;
    }

    private static Fact fact(String label, String evidence, String printed) {
        return new Fact("f1", Metric.REVENUE, Measure.VALUE, label, null, true, Period.fiscalYear(YearMonth.of(2024, 3)),
                Basis.ACTUAL, new BigDecimal("6466000000"), "JPY",
                new Evidence(FactSource.TABLE, 1, null, evidence, new Display(printed, "百万円")), null, null, null, null);
    }

    private static IrxDocument document(List<Fact> facts) {
        return new IrxDocument(new SourceInfo("x.txt", "0".repeat(64), "text/plain", 1, null),
                new DocumentInfo(DocumentKind.KESSAN_TANSHIN, null, new Company("テスト", "9999", null),
                        LocalDate.of(2024, 5, 10), null, 3, null), facts, List.of(), List.of());
    }
}
