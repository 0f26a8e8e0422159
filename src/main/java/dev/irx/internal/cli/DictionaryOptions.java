package dev.irx.internal.cli;

import dev.irx.IrxExtractor;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Options that change what irx knows: the label dictionary and the issuer table. */
final class DictionaryOptions {

    @Option(names = "--labels", paramLabel = "FILE",
            description = "A label dictionary (labels.tsv format) used instead of the shipped one.")
    Path labels;

    @Option(names = "--issuers", paramLabel = "FILE",
            description = "Issuers to add to the shipped table (ENGLISH NAME<TAB>code<TAB>name<TAB>market).")
    Path issuers;

    /** The extractor these options ask for; a file that cannot be read or parsed is named in the error. */
    IrxExtractor extractor() throws IOException {
        return extractor(IrxExtractor.builder());
    }

    /** The extractor these options ask for, on a builder with other options already set (the limits). */
    IrxExtractor extractor(IrxExtractor.Builder b) throws IOException {
        if (labels != null) {
            try (InputStream in = Files.newInputStream(labels)) {
                b.labels(in);
            } catch (IOException | RuntimeException e) {
                throw new IOException(labels + ": " + e.getMessage(), e);
            }
        }
        if (issuers != null) {
            try (InputStream in = Files.newInputStream(issuers)) {
                b.issuers(in);
            } catch (IOException | RuntimeException e) {
                throw new IOException(issuers + ": " + e.getMessage(), e);
            }
        }
        return b.build();
    }
}
