package dev.irx.internal.read;

import dev.irx.ReadLimits;
import dev.irx.IrxException.Reason;

/**
 * A file over one of the reader's limits, or a read given up on (the thread was interrupted). Unchecked, so that
 * it passes through PDFBox's stream engine, which swallows some IOExceptions of nested forms.
 */
final class LimitExceeded extends RuntimeException {

    private final Reason reason;

    LimitExceeded(Reason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    Reason reason() { return reason; }

    /** Gives up a read whose thread was interrupted: its caller has stopped waiting for it. */
    static void checkInterrupted() {
        if (Thread.currentThread().isInterrupted()) throw new LimitExceeded(Reason.TIMEOUT, "read interrupted");
    }

    /** Counts one more glyph on a page; over the limit, the page is too large to read. */
    static void checkGlyphs(long glyphs, ReadLimits limits) {
        if (glyphs > limits.maxGlyphsPerPage()) {
            throw new LimitExceeded(Reason.TOO_LARGE, "over " + limits.maxGlyphsPerPage() + " glyphs on a page");
        }
    }
}
