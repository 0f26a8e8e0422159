package dev.irx.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.model.DocumentInfo;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.model.LineItemName;
import dev.irx.model.Period;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A document's facts as flat rows, one per fact, for dataframes and Parquet: every row has every column of
 * {@link #COLUMNS}, in that order, null where the fact has no such thing (schemas/facts-row.schema.json describes a
 * row). Written as JSON Lines or as CSV (RFC 4180: a header row, fields quoted where they hold a comma, a quote or
 * a line break, CRLF between records, UTF-8). Thread-safe.
 */
public final class FactRows {

    /** The columns, in the order they are written. */
    public static final List<String> COLUMNS = List.of(
            "key", "file", "securitiesCode", "companyName", "documentKind", "publishedOn", "accountingStandard",
            "id", "metric", "measure", "label", "statement", "section", "within", "concept", "segment", "consolidated",
            "periodSpan", "periodStart", "periodEnd", "fiscalYearEnd", "periodLabel", "basis", "range", "approximate",
            "value", "unit", "currency", "printed", "scale", "page",
            "bboxX0", "bboxY0", "bboxX1", "bboxY1", "rowBboxX0", "rowBboxY0", "rowBboxX1", "rowBboxY1",
            "source", "evidence", "status", "alsoSeen");

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.CLOSE_CLOSEABLE);

    private FactRows() {}

    /** One row per fact, in the document's order: column name to a String, Boolean, Integer, Double or null. */
    public static List<Map<String, Object>> rows(IrxDocument doc) {
        List<Map<String, Object>> out = new ArrayList<>(doc.facts().size());
        for (Fact f : doc.facts()) out.add(row(doc, f));
        return out;
    }

    /** The rows as JSON Lines: one object per line, each line ending in a newline. */
    public static String jsonl(IrxDocument doc) {
        StringBuilder sb = new StringBuilder();
        try {
            for (Map<String, Object> r : rows(doc)) {
                ObjectNode n = MAPPER.createObjectNode();
                r.forEach((k, v) -> n.set(k, MAPPER.valueToTree(v)));
                sb.append(MAPPER.writeValueAsString(n)).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    /** The rows as CSV, with the header row first when {@code header}. */
    public static String csv(IrxDocument doc, boolean header) {
        StringBuilder sb = new StringBuilder();
        if (header) csvRecord(sb, new ArrayList<>(COLUMNS));
        for (Map<String, Object> r : rows(doc)) csvRecord(sb, new ArrayList<>(r.values()));
        return sb.toString();
    }

    /** The header row alone, as {@link #csv} writes it. */
    public static String csvHeader() {
        StringBuilder sb = new StringBuilder();
        csvRecord(sb, new ArrayList<>(COLUMNS));
        return sb.toString();
    }

    /**
     * What a figure is, the same in every document that states it: metric, measure, segment, consolidated, the
     * period's span and end, basis, currency, end of a range and, for a statement line, its statement, heading and
     * label (folded as {@link LineItemName} folds them). Not the file, page, label of a named metric, or the
     * document's date: the same figure in next year's 短信 has the same key. Fields are joined by {@code |}, a
     * {@code |} or {@code \} inside one escaped by {@code \}.
     */
    public static String key(Fact f) {
        Period p = f.period();
        String[] parts = {
                f.metric().json(), f.measure().json(),
                f.segment() == null ? "" : LineItemName.of(f.segment()).toLowerCase(Locale.ROOT),
                f.consolidated() == null ? "" : f.consolidated().toString(),
                p.span().json(), p.end().toString(), f.basis().json(),
                f.currency() == null ? "" : f.currency(),
                f.range() == null ? "" : f.range().json(),
                f.line() == null ? "" : f.line().statement().json(),
                f.line() == null || f.line().section() == null ? "" : LineItemName.of(f.line().section()),
                f.line() == null ? "" : LineItemName.of(f.label())};
        StringBuilder sb = new StringBuilder();
        for (String s : parts) {
            if (sb.length() > 0) sb.append('|');
            sb.append(s.replace("\\", "\\\\").replace("|", "\\|"));
        }
        return sb.toString();
    }

    /**
     * irx's name for the period: FY2025-03, Q1 FY2026-03, H1 FY2025-03, @2025-03-31 for an instant; a span whose
     * fiscal year is not known, by its dates. Derived from the period: the column header as printed is not kept.
     */
    public static String periodLabel(Period p) {
        if (p.isInstant()) return "@" + p.end();
        if (p.fiscalYearEnd() == null) return p.span().json() + " " + p.start() + ".." + p.end();
        String fy = "FY" + p.fiscalYearEnd();
        return p.span() == dev.irx.model.Span.FY ? fy : p.span().json() + " " + fy;
    }

    private static Map<String, Object> row(IrxDocument doc, Fact f) {
        DocumentInfo d = doc.document();
        Period p = f.period();
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("key", key(f));
        r.put("file", doc.source().file());
        r.put("securitiesCode", d.company().securitiesCode());
        r.put("companyName", d.company().name());
        r.put("documentKind", d.kind().json());
        r.put("publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
        r.put("accountingStandard", d.accountingStandard() == null ? null : d.accountingStandard().json());
        r.put("id", f.id());
        r.put("metric", f.metric().json());
        r.put("measure", f.measure().json());
        r.put("label", f.label());
        r.put("statement", f.line() == null ? null : f.line().statement().json());
        r.put("section", f.line() == null ? null : f.line().section());
        r.put("within", f.line() == null ? null : f.line().within());
        r.put("concept", f.concept());
        r.put("segment", f.segment());
        r.put("consolidated", f.consolidated());
        r.put("periodSpan", p.span().json());
        r.put("periodStart", p.start() == null ? null : p.start().toString());
        r.put("periodEnd", p.end().toString());
        r.put("fiscalYearEnd", p.fiscalYearEnd() == null ? null : p.fiscalYearEnd().toString());
        r.put("periodLabel", periodLabel(p));
        r.put("basis", f.basis().json());
        r.put("range", f.range() == null ? null : f.range().json());
        r.put("approximate", f.approximate());
        r.put("value", f.value().toPlainString());
        r.put("unit", f.unit());
        r.put("currency", f.currency());
        r.put("printed", f.display().text());
        r.put("scale", f.display().scale());
        r.put("page", f.page());
        putBox(r, "bbox", f.where().bbox());
        putBox(r, "rowBbox", f.where().rowBbox());
        r.put("source", f.source().json());
        r.put("evidence", f.evidence());
        r.put("status", f.status().json());
        r.put("alsoSeen", f.alsoSeen().size());
        return r;
    }

    private static void putBox(Map<String, Object> r, String name, float[] box) {
        String[] corners = {"X0", "Y0", "X1", "Y1"};
        for (int i = 0; i < 4; i++) {
            // rounded as the JSON rounds them
            r.put(name + corners[i], box == null ? null : Math.round(box[i] * 100) / 100.0);
        }
    }

    private static void csvRecord(StringBuilder sb, List<Object> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) sb.append(',');
            Object v = fields.get(i);
            if (v == null) continue; // an empty field: unknown
            String s = v.toString();
            if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
                sb.append('"').append(s.replace("\"", "\"\"")).append('"');
            } else {
                sb.append(s);
            }
        }
        sb.append("\r\n");
    }
}
