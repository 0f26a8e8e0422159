package dev.irx.internal.read;

import dev.irx.IrxExtractor;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages per second of the whole {@code irx extract} pipeline (read, extract, validate, JSON) and of
 * {@link DocumentReader} alone, against plain {@link PDFTextStripper#getText} on the same PDFs (the
 * real 決算短信 in ../shared when present, else the committed fixtures). Not a timed test: it prints figures.
 *
 * <pre>mvn -B -q test -Dgroups=benchmark -DexcludedGroups= -Dtest=ReaderBenchmark</pre>
 */
@Tag("benchmark")
class ReaderBenchmark {

    private static final int WARMUP_ROUNDS = 5;
    private static final int ROUNDS = 15;

    @Test
    void pagesPerSecond(@TempDir Path dir) throws Exception {
        List<Path> files = new ArrayList<>(Fixtures.tanshinPdfs());
        String corpus = files.isEmpty() ? "samples/" : "../shared/realdata/tanshin + samples/";
        // The samples are where the extraction rules fire, so the pipeline's cost shows there.
        try (var s = Files.list(Path.of("samples"))) {
            s.filter(p -> p.toString().endsWith(".pdf")).sorted().forEach(files::add);
        }
        DocumentReader reader = new DocumentReader();
        IrxExtractor irx = IrxExtractor.builder().build();
        for (int i = 0; i < WARMUP_ROUNDS; i++) {
            runPipeline(irx, files);
            runReader(reader, files);
            runStripper(files, false);
            runStripper(files, true);
        }
        long pages = 0, tPipeline = 0, tReader = 0, tStrip = 0, tSorted = 0;
        for (int i = 0; i < ROUNDS; i++) { // interleaved, so that drift hits all alike
            long tp = System.nanoTime();
            runPipeline(irx, files);
            long t0 = System.nanoTime();
            tPipeline += t0 - tp;
            pages += runReader(reader, files);
            long t1 = System.nanoTime();
            runStripper(files, false);
            long t2 = System.nanoTime();
            runStripper(files, true);
            long t3 = System.nanoTime();
            tReader += t1 - t0;
            tStrip += t2 - t1;
            tSorted += t3 - t2;
        }
        double ppsPipeline = pages / (tPipeline / 1e9);
        double ppsReader = pages / (tReader / 1e9);
        double ppsStrip = pages / (tStrip / 1e9);
        double ppsSorted = pages / (tSorted / 1e9);
        System.out.printf("ReaderBenchmark: %d files (%s), %d pages per round, %d rounds after %d warm-up%n",
                files.size(), corpus, pages / ROUNDS, ROUNDS, WARMUP_ROUNDS);
        System.out.printf("  irx extract pipeline (to JSON)      %8.1f pages/s%n", ppsPipeline);
        System.out.printf("  DocumentReader.read                 %8.1f pages/s%n", ppsReader);
        System.out.printf("  PDFTextStripper.getText             %8.1f pages/s%n", ppsStrip);
        System.out.printf("  PDFTextStripper.getText (sorted)    %8.1f pages/s%n", ppsSorted);
        System.out.printf("  cost ratio reader/stripper          %8.2f x%n", (double) tReader / tStrip);
        System.out.printf("  cost ratio pipeline/stripper        %8.2f x%n", (double) tPipeline / tStrip);
    }

    private static long runPipeline(IrxExtractor irx, List<Path> files) throws Exception {
        long chars = 0;
        for (Path f : files) chars += IrxExtractor.toJson(irx.extract(f), false).length();
        return chars;
    }

    private static long runReader(DocumentReader reader, List<Path> files) throws Exception {
        long pages = 0;
        for (Path f : files) pages += reader.read(f).pageCount();
        return pages;
    }

    private static long runStripper(List<Path> files, boolean sort) throws IOException {
        long chars = 0;
        for (Path f : files) {
            try (PDDocument doc = Loader.loadPDF(f.toFile(), "", IOUtils.createTempFileOnlyStreamCache())) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(sort);
                chars += s.getText(doc).length();
            }
        }
        return chars;
    }
}
