package dev.irx.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.IrxExtractor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode over the samples and one garbage file, against the CLI ({@code irx batch --format csv}, the
 * repository's target/irx.jar) on the same files: the same fact rows, the same status per file.
 */
class IrxJobTest {

    private static final String GARBAGE = "garbage.pdf";

    private static SparkSession spark;

    @TempDir
    static Path tmp;

    private static Path inputs;
    private static Path cliOut;
    private static IrxJob.Summary first;
    private static Path out;

    @BeforeAll
    static void runBoth() throws Exception {
        inputs = Files.createDirectories(tmp.resolve("in"));
        try (Stream<Path> s = Files.list(LocalSpark.root().resolve("samples"))) {
            for (Path p : s.filter(p -> p.toString().endsWith(".pdf")).toList()) Files.copy(p, inputs.resolve(p.getFileName()));
        }
        byte[] junk = new byte[4096];
        new Random(18).nextBytes(junk);
        byte[] header = "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII); // a PDF by its first bytes, and nothing more
        System.arraycopy(header, 0, junk, 0, header.length);
        Files.write(inputs.resolve(GARBAGE), junk);

        cliOut = tmp.resolve("cli");
        Path jar = LocalSpark.root().resolve("target/irx.jar");
        assertTrue(Files.isRegularFile(jar), "the CLI's jar is built first (mvn package at the root): " + jar);
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                jar.toString(), "batch", "--format", "csv", "--jobs", "2", "--out", cliOut.toString(), inputs.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("cli.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the CLI did not finish");
        assertEquals(1, p.exitValue(), "the CLI fails on the garbage file only: " + Files.readString(tmp.resolve("cli.log")));

        spark = LocalSpark.start(2);
        out = tmp.resolve("tables");
        first = IrxJob.run(spark, JobOptions.parse(inputs.toUri().toString(), out.toString(), "--partitions", "4"));
    }

    @AfterAll
    static void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void factRowsAreTheClisCsvRows() throws IOException {
        List<String> cli = records(Files.readString(cliOut.resolve("batch-facts.csv"), StandardCharsets.UTF_8));
        assertEquals(csvRecord(IrxExtractor.factColumns()), cli.remove(0), "the CLI's header");
        Column[] columns = IrxExtractor.factColumns().stream().map(org.apache.spark.sql.functions::col).toArray(Column[]::new);
        List<String> parquet = new ArrayList<>();
        for (Row r : spark.read().parquet(out.resolve("facts").toString()).select(columns).collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < r.size(); i++) values.add(r.get(i));
            parquet.add(csvRecord(values));
        }
        assertTrue(cli.size() > 100, "the samples have facts: " + cli.size());
        cli.sort(null);
        parquet.sort(null);
        assertEquals(cli, parquet);
        assertEquals(cli.size(), first.facts());
    }

    @Test
    void factsArePartitionedByKindAndYear() throws IOException {
        try (Stream<Path> s = Files.walk(out.resolve("facts"))) {
            List<String> parts = s.filter(p -> p.toString().endsWith(".parquet"))
                    .map(p -> out.resolve("facts").relativize(p.getParent()).toString()).distinct().sorted().toList();
            assertTrue(!parts.isEmpty() && parts.stream().allMatch(x -> x.matches("documentKind=[a-z_]+/publishedYear=\\d{4}")),
                    parts.toString());
            Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
            List<String> values = facts.select("documentKind", "publishedYear").distinct().collectAsList().stream()
                    .map(r -> "documentKind=" + r.get(0) + "/publishedYear=" + r.get(1)).sorted().toList();
            assertEquals(values, parts);
        }
        Dataset<Row> facts = spark.read().parquet(out.resolve("facts").toString());
        for (Row r : facts.select("publishedOn", "publishedYear").distinct().collectAsList()) {
            if (r.isNullAt(0)) assertTrue(r.isNullAt(1), r.toString());
            else assertEquals(Integer.parseInt(r.getString(0).substring(0, 4)), r.getInt(1), r.toString());
        }
    }

    @Test
    void oneFilesRowPerInputAsTheClisSummary() throws IOException {
        Map<String, Row> cli = new TreeMap<>();
        for (Row r : spark.read().json(cliOut.resolve("batch-summary.jsonl").toString())
                .select("file", "status", "reason", "facts", "sha256").collectAsList()) {
            cli.put(Path.of(r.getString(0)).getFileName().toString(), r);
        }
        Map<String, Row> job = new TreeMap<>();
        List<Row> rows = spark.read().parquet(out.resolve("files").toString()).collectAsList();
        for (Row r : rows) job.put(r.getAs("file"), r);
        assertEquals(rows.size(), job.size(), "one row per input");
        assertEquals(cli.keySet(), job.keySet());
        for (String f : cli.keySet()) {
            Row c = cli.get(f), j = job.get(f);
            assertEquals(c.getString(1), j.getAs("status"), f);
            assertEquals(c.isNullAt(2) ? null : c.getString(2), j.getAs("reason"), f);
            assertEquals(c.getLong(3), (long) j.<Long>getAs("facts"), f);
            assertEquals(c.getString(4), j.getAs("sha256"), f);
            assertTrue(((String) j.getAs("path")).endsWith("/" + f), j.toString());
            assertEquals(dev.irx.IrxVersion.current(), j.getAs("irxVersion"));
        }
        Row garbage = job.get(GARBAGE);
        assertEquals("error", garbage.getAs("status"));
        assertEquals("damaged", garbage.getAs("reason"));
        assertTrue(((String) garbage.getAs("message")).startsWith(GARBAGE + ": damaged PDF"), garbage.toString());
        assertEquals(new IrxJob.Summary(9, 8, 1, 0, first.facts()), first);
    }

    @Test
    void resumeSkipsWhatIsDone() throws IOException {
        Path again = tmp.resolve("again");
        copyTree(out, again); // the other tests read `out` as the first run left it
        long facts = spark.read().parquet(again.resolve("facts").toString()).count();
        // the garbage file is done too: its bytes decide its reason
        IrxJob.Summary s = IrxJob.run(spark, JobOptions.parse(inputs.toString(), again.toString(), "--resume"));
        assertEquals(new IrxJob.Summary(9, 0, 0, 9, 0), s);
        assertEquals(facts, spark.read().parquet(again.resolve("facts").toString()).count());
        assertEquals(9, spark.read().parquet(again.resolve("files").toString()).count());

        // without --resume, tables already there are not written over
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> IrxJob.run(spark, JobOptions.parse(inputs.toString(), again.toString())));
        assertTrue(e.getMessage().contains("--resume"), e.getMessage());
    }

    @Test
    void aListOfPathsIsReadAsTheDirectoryIs() throws IOException {
        Path list = tmp.resolve("list.txt");
        List<String> lines = new ArrayList<>(List.of("# two of the inputs", ""));
        lines.add(inputs.resolve(GARBAGE).toString());
        lines.add(inputs.resolve("iij-1q25-tanshin-summary.pdf").toUri().toString());
        Files.write(list, lines);
        Path listed = tmp.resolve("listed");
        IrxJob.Summary s = IrxJob.run(spark, JobOptions.parse(list.toString(), listed.toString(), "--list"));
        assertEquals(2, s.inputs());
        assertEquals(1, s.failed());
        Map<String, Long> facts = spark.read().parquet(out.resolve("files").toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("file"), r -> r.getAs("facts")));
        assertEquals(facts.get("iij-1q25-tanshin-summary.pdf"), s.facts());
        Row missing = spark.read().parquet(listed.resolve("files").toString()).where("file = '" + GARBAGE + "'").first();
        assertEquals("damaged", missing.getAs("reason"));
    }

    /** irx's CSV split into records: CRLF ends one, except inside quotes. */
    private static List<String> records(String csv) {
        List<String> out = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (c == '"') quoted = !quoted;
            else if (!quoted && c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                out.add(csv.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        assertEquals(csv.length(), start, "the CSV ends in CRLF");
        return out;
    }

    /** One record as irx writes it (RFC 4180: empty for null, quoted where it holds a comma, quote or line break). */
    private static String csvRecord(List<?> values) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) sb.append(',');
            Object v = values.get(i);
            if (v == null) continue;
            String s = v.toString();
            boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
            sb.append(quote ? '"' + s.replace("\"", "\"\"") + '"' : s);
        }
        return sb.toString();
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
