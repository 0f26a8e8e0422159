package dev.irx.internal.read;

import dev.irx.ReadLimits;
import dev.irx.IrxException;
import dev.irx.IrxException.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a PDF or a plain-text file into a {@link SourceDocument}: pages, lines in reading order, words with
 * their boxes. The type is told by the bytes (Apache Tika's magic detection), never by the name.
 *
 * <p>Thread-safe: holds no per-read state. Writes nothing to the console; logs through SLF4J.
 */
public final class DocumentReader {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentReader.class);
    static final String PDF = "application/pdf";
    static final String TEXT = "text/plain";
    static final long MAX_TEXT_BYTES = 64L << 20;

    private final Detector detector = TikaConfig.getDefaultConfig().getDetector();
    private final ReadLimits limits;
    /** The PDFs' user or owner password; null for none (PDFs with an empty user password open without one). */
    private final String password;
    private final PageSelection selection;

    public DocumentReader() { this(ReadLimits.DEFAULT); }

    public DocumentReader(ReadLimits limits) { this(limits, null, PageSelection.ALL); }

    public DocumentReader(ReadLimits limits, String password, PageSelection selection) {
        this.limits = java.util.Objects.requireNonNull(limits);
        this.password = password;
        this.selection = java.util.Objects.requireNonNull(selection);
    }

    /** Reads a file; the document's fileName is the file's name without directories. */
    public SourceDocument read(Path file) throws IrxException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        // never open what is not a regular file: a FIFO blocks the open, a device never ends
        if (!Files.isRegularFile(file)) {
            if (Files.isSymbolicLink(file) && !Files.exists(file)) {
                throw new IrxException(name, Reason.IO, "dangling or looping symbolic link");
            }
            if (!Files.exists(file)) throw new IrxException(name, Reason.IO, "no such file");
            throw new IrxException(name, Reason.IO, Files.isDirectory(file) ? "a directory" : "not a regular file");
        }
        return read(file, name);
    }

    /**
     * Reads a stream (spooled to a temporary file, deleted afterwards), once: a pipe or a terminal can be read only
     * once. The stream is not closed. A stream longer than the decoded-bytes limit is {@code too_large}, so that
     * an endless one ({@code /dev/zero}) ends.
     *
     * @param fileName the name to report (directories are dropped); not used to tell the type
     */
    public SourceDocument read(InputStream in, String fileName) throws IrxException {
        String name = baseName(fileName);
        Path tmp = null;
        try {
            tmp = Files.createTempFile("irx-read-", ".bin");
            long max = limits.maxDecodedBytes();
            try (OutputStream out = Files.newOutputStream(tmp)) {
                byte[] buf = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buf)) >= 0; ) {
                    total += n;
                    if (total > max) {
                        throw new IrxException(name, Reason.TOO_LARGE, "input over " + (max >> 20) + " MiB");
                    }
                    out.write(buf, 0, n);
                }
            }
            return read(tmp, name);
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException e) {
                    LOG.warn("cannot delete temporary file {}", tmp, e);
                }
            }
        }
    }

    private SourceDocument read(Path file, String name) throws IrxException {
        String sha;
        MediaType type;
        try {
            sha = sha256(file);
            type = detect(file);
        } catch (NoSuchFileException e) {
            throw new IrxException(name, Reason.IO, "no such file", e);
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        }
        String base = type.getBaseType().toString();
        LOG.debug("{}: detected {}", name, base);
        if (PDF.equals(base)) return readPdf(file, name, sha);
        if (TEXT.equals(base)) return readText(file, name, sha);
        if (MediaType.OCTET_STREAM.toString().equals(base) && isLegacyJapaneseText(file, name)) {
            return readText(file, name, sha);
        }
        throw new IrxException(name, Reason.UNSUPPORTED_TYPE, "detected " + base);
    }

    private MediaType detect(Path file) throws IOException {
        // no resource name in the metadata: the bytes alone decide
        try (InputStream in = TikaInputStream.get(new BufferedInputStream(Files.newInputStream(file)))) {
            return detector.detect(in, new Metadata());
        }
    }

    // ---------------------------------------------------------------- text

    /** Shift_JIS / EUC-JP text, which Tika's detector reports as octet-stream. Files over 64 MiB are not text. */
    private static boolean isLegacyJapaneseText(Path file, String name) throws IrxException {
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) return false;
            return TextDecoding.isLegacyJapaneseText(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        }
    }

    private SourceDocument readText(Path file, String name, String sha) throws IrxException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_TEXT_BYTES) {
                throw new IrxException(name, Reason.UNSUPPORTED_TYPE, "text over " + (MAX_TEXT_BYTES >> 20) + " MiB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        }
        String text = TextDecoding.decode(bytes);
        if (text == null) throw new IrxException(name, Reason.BAD_ENCODING, "not UTF-8, Shift_JIS or EUC-JP");
        List<Page> pages = new ArrayList<>();
        String[] sheets = text.split("\f", -1);
        int n = sheets.length;
        // a trailing form feed ends the last page; it does not start an empty one
        if (n > 1 && sheets[n - 1].isEmpty()) n--;
        for (int p = 0; p < n; p++) {
            if (!selection.includes(p + 1)) {
                pages.add(new Page(p + 1, 0, 0, List.of())); // not read: kept empty, so that pages keep their numbers
                continue;
            }
            String sheet = sheets[p];
            List<Line> lines = new ArrayList<>();
            String[] raw = sheet.split("\r\n|\r|\n", -1);
            int m = raw.length;
            if (m > 0 && raw[m - 1].isEmpty()) m--; // the newline ending the sheet's last line
            for (int i = 0; i < m; i++) {
                // a PDF page is held to so many glyphs; a text line to as many characters, as the rules read
                // lines whole, and a line of millions costs each of them minutes
                if (raw[i].length() > limits.maxGlyphsPerPage()) {
                    throw new IrxException(name, Reason.TOO_LARGE, "a line of over " + limits.maxGlyphsPerPage()
                            + " characters");
                }
                lines.add(Line.plain(raw[i]));
            }
            pages.add(new Page(p + 1, 0, 0, lines));
        }
        return new SourceDocument(name, sha, TEXT, null, null, pages, pagesRead(pages.size()));
    }

    // ---------------------------------------------------------------- PDF

    private SourceDocument readPdf(Path file, String name, String sha) throws IrxException {
        checkNotTruncated(file, name);
        checkNesting(file, name);
        try (PDDocument doc = load(file, name)) {
            if (doc.isEncrypted()) doc.setAllSecurityToBeRemoved(true); // opened with the empty user password
            int count = doc.getNumberOfPages();
            if (count == 0) throw new IrxException(name, Reason.DAMAGED, "no pages");
            if (count > limits.maxPages() && pagesHeld(doc.getPages().getCOSObject(), limits.maxPages()) > limits.maxPages()) {
                throw new IrxException(name, Reason.TOO_LARGE, "over " + limits.maxPages() + " pages");
            }
            StreamScan.check(doc.getDocument(), limits);
            PDDocumentInformation info = doc.getDocumentInformation();
            String producer = blankToNull(info.getProducer());
            if (producer == null) producer = blankToNull(info.getCreator());
            String title = blankToNull(info.getTitle());
            PageCollector collector = new PageCollector(limits, selection);
            List<Page> pages = collector.collect(doc);
            List<Integer> read = pagesRead(pages.size());
            if (collector.textGlyphCount() == 0 && (read == null || !read.isEmpty())) {
                int n = read == null ? count : read.size();
                long lost = collector.unmappedGlyphCount();
                throw new IrxException(name, Reason.NO_TEXT_LAYER, n + (n == 1 ? " page" : " pages")
                        + (read == null ? "" : " read") + (lost == 0 ? "" : "; its " + lost
                        + " glyphs map to no Unicode text (the fonts' ToUnicode maps are missing or broken)"));
            }
            LOG.debug("{}: {} pages", name, pages.size());
            return new SourceDocument(name, sha, PDF, producer, title, pages, read);
        } catch (LimitExceeded e) {
            throw new IrxException(name, e.reason(), e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new IrxException(name, Reason.DAMAGED, oneLine(e), e);
        } catch (StackOverflowError e) {
            // PDFBox recurses on page trees and trailers too: a loop there (nesting was measured before)
            throw new IrxException(name, Reason.DAMAGED, "a loop or nesting too deep to parse", e);
        } catch (OutOfMemoryError e) {
            throw new IrxException(name, Reason.DAMAGED, "out of memory while parsing", e);
        }
    }

    /** The pages a selection reads from a document of this many pages; null when every page is read. */
    private List<Integer> pagesRead(int pageCount) {
        return selection.isAll() ? null : selection.within(pageCount);
    }

    /**
     * Opens a PDF with the password given, else with the empty user password that EDINET's and many others' files
     * have (so one --password for a batch does not fail those). A PDF neither opens is {@code encrypted}, and the
     * message says whether a password is needed or the one given is wrong.
     */
    private PDDocument load(Path file, String name) throws IOException, IrxException {
        if (password != null && !password.isEmpty()) {
            try {
                return Loader.loadPDF(file.toFile(), password, IOUtils.createTempFileOnlyStreamCache());
            } catch (InvalidPasswordException e) {
                LOG.debug("{}: the password given does not open it; trying the empty user password", name);
            }
        }
        try {
            return Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IrxException(name, Reason.ENCRYPTED,
                    password == null || password.isEmpty() ? "a password is needed" : "wrong password", e);
        }
    }

    /**
     * PDFBox repairs what it can and may read a truncated file's first pages as if nothing were missing; a
     * file whose last 1024 bytes hold no %%EOF marker is cut short, and a partial reading of figures is worse
     * than none.
     */
    private static void checkNotTruncated(Path file, String name) throws IrxException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long len = raf.length();
            int n = (int) Math.min(1024, len);
            byte[] tail = new byte[n];
            raf.seek(len - n);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new IrxException(name, Reason.DAMAGED, "truncated: no %%EOF at the end");
            }
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        }
    }

    /**
     * PDFBox parses nested arrays and dictionaries by recursion: a file nested deeper than the limit is
     * {@code too_large} before PDFBox overflows its stack on it. Object streams are inflated and measured here too;
     * content streams later, as their bytes are decoded ({@link StreamScan}).
     */
    private void checkNesting(Path file, String name) throws IrxException {
        try (InputStream in = Files.newInputStream(file)) {
            NestingScan.check(in, NestingScan.Mode.FILE, limits.maxNesting(), limits.maxStreamBytes());
        } catch (LimitExceeded e) {
            throw new IrxException(name, e.reason(), e.getMessage(), e);
        } catch (IOException e) {
            throw new IrxException(name, Reason.IO, e.getMessage(), e);
        }
    }

    /**
     * The pages a page tree holds, counted up to just over the limit: its /Count may lie. Each node counts once,
     * as PDFBox's own page iterator takes it, so a tree that shares a subtree a million times holds few pages.
     */
    static int pagesHeld(COSDictionary root, int limit) {
        java.util.Set<COSDictionary> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<COSDictionary> todo = new java.util.ArrayDeque<>(List.of(root));
        int pages = 0;
        while (!todo.isEmpty() && pages <= limit) {
            COSDictionary node = todo.pop();
            if (!seen.add(node)) continue;
            COSArray kids = node.getCOSArray(COSName.KIDS);
            if (kids == null) {
                pages++;
                continue;
            }
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary kid) todo.push(kid);
            }
        }
        return pages;
    }

    // ---------------------------------------------------------------- helpers

    private static String sha256(Path file) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static String baseName(String fileName) {
        if (fileName == null || fileName.isBlank()) return "(stream)";
        String s = fileName.replace('\\', '/');
        int i = s.lastIndexOf('/');
        return i >= 0 && i < s.length() - 1 ? s.substring(i + 1) : s;
    }

    /** PDFBox's message, on one line: some carry the offending bytes, newlines included. */
    private static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        m = m.replaceAll("\\s+", " ").strip();
        return m.length() > 200 ? m.substring(0, 200) + "…" : m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
