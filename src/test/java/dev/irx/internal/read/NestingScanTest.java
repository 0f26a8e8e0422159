package dev.irx.internal.read;

import dev.irx.IrxException.Reason;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.DeflaterOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NestingScanTest {

    private static NestingScan scan(NestingScan.Mode mode, byte[] bytes, int chunk) {
        NestingScan s = new NestingScan(mode, Integer.MAX_VALUE, 1 << 20);
        for (int i = 0; i < bytes.length; i += chunk) s.feed(bytes, i, Math.min(chunk, bytes.length - i));
        s.end();
        return s;
    }

    private static int depth(NestingScan.Mode mode, String text) {
        byte[] b = text.getBytes(StandardCharsets.ISO_8859_1);
        int d = scan(mode, b, b.length).peakDepth();
        assertEquals(d, scan(mode, b, 1).peakDepth(), "the same in chunks of one byte");
        return d;
    }

    @Test
    void countsArraysAndDictionariesButNotStringsCommentsOrHexStrings() {
        assertEquals(3, depth(NestingScan.Mode.FILE, "1 0 obj << /A [ [ 1 ] ] /B <00ff> >> endobj"));
        assertEquals(1, depth(NestingScan.Mode.FILE, "<< /S (a [[[ \\) (nested) [[ ) % [[[[\n>>"));
        assertEquals(0, depth(NestingScan.Mode.FILE, "<> <0a>"));
    }

    @Test
    void aFileStreamBodyIsSkippedUpToItsEndstream() {
        // "endstre" inside the body does not end it; the brackets of the body do not count
        assertEquals(1, depth(NestingScan.Mode.FILE, "1 0 obj << /Length 9 >> stream\n[[[[ endstre [[[[ endstream\nendobj"));
        assertEquals(2, depth(NestingScan.Mode.FILE, "stream [[[[ endstream [[ ]]"));
    }

    @Test
    void anObjectEndResetsTheCountOfACutObject() {
        assertEquals(3, depth(NestingScan.Mode.FILE, "1 0 obj [[[ endobj 2 0 obj [[ endobj"));
    }

    @Test
    void contentCountsGraphicsStatesAndSkipsInlineImages() {
        NestingScan s = scan(NestingScan.Mode.CONTENT, "q q /q Do Q q Q Q BI /W 1 ID [[[[q EI [ ]".getBytes(StandardCharsets.ISO_8859_1), 3);
        assertEquals(2, s.peakGraphics());
        assertEquals(1, s.peakDepth());
    }

    @Test
    void anObjectStreamIsInflatedAndItsObjectsMeasured() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try (DeflaterOutputStream d = new DeflaterOutputStream(body)) {
            d.write(("1 0 " + "[".repeat(150) + "]".repeat(150)).getBytes(StandardCharsets.ISO_8859_1));
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.write("5 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >> stream\r\n".getBytes(StandardCharsets.ISO_8859_1));
        file.write(body.toByteArray());
        file.write("\r\nendstream endobj".getBytes(StandardCharsets.ISO_8859_1));
        LimitExceeded e = assertThrows(LimitExceeded.class, () -> NestingScan.check(
                new ByteArrayInputStream(file.toByteArray()), NestingScan.Mode.FILE, 100, 1 << 20));
        assertEquals(Reason.TOO_LARGE, e.reason());
        // the same stream not marked as objects is skipped
        byte[] plain = file.toString(StandardCharsets.ISO_8859_1).replace("/ObjStm", "/XRefx").getBytes(StandardCharsets.ISO_8859_1);
        NestingScan.check(new ByteArrayInputStream(plain), NestingScan.Mode.FILE, 100, 1 << 20);
    }
}
