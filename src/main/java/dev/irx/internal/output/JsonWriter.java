package dev.irx.internal.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxVersion;
import dev.irx.model.Check;
import dev.irx.model.Company;
import dev.irx.model.DocumentInfo;
import dev.irx.model.Evidence;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.model.Period;
import dev.irx.model.SourceInfo;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes an {@link IrxDocument} as canonical JSON (schemas/irx-document.schema.json). Field order is fixed
 * so that outputs diff cleanly; values are exact decimal strings, never floating point.
 * Thread-safe.
 */
public final class JsonWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .disable(SerializationFeature.CLOSE_CLOSEABLE);

    private final boolean pretty;

    public JsonWriter(boolean pretty) { this.pretty = pretty; }

    /**
     * Writes the document, one fact's tree at a time: a document of 25,000 facts is never held as one tree or one
     * string. The bytes are those of {@link #toTree} written whole.
     */
    public void write(IrxDocument doc, OutputStream out) throws IOException {
        try (com.fasterxml.jackson.core.JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            if (pretty) g.setPrettyPrinter(new com.fasterxml.jackson.core.util.DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeStringField("schemaVersion", IrxDocument.SCHEMA_VERSION);
            g.writeStringField("irxVersion", IrxVersion.current());
            g.writeFieldName("source");
            g.writeTree(source(doc.source()));
            g.writeFieldName("document");
            g.writeTree(document(doc.document()));
            g.writeArrayFieldStart("facts");
            for (Fact f : doc.facts()) g.writeTree(fact(f));
            g.writeEndArray();
            g.writeArrayFieldStart("checks");
            for (Check c : doc.checks()) g.writeTree(check(c));
            g.writeEndArray();
            g.writeArrayFieldStart("warnings");
            for (String w : doc.warnings()) g.writeString(w);
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    public String toJson(IrxDocument doc) {
        try {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            write(doc, out);
            return out.toString(java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The JSON tree, for callers who post-process it. */
    public static ObjectNode toTree(IrxDocument doc) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("schemaVersion", IrxDocument.SCHEMA_VERSION);
        root.put("irxVersion", IrxVersion.current());
        root.set("source", source(doc.source()));
        root.set("document", document(doc.document()));
        ArrayNode facts = root.putArray("facts");
        for (Fact f : doc.facts()) facts.add(fact(f));
        ArrayNode checks = root.putArray("checks");
        for (Check c : doc.checks()) checks.add(check(c));
        ArrayNode warnings = root.putArray("warnings");
        doc.warnings().forEach(warnings::add);
        return root;
    }

    private static ObjectNode source(SourceInfo s) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("file", s.file());
        n.put("sha256", s.sha256());
        n.put("mediaType", s.mediaType());
        n.put("pages", s.pages());
        n.put("producer", s.producer());
        if (s.pagesRead() != null) s.pagesRead().forEach(n.putArray("pagesRead")::add);
        return n;
    }

    private static ObjectNode document(DocumentInfo d) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("kind", d.kind().json());
        n.put("title", d.title());
        Company c = d.company();
        ObjectNode company = n.putObject("company");
        company.put("name", c.name());
        company.put("securitiesCode", c.securitiesCode());
        company.put("market", c.market());
        n.put("publishedOn", d.publishedOn() == null ? null : d.publishedOn().toString());
        n.put("accountingStandard", d.accountingStandard() == null ? null : d.accountingStandard().json());
        n.put("fiscalYearEndMonth", d.fiscalYearEndMonth());
        n.put("rounding", d.rounding() == null ? null : d.rounding().json());
        return n;
    }

    private static ObjectNode fact(Fact f) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", f.id());
        n.put("metric", f.metric().json());
        n.put("measure", f.measure().json());
        n.put("label", f.label());
        n.put("segment", f.segment());
        n.put("consolidated", f.consolidated());
        n.set("period", period(f.period()));
        n.put("basis", f.basis().json());
        n.put("value", f.value().toPlainString());
        n.put("unit", f.unit());
        if (f.currency() != null) n.put("currency", f.currency());
        if (f.range() != null) n.put("range", f.range().json());
        if (f.approximate()) n.put("approximate", true);
        if (f.line() != null) {
            n.put("statement", f.line().statement().json());
            if (f.line().section() != null) n.put("section", f.line().section());
            if (f.line().concept() != null) n.put("concept", f.line().concept());
            if (f.line().within() != null) n.put("within", f.line().within());
        }
        Evidence w = f.where();
        putDisplay(n, w);
        n.put("page", w.page());
        putBbox(n, w.bbox());
        putRowBbox(n, w);
        n.put("source", w.source().json());
        n.put("evidence", w.text());
        n.put("status", f.status().json());
        ArrayNode checks = n.putArray("checks");
        f.checks().forEach(checks::add);
        if (!f.alsoSeen().isEmpty()) {
            ArrayNode also = n.putArray("alsoSeen");
            for (Evidence e : f.alsoSeen()) {
                ObjectNode en = also.addObject();
                en.put("source", e.source().json());
                en.put("page", e.page());
                putBbox(en, e.bbox());
                putRowBbox(en, e);
                putDisplay(en, e);
                en.put("evidence", e.text());
            }
        }
        return n;
    }

    private static void putDisplay(ObjectNode n, Evidence e) {
        ObjectNode display = n.putObject("display");
        display.put("text", e.display().text());
        display.put("scale", e.display().scale());
    }

    private static void putBbox(ObjectNode n, float[] bbox) {
        if (bbox == null) {
            n.putNull("bbox");
            return;
        }
        putBox(n, "bbox", bbox);
    }

    /** The row's box, after the cell's; absent where there are no boxes (plain text). */
    private static void putRowBbox(ObjectNode n, Evidence e) {
        if (e.rowBbox() != null) putBox(n, "rowBbox", e.rowBbox());
    }

    private static void putBox(ObjectNode n, String field, float[] bbox) {
        ArrayNode a = n.putArray(field);
        // Two decimals are finer than any glyph; more only adds noise to diffs.
        for (float v : bbox) a.add(Math.round(v * 100) / 100.0);
    }

    static ObjectNode period(Period p) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("span", p.span().json());
        n.put("start", p.start() == null ? null : p.start().toString());
        n.put("end", p.end().toString());
        n.put("fiscalYearEnd", p.fiscalYearEnd() == null ? null : p.fiscalYearEnd().toString());
        return n;
    }

    private static ObjectNode check(Check c) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", c.id());
        n.put("rule", c.rule());
        n.put("status", c.passed() ? "pass" : "fail");
        ArrayNode facts = n.putArray("facts");
        c.facts().forEach(facts::add);
        n.put("detail", c.detail());
        return n;
    }
}
