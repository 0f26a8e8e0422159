package dev.irx.internal.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.model.Basis;
import dev.irx.model.LineItemName;
import dev.irx.model.Measure;
import dev.irx.model.Metric;
import dev.irx.model.Span;
import dev.irx.model.Statement;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A golden fixture: the figures a person read in a document ({@code samples/<name>.expected.json}).
 * See samples/README.md for the format.
 */
public record Golden(String file, Map<String, String> document, List<Entry> facts) {

    /** What identifies a figure: two facts with the same key state the same thing. */
    public record Key(Metric metric, Measure measure, String segment, Boolean consolidated, Span span,
                      LocalDate start, LocalDate end, Basis basis, String currency, String range, String item) {
        @Override
        public String toString() {
            return metric.json() + (item == null ? "" : "<" + item + ">") + (measure == Measure.VALUE ? "" : "." + measure.json())
                    + (segment == null ? "" : "[" + segment + "]") + " " + span.json() + " "
                    + (start == null ? "" : start + "..") + end + " " + basis.json()
                    + (consolidated == null ? " (scope?)" : consolidated ? "" : " non-consolidated")
                    + (currency == null ? "" : " in " + currency)
                    + (range == null ? "" : " (" + range + ")");
        }
    }

    /**
     * One expected figure; {@code pages} lists every page it is printed on. {@code part} names the part of the filing
     * it was tagged in (summary, balance_sheet, …) and {@code concept} the XBRL concept, for goldens built from XBRL;
     * both are null in hand-written goldens.
     */
    public record Entry(Key key, BigDecimal value, String unit, Set<Integer> pages, String range, String part,
                        String concept, Integer decimals) {
        public Entry(Key key, BigDecimal value, String unit, Set<Integer> pages, String range) {
            this(key, value, unit, pages, range, null, null, null);
        }

        /**
         * Whether a reading agrees with the tag to the digits the tag was filed with: a tag of decimals −6
         * (1,760 百万円, truncated or rounded) stands for any amount within a million yen of it, 1,760,598 千円 included.
         */
        boolean admits(BigDecimal reading) {
            if (decimals == null) return false;
            // a percentage is tagged as a ratio (decimals 3 for 「10.2」%) and held here as printed
            int digits = "%".equals(unit) ? decimals - 2 : decimals;
            BigDecimal unitOfLastDigit = BigDecimal.ONE.scaleByPowerOfTen(-digits);
            return reading.subtract(value).abs().compareTo(unitOfLastDigit) < 0;
        }

        Entry withPages(Set<Integer> more) {
            Set<Integer> all = new HashSet<>(pages);
            all.addAll(more);
            return new Entry(key, value, unit, all, range, part, concept, decimals);
        }
    }

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static Golden read(Path file) throws IOException {
        return parse(MAPPER.readTree(file.toFile()));
    }

    public static Golden parse(JsonNode root) {
        Map<String, String> doc = new LinkedHashMap<>();
        JsonNode d = root.path("document");
        for (String f : List.of("kind", "publishedOn", "accountingStandard", "fiscalYearEndMonth")) {
            if (d.has(f)) doc.put(f, d.get(f).isNull() ? null : d.get(f).asText());
        }
        JsonNode c = d.path("company");
        for (String f : List.of("name", "securitiesCode", "market")) {
            if (c.has(f)) doc.put("company." + f, c.get(f).isNull() ? null : c.get(f).asText());
        }
        List<Entry> entries = new ArrayList<>();
        for (JsonNode f : root.path("facts")) entries.add(entry(f));
        return new Golden(root.path("file").asText(null), doc, entries);
    }

    private static Entry entry(JsonNode f) {
        JsonNode p = f.get("period");
        Key key = new Key(Metric.fromJson(f.get("metric").asText()),
                Measure.fromJson(f.path("measure").asText("value")),
                text(f, "segment"),
                f.hasNonNull("consolidated") ? f.get("consolidated").asBoolean() : null,
                Span.fromJson(p.get("span").asText()),
                p.hasNonNull("start") ? LocalDate.parse(p.get("start").asText()) : null,
                LocalDate.parse(p.get("end").asText()),
                Basis.fromJson(f.path("basis").asText("actual")),
                text(f, "currency"), text(f, "range"), item(f));
        Set<Integer> pages = new HashSet<>();
        for (JsonNode n : f.path("pages")) pages.add(n.asInt());
        if (f.has("page")) pages.add(f.get("page").asInt());
        return new Entry(key, new BigDecimal(f.get("value").asText()), f.get("unit").asText(), pages,
                text(f, "range"), text(f, "part"), text(f, "concept"),
                f.hasNonNull("decimals") ? f.get("decimals").asInt() : null);
    }

    /** A line item is named by its statement, heading and label, as {@link dev.irx.model.Fact#item()} names it. */
    private static String item(JsonNode f) {
        if (!"line_item".equals(f.get("metric").asText())) return null;
        return LineItemName.key(Statement.fromJson(f.get("statement").asText()), text(f, "section"),
                f.get("label").asText());
    }

    private static String text(JsonNode n, String field) {
        return n.hasNonNull(field) ? n.get(field).asText() : null;
    }
}
