package dev.irx;

import dev.irx.IrxException.Reason;
import dev.irx.model.Fact;
import dev.irx.model.IrxDocument;
import dev.irx.ReadLimits;
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
    void nestingOverTheLimitIsTooLargeBeforePdfBoxRecursesIntoIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("nested.pdf");
        Files.writeString(f, minimalPdf("<< /Type /Catalog /Pages 2 0 R /Deep " + nested(100_000) + " >>"),
                StandardCharsets.ISO_8859_1);
        IrxException e = fails(irx, f, Reason.TOO_LARGE);
        assertTrue(e.getMessage().contains("nested over 100 deep"), e.getMessage());
        // under the limit the file is read as far as it goes (it has no text); the limit is the builder's
        Files.writeString(f, minimalPdf("<< /Type /Catalog /Pages 2 0 R /Deep " + nested(60) + " >>"),
                StandardCharsets.ISO_8859_1);
        fails(irx, f, Reason.NO_TEXT_LAYER);
        fails(IrxExtractor.builder().limits(ReadLimits.DEFAULT.withMaxNesting(50)).build(), f, Reason.TOO_LARGE);
    }

    @Test
    void nestingInAnObjectStreamIsMeasuredBeforePdfBoxLoadsIt(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("objstm.pdf");
        try (PDDocument doc = Loader.loadPDF(TABLE.toFile())) {
            COSDictionary holder = new COSDictionary(); // an indirect object, which PDFBox compresses
            holder.setItem(COSName.getPDFName("Deep"), nestedArray(1_000));
            holder.setDirect(false);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.getPDFName("Holder"), holder);
            doc.save(f.toFile(), org.apache.pdfbox.pdfwriter.compress.CompressParameters.DEFAULT_COMPRESSION);
        }
        String raw = Files.readString(f, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/ObjStm") && !raw.contains("[[[["), "the nesting is inside a compressed object stream");
        fails(irx, f, Reason.TOO_LARGE);
    }

    @Test
    void nestingInAContentStreamIsTooLargeAndOrdinaryContentReads(@TempDir Path dir) throws Exception {
        int facts = irx.extract(TABLE).facts().size();
        Path f = dir.resolve("content.pdf");
        withContent(TABLE, f, nested(100_000));
        fails(irx, f, Reason.TOO_LARGE);
        withContent(TABLE, f, "q ".repeat(1_000_000));
        IrxException e = fails(irx, f, Reason.TOO_LARGE);
        assertTrue(e.getMessage().contains("graphics states (q) nested over 100 deep"), e.getMessage());
        // strings, comments and inline images are not syntax: their brackets do not count
        withContent(TABLE, f, "q ".repeat(30) + "(" + "[".repeat(500) + ") Tj % " + "<<".repeat(500) + "\n"
                + "BI /W 8 /H 8 /BPC 8 /CS /G ID " + "[".repeat(500) + " EI " + "Q ".repeat(30));
        assertEquals(facts, irx.extract(f).facts().size());
    }

    @Test
    void theCraftedNestingFilesAreTooLarge() throws Exception {
        Path dir = dev.irx.testing.Shared.ROOT.resolve("fuzz/crafted");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "../shared/fuzz/crafted not present; skipped");
        List<Path> files;
        try (var s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().startsWith("nest-")).sorted().toList();
        }
        org.junit.jupiter.api.Assumptions.assumeFalse(files.isEmpty(), "no nest-* files; skipped");
        for (Path p : files) {
            IrxException e = fails(irx, p, Reason.TOO_LARGE);
            assertTrue(e.getMessage().contains("nested over 100 deep"), e.getMessage());
        }
    }

    @Test
    void glyphsThatMapToNoTextAreCountedAndWarnedNeverASilentOk(@TempDir Path dir) throws Exception {
        IrxDocument clean = irx.extract(TANSHIN);
        assertTrue(clean.warnings().stream().noneMatch(w -> w.startsWith("glyphs with no Unicode")), clean.warnings().toString());
        // one font loses its ToUnicode map: PDFBox drops its glyphs, and the page comes out short
        Path f = dir.resolve("one-font.pdf");
        withoutToUnicode(TANSHIN, f, 1);
        IrxDocument doc = irx.extract(f);
        List<String> w = doc.warnings().stream().filter(x -> x.startsWith("glyphs with no Unicode text on p.1 ")).toList();
        assertEquals(1, w.size(), doc.warnings().toString());
        assertTrue(w.get(0).matches(".*\\(1 of 1 pages\\): [1-9][0-9]* of their [1-9][0-9]* glyphs map to no character.*"), w.get(0));
        // every font: nothing maps, and the message says why there is no text
        withoutToUnicode(TANSHIN, f, Integer.MAX_VALUE);
        IrxException e = fails(irx, f, Reason.NO_TEXT_LAYER);
        assertTrue(e.getMessage().contains("glyphs map to no Unicode text"), e.getMessage());
    }

    /**
     * The file with no Unicode mapping in its first {@code fonts} composite fonts: their ToUnicode maps are removed,
     * and the embedded TrueType's own {@code cmap} table, which PDFBox would look codes up in instead, is renamed.
     */
    private static void withoutToUnicode(Path src, Path out, int fonts) throws Exception {
        try (PDDocument doc = Loader.loadPDF(src.toFile())) {
            int removed = 0;
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    if (removed < fonts && page.getResources().getFont(n) instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t
                            && t.getCOSObject().containsKey(COSName.TO_UNICODE)) {
                        t.getCOSObject().removeItem(COSName.TO_UNICODE);
                        org.apache.pdfbox.pdmodel.common.PDStream file = t.getDescendantFont().getFontDescriptor().getFontFile2();
                        byte[] ttf;
                        try (var in = file.createInputStream()) {
                            ttf = in.readAllBytes();
                        }
                        int tables = ((ttf[4] & 0xFF) << 8) | (ttf[5] & 0xFF);
                        for (int i = 0, at = 12; i < tables; i++, at += 16) {
                            if (ttf[at] == 'c' && ttf[at + 1] == 'm' && ttf[at + 2] == 'a' && ttf[at + 3] == 'p') ttf[at + 3] = 'q';
                        }
                        try (OutputStream o = file.getCOSObject().createOutputStream(COSName.FLATE_DECODE)) {
                            o.write(ttf);
                        }
                        removed++;
                    }
                }
            }
            assertTrue(removed > 0, "the fixture has composite fonts with ToUnicode maps");
            doc.save(out.toFile());
        }
    }

    private static String nested(int depth) { return "[".repeat(depth) + "]".repeat(depth); }

    private static org.apache.pdfbox.cos.COSArray nestedArray(int depth) {
        org.apache.pdfbox.cos.COSArray top = new org.apache.pdfbox.cos.COSArray();
        org.apache.pdfbox.cos.COSArray a = top;
        for (int i = 1; i < depth; i++) {
            org.apache.pdfbox.cos.COSArray inner = new org.apache.pdfbox.cos.COSArray();
            a.add(inner);
            a = inner;
        }
        return top;
    }

    /** The file with one more content stream, deflated, drawn after the page's own. */
    private static void withContent(Path src, Path out, String content) throws Exception {
        try (PDDocument doc = Loader.loadPDF(src.toFile())) {
            PDPage page = doc.getPage(0);
            List<org.apache.pdfbox.pdmodel.common.PDStream> streams = new java.util.ArrayList<>();
            page.getContentStreams().forEachRemaining(streams::add);
            org.apache.pdfbox.pdmodel.common.PDStream extra = new org.apache.pdfbox.pdmodel.common.PDStream(doc);
            try (OutputStream o = extra.createOutputStream(COSName.FLATE_DECODE)) {
                o.write(content.getBytes(StandardCharsets.ISO_8859_1));
            }
            streams.add(extra);
            page.setContents(streams);
            doc.save(out.toFile());
        }
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
