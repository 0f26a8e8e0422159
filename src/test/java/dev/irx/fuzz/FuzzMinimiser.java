package dev.irx.fuzz;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Shrinks a failing mutant to a regression file: it drops pages, one at a time, as long as the file still fails
 * the same way (PDFBox rewrites what is left, so a page whose contents a mutation lost stays a page without
 * contents). Run by hand on a mutant the fuzz run named, before the bug is fixed:
 *
 * <pre>FuzzMinimiser SEED.pdf MUTATOR_SEED INDEX OUT.pdf</pre>
 */
final class FuzzMinimiser {

    private FuzzMinimiser() {}

    public static void main(String[] args) throws Exception {
        Path seedFile = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        int index = Integer.parseInt(args[2]);
        String stem = seedFile.getFileName().toString().replaceFirst("\\.pdf$", "");
        PdfMutator.Mutant m = new PdfMutator(seed).mutate(stem, Files.readAllBytes(seedFile), index);
        FuzzHarness harness = new FuzzHarness(Duration.ofSeconds(60), Duration.ofSeconds(15));
        FuzzHarness.Outcome first = harness.run(m.name(), m.bytes());
        if (!first.internal()) throw new IllegalStateException(m.name() + " does not fail: " + first);
        String failure = failure(first);
        byte[] best = m.bytes();
        for (boolean shrunk = true; shrunk; ) {
            shrunk = false;
            int pages = pages(best);
            for (int p = pages - 1; p >= 0 && pages > 1; p--) {
                byte[] smaller = withoutPage(best, p);
                if (smaller == null) continue;
                FuzzHarness.Outcome o = harness.run(m.name(), smaller);
                if (o.internal() && failure(o).equals(failure)) {
                    best = smaller;
                    pages--;
                    shrunk = true;
                }
            }
        }
        Files.write(Path.of(args[3]), best);
        System.out.printf("%s: %d → %d bytes, %d page(s), %s%n", m.name(), m.bytes().length, best.length,
                pages(best), failure);
    }

    /** The exception's class and where it was thrown: the same bug, not just any. */
    private static String failure(FuzzHarness.Outcome o) {
        String d = o.detail();
        return d.substring(0, d.indexOf(':') < 0 ? d.length() : d.indexOf(':')) + d.substring(d.lastIndexOf(" at "));
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    private static byte[] withoutPage(byte[] pdf, int page) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            doc.removePage(page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

}
