package dev.irx.internal.read;

import dev.irx.IrxException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Measures how deep a PDF's arrays and dictionaries nest, and in a content stream its graphics states
 * ({@code q}), by a lexical pass over the bytes: PDFBox parses nesting by recursion, so a file nested a hundred
 * thousand deep overflows its stack, and a million {@code q} without {@code Q} hold a million graphics states.
 * Strings, comments, stream bodies (in a file) and inline images (in a content stream) are skipped, as their
 * bytes are not syntax. Fed in chunks; the first depth over the limit throws {@link LimitExceeded}.
 */
final class NestingScan {

    /** What the bytes are: a whole file, whose stream bodies are skipped; a content stream; an object stream. */
    enum Mode { FILE, CONTENT, OBJECTS }

    private static final byte[] ENDSTREAM = "endstream".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final int[] ENDSTREAM_FAIL = failure(ENDSTREAM);

    private enum State { NORMAL, COMMENT, STRING, STRING_ESCAPE, LT, HEX, GT, STREAM_BODY, INLINE_IMAGE }

    private final Mode mode;
    private final int max;
    private State state = State.NORMAL;
    private int depth;
    private int graphics;
    private int stringDepth;
    private int peakDepth, peakGraphics;
    /** The regular token being read (keywords are short: longer ones are kept only as "long"). */
    private final byte[] token = new byte[9];
    private int tokenLength;
    private boolean name;
    /** How much of "endstream" a stream body has matched so far. */
    private int matched;
    /** Inline image data: the bytes just before, to find whitespace, E, I, whitespace. */
    private int prev1, prev2, prev3;
    /** In a file: the object being read is an object stream, whose objects are measured as they inflate. */
    private boolean objectStream;
    private Inflater inflater;
    private NestingScan objects;
    private long inflated;
    private final long maxInflated;
    private final byte[] out;

    NestingScan(Mode mode, int max) { this(mode, max, 0); }

    /**
     * @param maxInflated in a file, how many bytes of each Flate object stream to inflate and measure (PDFBox
     *                    parses their objects when it loads the file, before the streams' sizes are checked)
     */
    NestingScan(Mode mode, int max, long maxInflated) {
        this.mode = mode;
        this.max = max;
        this.maxInflated = maxInflated;
        this.out = mode == Mode.FILE && maxInflated > 0 ? new byte[1 << 16] : null;
    }

    /** Scans a whole stream from its current position. */
    static void check(InputStream in, Mode mode, int max, long maxInflated) throws IOException {
        NestingScan scan = new NestingScan(mode, max, maxInflated);
        byte[] buf = new byte[1 << 16];
        for (int n; (n = in.read(buf)) >= 0; ) {
            scan.feed(buf, 0, n);
            LimitExceeded.checkInterrupted();
        }
        scan.end();
    }

    void feed(byte[] b, int off, int len) {
        for (int i = off, end = off + len; i < end; i++) {
            int c = b[i] & 0xFF;
            if (state == State.STREAM_BODY) {
                int start = i;
                while (i < end && state == State.STREAM_BODY) streamBody(b[i++] & 0xFF);
                if (inflater != null) inflate(b, start, i - start);
                i--;
                continue;
            }
            switch (state) {
                case STREAM_BODY -> { }
                case INLINE_IMAGE -> inlineImage(c);
                case COMMENT -> {
                    if (c == '\n' || c == '\r') state = State.NORMAL;
                }
                case STRING -> {
                    if (c == '\\') state = State.STRING_ESCAPE;
                    else if (c == '(') stringDepth++;
                    else if (c == ')' && --stringDepth == 0) state = State.NORMAL;
                }
                case STRING_ESCAPE -> state = State.STRING;
                case HEX -> {
                    if (c == '>') state = State.NORMAL;
                }
                case LT -> {
                    if (c == '<') {
                        state = State.NORMAL;
                        open();
                    } else {
                        state = c == '>' ? State.NORMAL : State.HEX;
                    }
                }
                case GT -> {
                    state = State.NORMAL;
                    if (c == '>') close();
                    else normal(c);
                }
                case NORMAL -> normal(c);
            }
        }
    }

    /** The deepest nesting of arrays and dictionaries seen. */
    int peakDepth() { return peakDepth; }

    /** The deepest nesting of graphics states seen (content streams). */
    int peakGraphics() { return peakGraphics; }

    /** The end of the bytes: a keyword that ends them counts. */
    void end() {
        if (state == State.NORMAL) endToken();
    }

    private void normal(int c) {
        if (isWhitespace(c)) {
            endToken();
            return;
        }
        if (!isDelimiter(c)) {
            if (tokenLength < token.length) token[tokenLength] = (byte) c;
            tokenLength++;
            return;
        }
        endToken();
        switch (c) {
            case '[' -> open();
            case ']' -> depth = Math.max(0, depth - 1);
            case '<' -> state = State.LT;
            case '>' -> state = State.GT;
            case '(' -> {
                state = State.STRING;
                stringDepth = 1;
            }
            case '%' -> state = State.COMMENT;
            case '/' -> name = true; // the name's characters follow as a token, never a keyword
            default -> { } // { } of PostScript functions
        }
    }

    private void open() {
        peakDepth = Math.max(peakDepth, ++depth);
        if (depth > max) {
            throw new LimitExceeded(Reason.TOO_LARGE, "arrays or dictionaries nested over " + max + " deep");
        }
    }

    private void close() { depth = Math.max(0, depth - 1); }

    private void endToken() {
        if (tokenLength == 0) {
            name = false;
            return;
        }
        boolean keyword = !name;
        int n = tokenLength;
        tokenLength = 0;
        name = false;
        if (!keyword && mode == Mode.FILE && is(n, "ObjStm")) objectStream = true;
        if (!keyword || n > token.length) return;
        if (mode == Mode.FILE) {
            if (is(n, "stream")) {
                state = State.STREAM_BODY;
                matched = 0;
                if (objectStream && out != null) startObjects();
                objectStream = false;
            } else if (is(n, "endobj") || is(n, "obj")) {
                depth = 0; // an object's brackets end with it, however the bytes before were cut
                objectStream = false;
            }
        } else if (mode == Mode.CONTENT) {
            if (n == 1 && token[0] == 'q') {
                peakGraphics = Math.max(peakGraphics, ++graphics);
                if (graphics > max) {
                    throw new LimitExceeded(Reason.TOO_LARGE, "graphics states (q) nested over " + max + " deep");
                }
            } else if (n == 1 && token[0] == 'Q') {
                graphics = Math.max(0, graphics - 1);
            } else if (is(n, "ID")) {
                state = State.INLINE_IMAGE;
                prev1 = prev2 = prev3 = -1;
            }
        }
    }

    private boolean is(int n, String keyword) {
        if (n != keyword.length()) return false;
        for (int i = 0; i < n; i++) if (token[i] != keyword.charAt(i)) return false;
        return true;
    }

    private void startObjects() {
        inflater = new Inflater();
        objects = new NestingScan(Mode.OBJECTS, max);
        inflated = 0;
    }

    /**
     * Inflates an object stream's body as it passes and measures its objects; the end of line after "stream", a
     * broken stream and what follows its end are ignored.
     */
    private void inflate(byte[] b, int off, int len) {
        if (inflater.getTotalIn() == 0) {
            while (len > 0 && (b[off] == '\r' || b[off] == '\n')) {
                off++;
                len--;
            }
        }
        try {
            if (len > 0 && !inflater.finished()) {
                inflater.setInput(b, off, len);
                for (int k; !inflater.finished() && (k = inflater.inflate(out)) > 0 && inflated < maxInflated; ) {
                    inflated += k;
                    objects.feed(out, 0, k);
                }
            }
        } catch (DataFormatException e) {
            stopObjects(); // not Flate, or broken: PDFBox judges it
            return;
        }
        if (state != State.STREAM_BODY || inflater.finished() || inflated >= maxInflated) stopObjects();
    }

    private void stopObjects() {
        if (inflater != null) inflater.end();
        inflater = null;
        objects = null;
    }

    /** Skips to the end of "endstream" (Knuth-Morris-Pratt: the body may hold "endstre" before it). */
    private void streamBody(int c) {
        while (matched > 0 && ENDSTREAM[matched] != c) matched = ENDSTREAM_FAIL[matched - 1];
        if (ENDSTREAM[matched] == c) matched++;
        if (matched == ENDSTREAM.length) state = State.NORMAL;
    }

    /** Skips an inline image's data up to its EI, which stands between whitespace. */
    private void inlineImage(int c) {
        if (prev2 == 'E' && prev1 == 'I' && prev3 >= 0 && isWhitespace(prev3) && (isWhitespace(c) || isDelimiter(c))) {
            state = State.NORMAL;
            normal(c);
            return;
        }
        prev3 = prev2;
        prev2 = prev1;
        prev1 = c;
    }

    private static int[] failure(byte[] p) {
        int[] f = new int[p.length];
        for (int i = 1, k = 0; i < p.length; i++) {
            while (k > 0 && p[i] != p[k]) k = f[k - 1];
            if (p[i] == p[k]) k++;
            f[i] = k;
        }
        return f;
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0;
    }

    private static boolean isDelimiter(int c) {
        return c == '[' || c == ']' || c == '<' || c == '>' || c == '(' || c == ')' || c == '{' || c == '}'
                || c == '/' || c == '%';
    }
}
