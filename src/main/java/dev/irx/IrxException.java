package dev.irx;

/**
 * A file irx cannot read. The message is one line naming the file and the reason, fit to show a user.
 */
public class IrxException extends Exception {

    /** Why a file could not be read; stable, so that batch summaries can be grouped by it. */
    public enum Reason {
        /** Neither a PDF nor plain text (as told by the bytes, not the name). */
        UNSUPPORTED_TYPE("not a PDF or text file"),
        /** A PDF that needs a password we do not have; the message says whether none was given or it is wrong. */
        ENCRYPTED("encrypted PDF"),
        /** A PDF whose pages carry no extractable text (scanned images). */
        NO_TEXT_LAYER("no text layer (image-only PDF)"),
        /** A PDF that PDFBox cannot parse: truncated, corrupt. */
        DAMAGED("damaged PDF"),
        /** A text file in an encoding we cannot decode. */
        BAD_ENCODING("text in an unknown encoding"),
        /** The file could not be read at all. */
        IO("cannot read file"),
        /** A file over one of the reader's limits (pages, decoded bytes, glyphs on a page). */
        TOO_LARGE("too large"),
        /** A file not read within its time limit. */
        TIMEOUT("timed out");

        private final String description;

        Reason(String description) { this.description = description; }

        public String description() { return description; }

        /** The JSON name used in batch summaries: "no_text_layer". */
        public String code() { return name().toLowerCase(java.util.Locale.ROOT); }
    }

    private final String fileName;
    private final Reason reason;

    public IrxException(String fileName, Reason reason, String detail, Throwable cause) {
        super(fileName + ": " + reason.description() + (detail == null || detail.isBlank() ? "" : " (" + detail + ")"),
                cause);
        this.fileName = fileName;
        this.reason = reason;
    }

    public IrxException(String fileName, Reason reason, String detail) {
        this(fileName, reason, detail, null);
    }

    public String fileName() { return fileName; }

    public Reason reason() { return reason; }
}
