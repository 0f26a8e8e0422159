package dev.irx.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.irx.IrxException;
import dev.irx.IrxVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** One input's conversion, with stand-ins for the extractor: what breaks is a files row, never a failed task. */
class ConversionTest {

    private static final byte[] BYTES = "売上高 100".getBytes(StandardCharsets.UTF_8);
    private static final String PATH = "hdfs://nn/filings/2025/a.pdf";

    @Test
    void aParserThatOverflowsItsStackIsAnInternalError() {
        Conversion c = Conversion.of(PATH, () -> BYTES, (in, name) -> { throw new StackOverflowError(); }, Set.of());
        assertError(c, "internal", "a.pdf: internal error: StackOverflowError");
        assertEquals(Conversion.sha256(BYTES), get(c.file, "sha256"));
    }

    @Test
    void aTimeoutKeepsTheExtractorsReason() {
        Conversion c = Conversion.of(PATH, () -> BYTES,
                (in, name) -> { throw new IrxException(name, IrxException.Reason.TIMEOUT, "over 1 s"); }, Set.of());
        assertError(c, "timeout", "a.pdf: timed out (over 1 s)");
    }

    @Test
    void aFileThatCannotBeReadIsAnIoErrorWithNoHash() {
        Conversion c = Conversion.of(PATH, () -> { throw new IOException("gone"); }, (in, name) -> null, Set.of());
        assertError(c, "io", "a.pdf: cannot read file (IOException: gone)");
        assertNull(get(c.file, "sha256"));
    }

    @Test
    void bytesDoneBeforeUnderThisVersionAreSkipped() {
        Set<String> done = Set.of(Conversion.doneKey(Conversion.sha256(BYTES), IrxVersion.current()));
        Conversion skipped = Conversion.of(PATH, () -> BYTES, (in, name) -> { throw new AssertionError("not skipped"); }, done);
        assertTrue(skipped.skipped());
        assertTrue(skipped.facts.isEmpty());
        Set<String> older = Set.of(Conversion.doneKey(Conversion.sha256(BYTES), "0.0.1"));
        assertError(Conversion.of(PATH, () -> BYTES, (in, name) -> { throw new OutOfMemoryError("big"); }, older),
                "internal", "a.pdf: internal error: OutOfMemoryError: big");
    }

    private static void assertError(Conversion c, String reason, String message) {
        Row f = c.file;
        assertEquals(PATH, get(f, "path"));
        assertEquals("a.pdf", get(f, "file"));
        assertEquals("error", get(f, "status"));
        assertEquals(reason, get(f, "reason"));
        assertEquals(message, get(f, "message"));
        assertEquals(0L, get(f, "facts"));
        assertTrue(c.facts.isEmpty());
    }

    private static Object get(Row r, String column) { return r.get(Tables.FILES.fieldIndex(column)); }
}
