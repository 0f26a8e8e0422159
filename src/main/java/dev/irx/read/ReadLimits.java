package dev.irx.read;

/**
 * What one file may cost the reader before it gives up with {@code too_large}: PDFs are written by anyone, and a
 * few hundred bytes can claim a billion pages or inflate to a gigabyte.
 *
 * @param maxPages         pages per file
 * @param maxStreamBytes   decoded bytes of any one stream (content, font, CMap, image)
 * @param maxDecodedBytes  decoded bytes of all a file's streams together
 * @param maxGlyphsPerPage glyphs drawn on one page, forms included; in a text file, characters on one line
 */
public record ReadLimits(int maxPages, long maxStreamBytes, long maxDecodedBytes, int maxGlyphsPerPage) {

    /** 2,000 pages, 256 MiB a stream, 1 GiB a file, 200,000 glyphs a page: far above any real IR document. */
    public static final ReadLimits DEFAULT = new ReadLimits(2_000, 256L << 20, 1L << 30, 200_000);

    public ReadLimits {
        if (maxPages < 1 || maxStreamBytes < 1 || maxDecodedBytes < 1 || maxGlyphsPerPage < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
