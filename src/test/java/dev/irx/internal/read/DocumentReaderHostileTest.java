package dev.irx.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.IrxException;
import dev.irx.IrxException.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that must fail cleanly, or that look hostile but must be read. PDFs are made here, with PDFBox. */
class DocumentReaderHostileTest {

    private final DocumentReader reader = new DocumentReader();

    private IrxException fails(Path file, Reason reason) {
        IrxException e = assertThrows(IrxException.class, () -> reader.read(file));
        assertEquals(reason, e.reason(), e.getMessage());
        assertEquals(file.getFileName().toString(), e.fileName());
        assertTrue(e.getMessage().startsWith(file.getFileName() + ": " + reason.description()), e.getMessage());
        return e;
    }

    @Test
    void imageOnlyPdfHasNoTextLayer(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("scan.pdf");
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 2; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                BufferedImage img = new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB);
                img.getGraphics().drawString("6,167", 2, 15); // text as pixels only
                PDImageXObject x = LosslessFactory.createFromImage(doc, img);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.addRect(50, 50, 200, 100);
                    cs.fill();
                    cs.drawImage(x, 100, 400, 200, 100);
                }
            }
            doc.save(f.toFile());
        }
        IrxException e = fails(f, Reason.NO_TEXT_LAYER);
        assertTrue(e.getMessage().contains("2 pages"), e.getMessage());
    }

    @Test
    void emptyUserPasswordIsReadNormally(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("owner-only.pdf");
        try (PDDocument doc = Fixtures.textPdf("Revenue 6,167")) {
            AccessPermission ap = new AccessPermission();
            ap.setCanExtractContent(false); // even with extraction "forbidden" by the owner
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "", ap);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        assertTrue(new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Encrypt"));
        SourceDocument d = reader.read(f);
        assertEquals("Revenue 6,167\n", d.pages().get(0).text());
    }

    @Test
    void realUserPasswordIsEncrypted(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("locked.pdf");
        try (PDDocument doc = Fixtures.textPdf("Revenue 6,167")) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(f.toFile());
        }
        fails(f, Reason.ENCRYPTED);
    }

    @Test
    void truncatedPdfIsDamaged(@TempDir Path dir) throws Exception {
        byte[] all = Fixtures.resource("table.pdf");
        Path f = dir.resolve("half.pdf");
        Files.write(f, Arrays.copyOf(all, all.length / 2));
        fails(f, Reason.DAMAGED);
    }

    @Test
    void pdfWithoutPagesIsDamaged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("empty.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.save(f.toFile());
        }
        fails(f, Reason.DAMAGED);
    }

    @Test
    void garbageAfterAPdfHeaderIsDamaged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("garbage.pdf");
        byte[] junk = new byte[4000];
        new Random(7).nextBytes(junk);
        byte[] head = "%PDF-1.7\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(head);
        out.write(junk);
        out.write(tail);
        Files.write(f, out.toByteArray());
        fails(f, Reason.DAMAGED);
    }

    @Test
    void randomBytesNamedPdfAreUnsupported(@TempDir Path dir) throws Exception {
        byte[] b = new byte[5000];
        new Random(42).nextBytes(b);
        b[0] = 0; // binary beyond doubt
        Path f = dir.resolve("x.pdf");
        Files.write(f, b);
        IrxException e = fails(f, Reason.UNSUPPORTED_TYPE);
        assertTrue(e.getMessage().contains("application/octet-stream"), e.getMessage());
    }

    @Test
    void pngNamedPdfIsUnsupported(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", out);
        Path f = dir.resolve("x.pdf");
        Files.write(f, out.toByteArray());
        IrxException e = fails(f, Reason.UNSUPPORTED_TYPE);
        assertTrue(e.getMessage().contains("image/png"), e.getMessage());
    }

    @Test
    void zipNamedPdfIsUnsupported(@TempDir Path dir) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry("report.pdf"));
            z.write(Fixtures.resource("table.pdf"));
            z.closeEntry();
        }
        Path f = dir.resolve("x.pdf");
        Files.write(f, out.toByteArray());
        IrxException e = fails(f, Reason.UNSUPPORTED_TYPE);
        assertTrue(e.getMessage().contains("zip"), e.getMessage());
    }

    @Test
    void pdfNamedTxtIsReadAsPdf(@TempDir Path dir) throws Exception {
        Path f = Fixtures.copyResource("table.pdf", dir, "notes.txt");
        SourceDocument d = reader.read(f);
        assertTrue(d.isPdf());
        assertEquals("notes.txt", d.fileName());
        assertEquals("売上\u2FBC 6,167 100.0% 6,466", d.pages().get(0).lines().get(3).text());
    }

    @Test
    void missingFileIsIo(@TempDir Path dir) {
        fails(dir.resolve("nope.pdf"), Reason.IO);
    }

    @Test
    void streamIsReadWithNameOnlyAndSha256OfTheBytes() throws Exception {
        byte[] bytes = Fixtures.resource("table.pdf");
        SourceDocument d = reader.read(new ByteArrayInputStream(bytes), "/some/dir/決算.pdf");
        assertEquals("決算.pdf", d.fileName());
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        assertEquals(sha, d.sha256());
        assertFalse(d.sha256().chars().anyMatch(Character::isUpperCase));
        assertEquals(1, d.pageCount());
    }

    @Test
    void readerIsUsableFromManyThreads() throws Exception {
        byte[] bytes = Fixtures.resource("slide.pdf");
        String expected = reader.read(new ByteArrayInputStream(bytes), "s.pdf").pages().get(0).text();
        java.util.List<java.util.concurrent.Future<String>> fs = new java.util.ArrayList<>();
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (int i = 0; i < 8; i++) {
                fs.add(ex.submit(() -> reader.read(new ByteArrayInputStream(bytes), "s.pdf").pages().get(0).text()));
            }
            for (var f : fs) assertEquals(expected, f.get());
        } finally {
            ex.shutdownNow();
        }
    }
}
