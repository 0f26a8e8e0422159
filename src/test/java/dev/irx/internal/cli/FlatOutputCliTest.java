package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import dev.irx.internal.output.FactRows;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** --format jsonl|csv on the command line: extract's stdout, batch's files and their combined file. */
class FlatOutputCliTest extends ConsoleCapture {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static List<List<String>> csv(String text) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(List.class)
                .<List<String>>readValues(text)) {
            while (it.hasNext()) rows.add(it.next());
        }
        return rows;
    }

    private int facts() throws Exception {
        out.reset();
        assertEquals(0, Main.run("extract", AUTHORED.toString()));
        int n = MAPPER.readTree(out.toString(StandardCharsets.UTF_8)).get("facts").size();
        out.reset();
        assertTrue(n > 5);
        return n;
    }

    @Test
    void extractWritesOneCsvRecordPerFact() throws Exception {
        int facts = facts();
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "--format", "csv"));
        List<List<String>> rows = csv(out.toString(StandardCharsets.UTF_8));
        assertEquals(FactRows.COLUMNS, rows.get(0));
        assertEquals(facts, rows.size() - 1);
        out.reset();
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "--format", "JSONL"));
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(facts, lines.length);
        assertEquals(FactRows.COLUMNS.size(), MAPPER.readTree(lines[0]).size());
        assertEquals(2, Main.run("extract", AUTHORED.toString(), "--format", "xml"), "a usage error");
    }

    @Test
    void batchWritesAFilePerInputAndOneOfAllRows(@TempDir Path dir) throws Exception {
        int facts = facts();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(AUTHORED, in.resolve("a.txt"));
        Files.createDirectories(in.resolve("sub"));
        Files.copy(AUTHORED, in.resolve("sub/b.txt"));
        Files.writeString(in.resolve("broken.txt"), ""); // fails: its rows are nowhere
        Path o = dir.resolve("out");
        assertEquals(1, Main.run("batch", in.toString(), "--out", o.toString(), "--format", "csv", "--jobs", "2"));
        assertEquals(facts, csv(Files.readString(o.resolve("a.csv"))).size() - 1);
        assertEquals(facts, csv(Files.readString(o.resolve("sub/b.csv"))).size() - 1);
        assertFalse(Files.exists(o.resolve("a.json")), "no JSON in a flat run");
        List<List<String>> all = csv(Files.readString(o.resolve("batch-facts.csv")));
        assertEquals(FactRows.COLUMNS, all.get(0), "one header");
        assertEquals(2 * facts, all.size() - 1, "every row of every input that succeeded, once");
        int file = FactRows.COLUMNS.indexOf("file");
        assertEquals("a.txt", all.get(1).get(file), "in the order of the inputs");
        assertEquals("b.txt", all.get(all.size() - 1).get(file));
        for (String line : Files.readAllLines(o.resolve("batch-summary.jsonl"))) {
            JsonNode e = MAPPER.readTree(line);
            if (e.get("status").asText().equals("ok")) assertTrue(e.get("output").asText().endsWith(".csv"), line);
        }
    }

    @Test
    void anInputNamedAfterTheBatchsOwnFilesDoesNotOverwriteThem(@TempDir Path dir) throws Exception {
        int facts = facts();
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.copy(AUTHORED, in.resolve("batch-summary.txt"));
        Files.copy(AUTHORED, in.resolve("batch-facts.txt"));
        Path o = dir.resolve("out");
        assertEquals(0, Main.run("batch", in.toString(), "--out", o.toString(), "--format", "jsonl"));
        List<String> summary = Files.readAllLines(o.resolve("batch-summary.jsonl"));
        assertEquals(2, summary.size(), "the summary is the summary");
        for (String line : summary) assertEquals("ok", MAPPER.readTree(line).get("status").asText(), line);
        assertEquals(facts, Files.readAllLines(o.resolve("batch-summary.txt.jsonl")).size());
        assertEquals(facts, Files.readAllLines(o.resolve("batch-facts.txt.jsonl")).size());
        assertEquals(2 * facts, Files.readAllLines(o.resolve("batch-facts.jsonl")).size());
    }
}
