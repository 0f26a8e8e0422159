package dev.irx;

import dev.irx.model.IrxDocument;
import dev.irx.testing.SchemaAssert;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The library used the way an ETL job uses it: one shared instance, many files, many threads. */
class IrxExtractorTest {

    private static List<Path> inputs() throws Exception {
        List<Path> files = new ArrayList<>();
        files.add(Path.of("src/test/resources/text/authored-results.txt"));
        try (Stream<Path> pdfs = Files.list(Path.of("src/test/resources/pdf"))) {
            pdfs.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        Path seeds = Path.of("../shared/seeds");
        if (Files.isDirectory(seeds)) {
            try (Stream<Path> s = Files.list(seeds)) {
                s.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @Test
    void parallelCallsGiveTheSameResultsAsSequentialOnesAndPrintNothing() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        List<Path> files = inputs();
        assertTrue(files.size() >= 3, files.toString());
        List<String> sequential = new ArrayList<>();
        for (Path f : files) sequential.add(IrxExtractor.toJson(irx.extract(f), false));

        PrintStream oldOut = System.out, oldErr = System.err;
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> parallel = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
            List<Future<String>> futures = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (Path f : files) futures.add(pool.submit(() -> IrxExtractor.toJson(irx.extract(f), false)));
            }
            for (Future<String> fu : futures) parallel.add(fu.get());
        } finally {
            pool.shutdown();
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        for (int i = 0; i < parallel.size(); i++) {
            assertEquals(sequential.get(i % files.size()), parallel.get(i), files.get(i % files.size()).toString());
        }
        for (String json : sequential) SchemaAssert.assertValid(json);
        assertEquals("", console.toString(StandardCharsets.UTF_8), "the library printed to the console");
    }

    @Test
    void streamInputIsNamedInOutputAndErrors() throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        Path text = Path.of("src/test/resources/text/authored-results.txt");
        try (InputStream in = Files.newInputStream(text)) {
            IrxDocument doc = irx.extract(in, "from-stream.txt");
            assertEquals("from-stream.txt", doc.source().file());
            assertEquals(irx.extract(text).source().sha256(), doc.source().sha256());
        }
        IrxException e = assertThrows(IrxException.class, () -> irx.extract(
                new ByteArrayInputStream(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13}),
                "picture.pdf"));
        assertEquals(IrxException.Reason.UNSUPPORTED_TYPE, e.reason());
        assertTrue(e.getMessage().startsWith("picture.pdf: "), e.getMessage());
    }

    @Test
    void withoutValidationEveryFactIsUnchecked() throws Exception {
        IrxDocument doc = IrxExtractor.builder().validate(false).build()
                .extract(Path.of("src/test/resources/text/authored-results.txt"));
        assertTrue(doc.checks().isEmpty());
        assertTrue(doc.facts().stream().allMatch(f -> f.status() == dev.irx.model.FactStatus.UNCHECKED));
        assertTrue(!doc.facts().isEmpty());
    }
}
