package dev.irx;

/**
 * What one file may cost the reader before it gives up with {@code too_large}: PDFs are written by anyone, and a
 * few hundred bytes can claim a billion pages or inflate to a gigabyte.
 *
 * @param maxPages         pages per file
 * @param maxStreamBytes   decoded bytes of any one stream (content, font, CMap, image)
 * @param maxDecodedBytes  decoded bytes of all a file's streams together
 * @param maxGlyphsPerPage glyphs drawn on one page, forms included; in a text file, characters on one line
 * @param maxNesting       how deep arrays and dictionaries may nest in a PDF, and graphics states ({@code q}) in a
 *                         content stream
 */
public record ReadLimits(int maxPages, long maxStreamBytes, long maxDecodedBytes, int maxGlyphsPerPage,
                         int maxNesting) {

    /** Nesting allowed by default: real files nest arrays and dictionaries a few levels, q a few dozen at most. */
    public static final int DEFAULT_MAX_NESTING = 100;

    /** 2,000 pages, 256 MiB a stream, 1 GiB a file, 200,000 glyphs a page, nesting 100: far above any real IR document. */
    public static final ReadLimits DEFAULT = new ReadLimits(2_000, 256L << 20, 1L << 30, 200_000, DEFAULT_MAX_NESTING);

    public ReadLimits {
        if (maxPages < 1 || maxStreamBytes < 1 || maxDecodedBytes < 1 || maxGlyphsPerPage < 1 || maxNesting < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits with the default nesting depth. */
    public ReadLimits(int maxPages, long maxStreamBytes, long maxDecodedBytes, int maxGlyphsPerPage) {
        this(maxPages, maxStreamBytes, maxDecodedBytes, maxGlyphsPerPage, DEFAULT_MAX_NESTING);
    }

    /** These limits with another nesting depth. */
    public ReadLimits withMaxNesting(int depth) {
        return new ReadLimits(maxPages, maxStreamBytes, maxDecodedBytes, maxGlyphsPerPage, depth);
    }
}
