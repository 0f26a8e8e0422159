package dev.irx.internal.cli;

import dev.irx.IrxExtractor;
import dev.irx.ReadLimits;
import picocli.CommandLine.Option;

import java.time.Duration;

/** What one file may cost: time, pages, decoded bytes, glyphs, nesting. Over a limit, the file fails alone. */
final class LimitOptions {

    @Option(names = "--timeout", paramLabel = "SECONDS",
            description = "Give up on a file after this long, reason timeout (default: 120; 0: no limit).")
    long timeoutSeconds = IrxExtractor.DEFAULT_TIMEOUT.toSeconds();

    @Option(names = "--max-pages", paramLabel = "N", description = "Pages per file (default: 2000), else too_large.")
    int maxPages = ReadLimits.DEFAULT.maxPages();

    @Option(names = "--max-stream-mb", paramLabel = "MiB",
            description = "Decoded size of any one stream of a PDF (default: 256), else too_large.")
    long maxStreamMiB = ReadLimits.DEFAULT.maxStreamBytes() >> 20;

    @Option(names = "--max-decoded-mb", paramLabel = "MiB",
            description = "Decoded size of all a PDF's streams (default: 1024), else too_large.")
    long maxDecodedMiB = ReadLimits.DEFAULT.maxDecodedBytes() >> 20;

    @Option(names = "--max-glyphs", paramLabel = "N",
            description = "Glyphs drawn on one page (default: 200000), else too_large.")
    int maxGlyphs = ReadLimits.DEFAULT.maxGlyphsPerPage();

    @Option(names = "--max-nesting", paramLabel = "N",
            description = "How deep a PDF's arrays and dictionaries, and a page's graphics states (q), may nest "
                    + "(default: 100), else too_large.")
    int maxNesting = ReadLimits.DEFAULT.maxNesting();

    /** The limits on a builder; a value out of range is a usage error (IllegalArgumentException). */
    IrxExtractor.Builder apply(IrxExtractor.Builder b) {
        if (timeoutSeconds < 0) throw new IllegalArgumentException("--timeout must be 0 or more");
        if (maxStreamMiB < 1 || maxDecodedMiB < 1 || maxStreamMiB > (1L << 40) || maxDecodedMiB > (1L << 40)) {
            throw new IllegalArgumentException("--max-stream-mb and --max-decoded-mb must be at least 1");
        }
        if (maxPages < 1 || maxGlyphs < 1 || maxNesting < 1) {
            throw new IllegalArgumentException("--max-pages, --max-glyphs and --max-nesting must be at least 1");
        }
        return b.timeout(Duration.ofSeconds(timeoutSeconds))
                .limits(new ReadLimits(maxPages, maxStreamMiB << 20, maxDecodedMiB << 20, maxGlyphs, maxNesting));
    }
}
