package dev.irx.internal.read;

import dev.irx.ReadLimits;
import dev.irx.IrxException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;

/**
 * Looks at every stream of a loaded PDF before PDFBox decodes any, for what PDFBox cannot survive: a predictor
 * with a row of no bytes (PDFBox loops forever on {@code /Columns 0}), and a deflate bomb (a few kilobytes that
 * inflate to a gigabyte). Sizes are measured by inflating into a fixed buffer, so a bomb costs time, not memory.
 * A stream that cannot be parsed or inflated is left to PDFBox's own lenient reading, as before. The same pass
 * measures how deep the syntax in content and object streams nests ({@link NestingScan}).
 */
final class StreamScan {

    private static final int BUFFER = 64 << 10;

    private final ReadLimits limits;
    private long decoded;

    private StreamScan(ReadLimits limits) { this.limits = limits; }

    static void check(COSDocument doc, ReadLimits limits) {
        StreamScan scan = new StreamScan(limits);
        for (COSObjectKey key : new ArrayList<>(doc.getXrefTable().keySet())) {
            LimitExceeded.checkInterrupted();
            COSBase base;
            try {
                COSObject o = doc.getObjectFromPool(key);
                base = o == null ? null : o.getObject();
            } catch (RuntimeException | StackOverflowError e) {
                continue; // PDFBox decides later whether the document can do without it
            }
            if (base instanceof COSStream s) scan.stream(s);
        }
    }

    private void stream(COSStream s) {
        List<COSBase> filters = list(s.getFilters());
        List<COSBase> params = list(s.getDictionaryObject(COSName.DECODE_PARMS, COSName.DP));
        for (COSBase p : params) {
            if (p instanceof COSDictionary d && !predictorRowsOk(d)) {
                throw new LimitExceeded(Reason.DAMAGED, "a stream's predictor has rows of no bytes");
            }
        }
        NestingScan nesting = nestingScan(s, filters);
        if (filters.isEmpty()) {
            if (nesting != null) scanRaw(s, nesting);
            return;
        }
        if (!isFlate(filters.get(0))) return;
        long n = inflatedSize(s, nesting);
        if (n > limits.maxStreamBytes()) {
            throw new LimitExceeded(Reason.TOO_LARGE, "a stream decodes to over " + mib(limits.maxStreamBytes()));
        }
        decoded += n;
        if (decoded > limits.maxDecodedBytes()) {
            throw new LimitExceeded(Reason.TOO_LARGE, "streams decode to over " + mib(limits.maxDecodedBytes()));
        }
    }

    /** PDFBox's predictor decoding (Flate, LZW) needs rows of at least one byte; with none it never ends. */
    static boolean predictorRowsOk(COSDictionary d) {
        if (d.getInt(COSName.PREDICTOR) <= 1) return true;
        long colors = Math.min(d.getInt(COSName.COLORS, 1), 32);
        long bits = d.getInt(COSName.BITS_PER_COMPONENT, 8);
        long columns = d.getInt(COSName.COLUMNS, 1);
        return colors > 0 && bits > 0 && columns > 0 && (colors * bits * columns + 7) / 8 > 0;
    }

    /**
     * A scan of the stream's nesting when its decoded bytes are content (a page's, a form's, a pattern's, a glyph's,
     * or a CMap) and come out of at most one Flate filter; null for binary
     * streams (fonts, images, ICC profiles, functions, shadings), whose bytes would count as brackets at random.
     */
    private NestingScan nestingScan(COSStream s, List<COSBase> filters) {
        if (filters.size() > 1) return null;
        COSName type = s.getCOSName(COSName.TYPE);
        if (COSName.OBJ_STM.equals(type)) return null; // measured with the file, before PDFBox parsed its objects
        COSName subtype = s.getCOSName(COSName.SUBTYPE);
        if (subtype != null && !COSName.FORM.equals(subtype)) return null;
        if (type != null && !COSName.XOBJECT.equals(type) && !COSName.PATTERN.equals(type)
                && !COSName.getPDFName("CMap").equals(type)) return null;
        for (COSName binary : BINARY_KEYS) if (s.containsKey(binary)) return null;
        return new NestingScan(NestingScan.Mode.CONTENT, limits.maxNesting());
    }

    /** Keys only binary streams carry: fonts' lengths, images' sizes, ICC components, functions, shadings. */
    private static final List<COSName> BINARY_KEYS = List.of(COSName.LENGTH1, COSName.LENGTH2, COSName.LENGTH3,
            COSName.WIDTH, COSName.N, COSName.FUNCTION_TYPE, COSName.SHADING_TYPE, COSName.getPDFName("HalftoneType"),
            COSName.BITS_PER_COMPONENT);

    private static void scanRaw(COSStream s, NestingScan nesting) {
        try (InputStream raw = s.createRawInputStream()) {
            byte[] buf = new byte[BUFFER];
            for (int r; (r = raw.read(buf)) >= 0; ) nesting.feed(buf, 0, r);
            nesting.end();
        } catch (IOException | RuntimeException e) {
            if (e instanceof LimitExceeded l) throw l;
            // not ours to judge: PDFBox reads what it can of a broken stream
        }
    }

    /**
     * The stream's inflated length, up to just over the per-stream limit; what inflates before an error counts. The
     * inflated bytes go through the nesting scan, if any.
     */
    private long inflatedSize(COSStream s, NestingScan nesting) {
        long cap = limits.maxStreamBytes() + 1;
        Inflater inf = new Inflater();
        byte[] in = new byte[BUFFER], out = new byte[BUFFER];
        long total = 0;
        try (InputStream raw = s.createRawInputStream()) {
            while (total < cap) {
                if (inf.needsInput()) {
                    int r = raw.read(in);
                    if (r < 0) break;
                    inf.setInput(in, 0, r);
                }
                int k = inf.inflate(out);
                total += k;
                if (nesting != null) nesting.feed(out, 0, k);
                if (inf.finished() || (k == 0 && inf.needsDictionary())) break;
                LimitExceeded.checkInterrupted();
            }
            if (nesting != null) nesting.end();
        } catch (IOException | DataFormatException | RuntimeException e) {
            if (e instanceof LimitExceeded l) throw l;
            // not ours to judge: PDFBox reads what it can of a broken stream
        } finally {
            inf.end();
        }
        return total;
    }

    private static boolean isFlate(COSBase f) {
        return COSName.FLATE_DECODE.equals(f) || COSName.FLATE_DECODE_ABBREVIATION.equals(f);
    }

    private static List<COSBase> list(COSBase b) {
        if (b instanceof COSObject o) b = o.getObject();
        if (b == null) return List.of();
        if (!(b instanceof COSArray a)) return List.of(b);
        List<COSBase> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) out.add(a.getObject(i));
        return out;
    }

    private static String mib(long bytes) { return (bytes >> 20) + " MiB"; }
}
