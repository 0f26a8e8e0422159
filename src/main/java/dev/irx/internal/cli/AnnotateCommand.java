package dev.irx.internal.cli;

import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import dev.irx.internal.output.PageAnnotator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code irx annotate FILE --out DIR}: page images with each fact's box drawn, and an index of the facts. */
@Command(name = "annotate", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Render a PDF's pages to PNG with each fact's box drawn in its status's colour (green "
                + "reconciled, blue unchecked, red conflict) and labelled, plus index.html listing the facts with "
                + "links to their boxes.")
final class AnnotateCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A PDF (a text file has no pages to draw on).")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "Directory for page-NNN.png, page-NNN.html and index.html.")
    Path out;

    @Option(names = "--dpi", paramLabel = "N", description = "Resolution of the page images (default: 144).")
    float dpi = PageAnnotator.DEFAULT_DPI;

    @Option(names = {"-v", "--verbose"}, description = "Log details and show stack traces on errors.")
    boolean verbose;

    @CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @CommandLine.Mixin
    ReadOptions read = new ReadOptions();

    @Override
    public Integer call() {
        PageAnnotator annotator;
        IrxExtractor irx;
        try {
            annotator = new PageAnnotator(dpi);
            irx = dictionaries.extractor(read.apply(limits.apply(IrxExtractor.builder())));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("irx: " + e.getMessage());
            return 2;
        }
        try {
            Files.createDirectories(out);
            AtomicFiles.checkWritable(out);
        } catch (IOException | RuntimeException e) {
            System.err.println("irx: cannot write " + out + ": " + Errors.describe(e));
            return 2;
        }
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            IrxDocument doc = irx.extract(file);
            if (!"application/pdf".equals(doc.source().mediaType())) {
                System.err.println("irx: " + name + ": annotate draws on a PDF's pages; this is "
                        + doc.source().mediaType() + " (use extract)");
                return 1;
            }
            try (PDDocument pdf = open(read.password())) {
                List<String> written = annotator.write(pdf, doc,
                        (fileName, body) -> AtomicFiles.write(out.resolve(fileName), body::writeTo));
                System.out.println(out.resolve("index.html") + " (" + doc.facts().size() + " facts, "
                        + (written.size() - 1) / 2 + " pages)");
            }
            return 0;
        } catch (IrxException e) {
            Errors.report(e, verbose);
            return 1;
        } catch (IOException e) {
            Errors.report(file, e, verbose);
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            System.err.println("irx: " + Errors.internal(file, e));
            if (verbose) e.printStackTrace();
            return 1;
        }
    }

    /** The PDF again, for the renderer: with the password it was read with, else the empty user password. */
    private PDDocument open(String password) throws IOException {
        if (password != null && !password.isEmpty()) {
            try {
                return Loader.loadPDF(file.toFile(), password, IOUtils.createTempFileOnlyStreamCache());
            } catch (InvalidPasswordException e) {
                // it was read with the empty user password
            }
        }
        return Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
    }
}
