package dev.irx.internal.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ThreadLocalRandom;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes a file so that readers see either the old or the whole new content, never half of it. */
final class AtomicFiles {

    private AtomicFiles() {}

    /** Fails unless a file can be created in this directory (and removed again). */
    static void checkWritable(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("not a directory");
        Path probe = Files.createTempFile(dir, ".irx-probe", ".tmp");
        Files.delete(probe);
    }

    static void write(Path target, String content) throws IOException {
        write(target, out -> out.write(content.getBytes(StandardCharsets.UTF_8)));
    }

    /** What is written into the file, streamed: for contents too big to hold as one string. */
    interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    static void write(Path target, Body body) throws IOException {
        Path tmp = temp(target);
        try {
            writeTemp(tmp, body);
            publish(tmp, target);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * A new temporary name beside the target (so that the rename stays in one file system), hidden and marked
     * {@code .tmp}: {@code .x.json.3k9f….tmp}.
     */
    static Path temp(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        return dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
    }

    /** Writes the whole body to a new temporary file (its directories made); a batch's worker JVM does this part. */
    static void writeTemp(Path tmp, Body body) throws IOException {
        Files.createDirectories(tmp.toAbsolutePath().getParent());
        // Not Files.createTempFile: its file is 0600 and the rename keeps that, so other users and jobs could not
        // read the output. A new file of our own gets the mode any file gets (0666 less the umask).
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW,
                StandardOpenOption.WRITE))) {
            body.writeTo(out);
        }
    }

    /** Puts a whole temporary file in the target's place, in one step where the file system can. */
    static void publish(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
