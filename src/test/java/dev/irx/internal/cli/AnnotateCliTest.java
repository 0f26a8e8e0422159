package dev.irx.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code irx annotate}: files written for a PDF, one line and exit 1 for a text file, exit 2 for a bad --out. */
class AnnotateCliTest extends ConsoleCapture {

    @Test
    void annotatesTheSelectedPagesOfAPdf(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("ann");
        assertEquals(0, Main.run("annotate", "samples/iij-fy24-results.pdf", "--out", o.toString(), "--pages", "1,6",
                "--dpi", "72"), err.toString());
        try (Stream<Path> files = Files.list(o)) {
            assertEquals(java.util.List.of("index.html", "page-001.html", "page-001.png", "page-006.html", "page-006.png"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(793, ImageIO.read(o.resolve("page-006.png").toFile()).getWidth()); // a 793.7 pt slide at 72 dpi
        String index = Files.readString(o.resolve("index.html"));
        assertTrue(index.contains("href=\"page-006.html#f"), "links to the boxes of page 6");
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("index.html"));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aTextFileIsOneLineAndExit1(@TempDir Path dir) throws Exception {
        Path o = dir.resolve("ann");
        assertEquals(1, Main.run("annotate", "src/test/resources/text/authored-results.txt", "--out", o.toString()));
        String e = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, e.lines().count(), e);
        assertTrue(e.contains("authored-results.txt") && e.contains("PDF") && e.contains("text/plain"), e);
        try (Stream<Path> files = Files.list(o)) {
            assertEquals(0, files.count());
        }
    }

    @Test
    void anOutThatCannotBeWrittenIsAUsageError(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertEquals(2, Main.run("annotate", "samples/iij-1q25-tanshin-summary.pdf", "--out", file.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("irx: cannot write"), err.toString());
        assertEquals(2, Main.run("annotate", "samples/iij-1q25-tanshin-summary.pdf", "--out", dir.toString(), "--dpi", "0"));
    }
}
