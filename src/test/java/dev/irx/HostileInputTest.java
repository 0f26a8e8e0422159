package dev.irx;

import dev.irx.IrxException.Reason;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.read.ReadLimits;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Damage the fuzz runs found, made here from the fixtures: each once failed as an error of ours, hung, or ran
 * out of memory. A file over a limit fails alone with its reason; a readable one reads.
 */
class HostileInputTest {

    private static final Path TANSHIN = Path.of("src/test/resources/pdf/tanshin-range.pdf");
    private static final Path TABLE = Path.of("src/test/resources/pdf/table.pdf");

    private final IrxExtractor irx = IrxExtractor.builder().build();

    private static IrxException fails(IrxExtractor irx, Path file, Reason reason) {
        IrxException e = assertThrows(IrxException.class, () -> irx.extract(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": "), e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        return e;
    }

    @Test
    void aBlankPageBeforeTheFiguresIsSkippedAndTheirPagesKept(@TempDir Path dir) throws Exception {
        // PDFBox reads no page without contents: page 2 is the first one read
        Path f = dir.resolve("blank-first.pdf");
        try (PDDocument doc = Loader.loadPDF(TANSHIN.toFile())) {
            doc.getPages().insertBefore(new PDPage(), doc.getPage(0));
            doc.save(f.toFile());
        }
        List<Fact> before = irx.extract(TANSHIN).facts();
        IrxDocument after = irx.extract(f);
        assertEquals(before.size(), after.facts().size());
        assertEquals(2, after.source().pages(), "the blank page is counted");
        assertTrue(after.facts().stream().allMatch(x -> x.page() == 2), "the figures stand on page 2");
    }

    @Test
    void aTotalRowOutsideAnyBlockIsALabelLikeAnyOther(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("total.txt");
        Files.writeString(f, "2024年3月期 決算説明資料\n\n業績の推移\n（単位：百万円）\n2023年3月期 2024年3月期\n"
                + "売上高 100 200\n合計 100 200\n");
        IrxDocument doc = irx.extract(f);
        assertEquals(2, doc.facts().size(), doc.facts().toString());
    }

    @Test
    void aPredictorWithRowsOfNoBytesIsDamagedNotAHang(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("columns0.pdf");
        try (PDDocument doc = Loader.loadPDF(TABLE.toFile())) {
            COSStream contents = (COSStream) doc.getPage(0).getCOSObject().getDictionaryObject(COSName.CONTENTS);
            COSDictionary parms = new COSDictionary();
            parms.setInt(COSName.PREDICTOR, 2);
            parms.setInt(COSName.COLUMNS, 0);
            contents.setItem(COSName.DECODE_PARMS, parms);
            doc.save(f.toFile());
        }
        fails(irx, f, Reason.DAMAGED);
    }

    @Test
    void nestingDeeperThanTheStackIsDamaged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("nested.pdf");
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        Files.writeString(f, minimalPdf("<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>"),
                StandardCharsets.ISO_8859_1);
        fails(irx, f, Reason.DAMAGED);
    }

    @Test
    void aStreamThatInflatesPastTheLimitIsTooLarge(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("bomb.pdf");
        try (PDDocument doc = Loader.loadPDF(TABLE.toFile())) {
            COSStream bomb = doc.getDocument().createCOSStream();
            try (OutputStream out = bomb.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(new byte[3 << 20]); // 3 MiB of zeros, a few kB deflated
            }
            doc.getPage(0).getCOSObject().setItem(COSName.getPDFName("Bomb"), bomb);
            doc.save(f.toFile());
        }
        IrxExtractor small = IrxExtractor.builder().limits(new ReadLimits(100, 2 << 20, 1L << 30, 100_000)).build();
        IrxException e = fails(small, f, Reason.TOO_LARGE);
        assertTrue(e.getMessage().contains("2 MiB"), e.getMessage());
        assertEquals(9, irx.extract(f).facts().size(), "under the default limit it reads");
    }

    @Test
    void pagesAndGlyphsOverTheirLimitsAreTooLarge(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("two-pages.pdf");
        try (PDDocument doc = Loader.loadPDF(TABLE.toFile())) {
            doc.importPage(doc.getPage(0));
            doc.save(f.toFile());
        }
        fails(IrxExtractor.builder().limits(new ReadLimits(1, 1L << 28, 1L << 30, 100_000)).build(), f,
                Reason.TOO_LARGE);
        fails(IrxExtractor.builder().limits(new ReadLimits(10, 1L << 28, 1L << 30, 20)).build(), f,
                Reason.TOO_LARGE);
    }

    @Test
    void aTextLineOverTheGlyphLimitIsTooLarge(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("long.txt");
        Files.writeString(f, "売上高 100百万円 ".repeat(20) + "\n");
        fails(IrxExtractor.builder().limits(new ReadLimits(10, 1L << 28, 1L << 30, 100)).build(), f, Reason.TOO_LARGE);
        irx.extract(f); // under the default, it reads
    }

    @Test
    void aPageTreeWhoseCountLiesIsReadByItsPages(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("count-lie.pdf");
        try (PDDocument doc = Loader.loadPDF(TABLE.toFile())) {
            doc.getPages().getCOSObject().setInt(COSName.COUNT, 1_000_000_000);
            doc.save(f.toFile());
        }
        assertEquals(9, irx.extract(f).facts().size());
    }

    @Test
    void aFileNotReadInTimeFailsWithTimeout() {
        IrxExtractor hurried = IrxExtractor.builder().timeout(Duration.ofMillis(1)).build();
        IrxException e = assertThrows(IrxException.class, () -> hurried.extract(TANSHIN));
        assertEquals(Reason.TIMEOUT, e.reason());
        assertEquals("tanshin-range.pdf: timed out (over 1 ms)", e.getMessage());
    }

    @Test
    void aFifoOrADirectoryIsNeverOpened(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.pdf");
        boolean made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        if (made) assertTrue(fails(irx, fifo, Reason.IO).getMessage().contains("not a regular file"));
        Path sub = Files.createDirectory(dir.resolve("sub.pdf"));
        assertTrue(fails(irx, sub, Reason.IO).getMessage().contains("a directory"));
        Path link = dir.resolve("dangling.pdf");
        Files.createSymbolicLink(link, dir.resolve("gone.pdf"));
        assertTrue(fails(irx, link, Reason.IO).getMessage().contains("symbolic link"));
    }

    /** A one-page PDF whose catalog is given; offsets are left for PDFBox to repair. */
    private static String minimalPdf(String catalog) {
        return "%PDF-1.7\n1 0 obj\n" + catalog + "\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
                + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n"
                + "trailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n";
    }
}
