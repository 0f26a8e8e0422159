package dev.irx.internal.cli;

import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code irx extract FILE}: one document to JSON. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Extract one PDF or text file to canonical JSON, or with --format jsonl|csv to one row per "
                + "fact (stdout unless -o).")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", description = "A PDF or a plain-text file (pages split on form feed); - for "
            + "stdin.")
    Path file;

    @Option(names = {"-o", "--out"}, paramLabel = "OUT.json", description = "Write the output here (atomically).")
    Path out;

    @CommandLine.Mixin
    OutputOptions options = new OutputOptions();

    @CommandLine.Mixin
    DictionaryOptions dictionaries = new DictionaryOptions();

    @CommandLine.Mixin
    LimitOptions limits = new LimitOptions();

    @CommandLine.Mixin
    ReadOptions read = new ReadOptions();

    @Override
    public Integer call() {
        if (out != null) {
            // before the input is read: minutes of work whose result cannot be kept are not started
            try {
                if (Files.isDirectory(out)) throw new IOException("a directory");
                Path dir = out.toAbsolutePath().getParent();
                Files.createDirectories(dir);
                AtomicFiles.checkWritable(dir);
            } catch (IOException | RuntimeException e) {
                System.err.println("irx: cannot write " + out + ": " + Errors.describe(e));
                return 2;
            }
        }
        IrxExtractor irx;
        try {
            irx = dictionaries.extractor(read.apply(limits.apply(IrxExtractor.builder())));
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("irx: " + e.getMessage());
            return 2;
        }
        try {
            IrxDocument doc = extract(irx);
            if (out == null) {
                java.io.OutputStream stdout = new java.io.BufferedOutputStream(System.out);
                options.format.write(doc, options.pretty, stdout);
                stdout.flush();
            } else {
                AtomicFiles.write(out, o -> options.format.write(doc, options.pretty, o));
            }
            if (options.strict && doc.failedChecks() > 0) {
                System.err.println(file.getFileName() + ": " + doc.failedChecks() + " failed check(s)");
                // Name each conflict here too: a failing pipeline should say which figures disagree.
                doc.warnings().stream().filter(w -> w.startsWith("conflict: "))
                        .forEach(w -> System.err.println(file.getFileName() + ": " + w));
                return 1;
            }
            return 0;
        } catch (IrxException e) {
            Errors.report(e, options.verbose);
            return 1;
        } catch (IOException e) {
            Errors.report(file, e, options.verbose);
            return 1;
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            System.err.println("irx: " + Errors.internal(file, e));
            if (options.verbose) e.printStackTrace();
            return 1;
        }
    }

    /**
     * A pipe, a terminal or {@code -} is read once, as a stream (opening it by path twice, once to tell the type
     * and once to parse, would find it empty the second time); a regular file by its path.
     */
    private IrxDocument extract(IrxExtractor irx) throws IrxException, IOException {
        if (file.toString().equals("-")) return irx.extract(System.in, "stdin");
        if (Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                return irx.extract(in, file.getFileName() == null ? file.toString() : file.getFileName().toString());
            }
        }
        return irx.extract(file);
    }
}
