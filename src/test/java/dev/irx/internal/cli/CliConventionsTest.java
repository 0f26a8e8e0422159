package dev.irx.internal.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.IrxVersion;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The command-line conventions of issue 17: stdin, --password, --pages, --version, file modes, progress. */
class CliConventionsTest extends ConsoleCapture {

    private static final Path AUTHORED = Path.of("src/test/resources/text/authored-results.txt");
    private static final Path TANSHIN = Path.of("samples/iij-1q25-tanshin-summary.pdf");
    private static final Path DECK = Path.of("samples/iij-fy24-results.pdf");
    private static final Path HOSTILE = Path.of("samples/hostile");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private String stdout() { return out.toString(StandardCharsets.UTF_8); }

    private String stderr() { return err.toString(StandardCharsets.UTF_8); }

    // ---------------------------------------------------------------- --version, irxVersion

    @Test
    void versionIsTheBuildsAndEveryJsonCarriesIt(@TempDir Path dir) throws Exception {
        String pomVersion = pomVersion();
        assertEquals(pomVersion, IrxVersion.current());
        assertEquals(0, Main.run("--version"));
        assertEquals("irx " + pomVersion, stdout().strip());
        out.reset();
        assertEquals(0, Main.run("batch", "--version"));
        assertEquals("irx " + pomVersion, stdout().strip(), "a command's --version too");
        out.reset();
        assertEquals(0, Main.run("extract", AUTHORED.toString()));
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertEquals(pomVersion, root.get("irxVersion").asText());
        assertEquals(0, Main.run("batch", AUTHORED.toString(), "--out", dir.toString()));
        assertEquals(pomVersion, MAPPER.readTree(dir.resolve("authored-results.json").toFile()).get("irxVersion").asText());
        JsonNode line = MAPPER.readTree(Files.readAllLines(dir.resolve("batch-summary.jsonl")).get(0));
        assertEquals(pomVersion, line.get("irxVersion").asText());
    }

    /** The version the pom declares for the project (the first version after the artifactId). */
    private static String pomVersion() throws Exception {
        Matcher m = Pattern.compile("<artifactId>irx</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertTrue(m.find());
        return m.group(1);
    }

    // ---------------------------------------------------------------- stdin

    @Test
    void extractDashReadsStdinOnceAndGivesTheSameJsonAsThePath() throws Exception {
        assertEquals(0, Main.run("extract", TANSHIN.toString()));
        JsonNode byPath = MAPPER.readTree(stdout());
        out.reset();
        System.setIn(new ByteArrayInputStream(Files.readAllBytes(TANSHIN)));
        assertEquals(0, Main.run("extract", "-"), stderr());
        JsonNode byStdin = SchemaAssert.assertValid(stdout());
        assertEquals("stdin", byStdin.get("source").get("file").asText());
        ((ObjectNode) byPath.get("source")).put("file", "stdin");
        assertEquals(byPath, byStdin);
    }

    @Test
    void aPipeNamedByItsPathIsReadOnce(@TempDir Path dir) throws Exception {
        // /dev/stdin of `cat x.pdf | irx extract /dev/stdin` is a pipe like this one: it can be read only once
        Path fifo = dir.resolve("pipe");
        assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
        byte[] pdf = Files.readAllBytes(TANSHIN);
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(fifo)) {
                o.write(pdf);
            } catch (Exception e) {
                // the reader failed first; its assertion says why
            }
        });
        writer.start();
        assertEquals(0, Main.run("extract", fifo.toString()), stderr());
        writer.join(10_000);
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertEquals("kessan_tanshin", root.get("document").get("kind").asText());
        assertTrue(root.get("facts").size() > 10);
    }

    @Test
    void anEndlessStdinStopsAtTheDecodedBytesLimit() {
        System.setIn(new InputStream() {
            @Override
            public int read() { return 0; }

            @Override
            public int read(byte[] b, int off, int len) { return len; } // /dev/zero
        });
        assertEquals(1, Main.run("extract", "-", "--max-decoded-mb", "2"));
        assertTrue(stderr().contains("stdin: too large"), stderr());
    }

    @Test
    void batchDashReadsTheListOfInputsFromStdin(@TempDir Path dir) throws Exception {
        Path a = Files.copy(AUTHORED, dir.resolve("a.txt"));
        Path b = Files.copy(AUTHORED, dir.resolve("b.txt"));
        System.setIn(new ByteArrayInputStream((a + "\n\n" + b + "\n").getBytes(StandardCharsets.UTF_8)));
        assertEquals(0, Main.run("batch", "-", "--out", dir.resolve("out").toString()), stderr());
        assertTrue(Files.isRegularFile(dir.resolve("out/a.json")));
        assertTrue(Files.isRegularFile(dir.resolve("out/b.json")));
        assertEquals(2, Files.readAllLines(dir.resolve("out/batch-summary.jsonl")).size());
    }

    // ---------------------------------------------------------------- --password

    @Test
    void encryptedSaysAPasswordIsNeededOrWrongAndTheRightOneOpensIt(@TempDir Path dir) throws Exception {
        Path locked = HOSTILE.resolve("encrypted-password.pdf");
        assertEquals(1, Main.run("extract", locked.toString()));
        assertEquals(1, Main.run("extract", locked.toString(), "--password", "guess"));
        List<String> lines = stderr().lines().toList();
        assertEquals(List.of("irx: encrypted-password.pdf: encrypted PDF (a password is needed)",
                "irx: encrypted-password.pdf: encrypted PDF (wrong password)"), lines);

        assertEquals(0, Main.run("extract", locked.toString(), "--password", "irx-user"), stderr());
        JsonNode root = SchemaAssert.assertValid(stdout());
        assertEquals("kessan_tanshin", root.get("document").get("kind").asText());

        // the library: the reason stays encrypted, the message says which case
        IrxException none = assertThrows(IrxException.class, () -> IrxExtractor.builder().build().extract(locked));
        assertEquals(IrxException.Reason.ENCRYPTED, none.reason());
        IrxDocument doc = IrxExtractor.builder().password("owner-secret").build().extract(locked);
        IrxDocument open = IrxExtractor.builder().build().extract(HOSTILE.resolve("encrypted-empty-password.pdf"));
        assertEquals(values(open), values(doc), "the same page, whichever way it was encrypted");

        // one password for a batch: files with an empty user password still open
        Path pw = Files.writeString(dir.resolve("pw"), "irx-user\n");
        Path outDir = dir.resolve("out");
        assertEquals(1, Main.run("batch", HOSTILE.toString(), "--out", outDir.toString(), "--password-file", pw.toString()));
        for (String l : Files.readAllLines(outDir.resolve("batch-summary.jsonl"))) {
            JsonNode n = MAPPER.readTree(l);
            String name = Path.of(n.get("file").asText()).getFileName().toString();
            if (name.startsWith("encrypted")) assertEquals("ok", n.get("status").asText(), l);
        }
    }

    private static List<String> values(IrxDocument doc) {
        List<String> v = new ArrayList<>();
        for (Fact f : doc.facts()) v.add(f.metric().json() + " " + f.period() + " " + f.value().toPlainString());
        return v;
    }

    // ---------------------------------------------------------------- --pages

    @Test
    void pagesReadsOnlyThosePagesAndFactsKeepTheirTrueNumbers() throws Exception {
        assertEquals(0, Main.run("extract", AUTHORED.toString()));
        JsonNode all = MAPPER.readTree(stdout());
        assertFalse(all.get("source").has("pagesRead"), "no selection, no field: outputs as before");
        out.reset();
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "--pages", "2"));
        JsonNode two = SchemaAssert.assertValid(stdout());
        assertEquals(2, two.get("source").get("pages").asInt(), "the document's page count");
        assertEquals("[2]", two.get("source").get("pagesRead").toString());
        assertTrue(two.get("facts").size() > 0);
        for (JsonNode f : two.get("facts")) assertEquals(2, f.get("page").asInt(), f.toString());
        assertTrue(all.get("facts").size() > two.get("facts").size());

        // a PDF through the builder: the pages left out are not read, the rest keep their numbers
        IrxDocument full = IrxExtractor.builder().build().extract(DECK);
        IrxDocument some = IrxExtractor.builder().pages("1,12-13").build().extract(DECK);
        assertEquals(List.of(1, 12, 13), some.source().pagesRead());
        assertEquals(full.source().pages(), some.source().pages());
        assertEquals(full.document().kind(), some.document().kind(), "page 1 kept: the kind is told as before");
        assertTrue(some.facts().stream().allMatch(f -> Set.of(1, 12, 13).contains(f.where().page())));
        assertTrue(some.facts().stream().anyMatch(f -> f.where().page() == 12));
        SchemaAssert.assertValid(IrxExtractor.toJson(some, false));
    }

    @Test
    void aBadPageListIsAUsageErrorAndPagesPastTheEndAreAWarning() throws Exception {
        assertEquals(2, Main.run("extract", AUTHORED.toString(), "--pages", "3-1"));
        assertEquals(2, Main.run("extract", AUTHORED.toString(), "--pages", "0"));
        assertEquals(2, Main.run("batch", AUTHORED.toString(), "--out", "target/never", "--pages", "x"));
        assertTrue(stderr().contains("--pages"), stderr());
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "--pages", "2,9"));
        JsonNode root = MAPPER.readTree(stdout());
        assertTrue(root.get("warnings").toString().contains("the document has 2 pages"), root.get("warnings").toString());
    }

    // ---------------------------------------------------------------- file modes

    @Test
    void outputFilesHaveTheModeOfAnyNewFile(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX");
        Process p = new ProcessBuilder("sh", "-c", "umask").start();
        int umask = Integer.parseInt(new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip(), 8);
        assertEquals(0, p.waitFor());
        int expected = 0666 & ~umask;

        Path one = dir.resolve("one.json");
        assertEquals(0, Main.run("extract", AUTHORED.toString(), "-o", one.toString()));
        assertEquals(expected, mode(one), Integer.toOctalString(mode(one)));
        assertEquals(0, Main.run("batch", AUTHORED.toString(), "--out", dir.resolve("out").toString()));
        assertEquals(expected, mode(dir.resolve("out/authored-results.json")));
        assertEquals(expected, mode(dir.resolve("out/batch-summary.jsonl")));
    }

    private static int mode(Path f) throws Exception {
        int m = 0;
        for (PosixFilePermission perm : Files.getPosixFilePermissions(f)) m |= 1 << (8 - perm.ordinal());
        return m;
    }

    // ---------------------------------------------------------------- progress

    @Test
    void theBarShowsRateAndTimeLeft() {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong(0);
        Progress bar = new Progress(new PrintStream(buf, true, StandardCharsets.UTF_8), 4, true, now::get);
        assertTrue(bar.line(null).contains("0/4") && bar.line(null).contains("ETA --:--"), bar.line(null));
        now.set(5_000_000_000L);
        bar.fileDone("a.pdf", "ok", true);
        now.set(10_000_000_000L);
        bar.fileDone("b.pdf", "ok", true);
        // 2 files in 10 s: 0.2 files/s, 2 left, 10 s
        assertEquals("[============>           ] 2/4  50%  0.2 files/s  ETA 0:10  b.pdf", bar.line("b.pdf"));
        bar.message("irx: c.pdf: damaged PDF");
        bar.finish();
        String shown = buf.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("\r\033[Kirx: c.pdf: damaged PDF\n"), "a message clears the bar first: " + shown);
        assertTrue(shown.endsWith("\n"));
        assertEquals("1:01:01", Progress.clock(3661));
    }

    @Test
    void withoutATerminalProgressIsPlainLines(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < Progress.PLAIN_THRESHOLD; i++) Files.copy(AUTHORED, in.resolve("r" + i + ".txt"));
        assertEquals(0, Main.run("batch", in.toString(), "--out", dir.resolve("out").toString(), "--jobs", "2"));
        List<String> lines = stderr().lines().toList();
        assertFalse(stderr().contains("\r"), "no bar: stderr is not a terminal here");
        Pattern plain = Pattern.compile("\\[(\\d+)/10] r\\d\\.txt: ok, \\d+ facts");
        assertEquals(10, lines.stream().filter(l -> plain.matcher(l).matches()).count(), stderr());
        assertTrue(lines.get(lines.size() - 1).startsWith("irx: 10 file(s), 10 ok"), stderr());
        assertNotEquals(0, lines.size());
    }
}
