package dev.irx.internal.read;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Test helpers: committed fixtures, the shared real data, small PDFs made on the fly. */
final class Fixtures {

    private Fixtures() {}

    static byte[] resource(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/pdf/" + name)) {
            if (in == null) throw new IOException("missing test resource " + name);
            return in.readAllBytes();
        }
    }

    static Path copyResource(String name, Path dir, String as) throws IOException {
        Path p = dir.resolve(as);
        Files.write(p, resource(name));
        return p;
    }

    /** ../shared/realdata/tanshin relative to the repository root (the Maven base directory). */
    static Path tanshinDir() {
        return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().resolve("../shared/realdata/tanshin")
                .normalize();
    }

    static List<Path> tanshinPdfs() throws IOException {
        Path dir = tanshinDir();
        if (!Files.isDirectory(dir)) return List.of();
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".pdf")).sorted().toList();
        }
    }

    /** A one-page PDF with a line of Helvetica text. */
    static PDDocument textPdf(String text) throws IOException {
        PDDocument doc = new PDDocument();
        PDPage page = new PDPage();
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.beginText();
            cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            cs.newLineAtOffset(72, 700);
            cs.showText(text);
            cs.endText();
        }
        return doc;
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
