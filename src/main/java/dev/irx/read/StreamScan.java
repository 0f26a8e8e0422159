package dev.irx.read;

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
 * A stream that cannot be parsed or inflated is left to PDFBox's own lenient reading, as before.
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
        if (filters.isEmpty() || !isFlate(filters.get(0))) return;
        long n = inflatedSize(s);
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

    /** The stream's inflated length, up to just over the per-stream limit; what inflates before an error counts. */
    private long inflatedSize(COSStream s) {
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
                if (inf.finished() || (k == 0 && inf.needsDictionary())) break;
                LimitExceeded.checkInterrupted();
            }
        } catch (IOException | DataFormatException | RuntimeException e) {
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
