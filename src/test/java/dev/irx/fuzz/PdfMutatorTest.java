package dev.irx.fuzz;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfMutatorTest {

    private static final Path TABLE = Path.of("src/test/resources/pdf/table.pdf");

    @Test
    void aMutantIsTheSameBytesEveryTime() throws Exception {
        byte[] pdf = Files.readAllBytes(TABLE);
        for (int i = 0; i < 20; i++) {
            PdfMutator.Mutant a = new PdfMutator(3).mutate("table", pdf, i);
            PdfMutator.Mutant b = new PdfMutator(3).mutate("table", pdf, i);
            assertArrayEquals(a.bytes(), b.bytes(), a.name());
            assertEquals(a.name(), b.name());
        }
        assertFalse(Arrays.equals(new PdfMutator(3).mutate("table", pdf, 0).bytes(),
                new PdfMutator(4).mutate("table", pdf, 0).bytes()), "another seed, other mutants");
    }

    @Test
    void everyKindChangesTheFile() throws Exception {
        byte[] pdf = Files.readAllBytes(TABLE);
        for (PdfMutator.Kind k : PdfMutator.Kind.values()) {
            if (k == PdfMutator.Kind.MIXED) continue;
            byte[] out = PdfMutator.apply(k, pdf, new java.util.Random(1));
            assertFalse(Arrays.equals(pdf, out), k.name());
        }
        byte[] kept = PdfMutator.apply(PdfMutator.Kind.TRUNCATE_KEEP_EOF, pdf, new java.util.Random(1));
        assertTrue(new String(kept, StandardCharsets.ISO_8859_1).endsWith("%%EOF\n"), "the marker put back");
    }

    @Test
    void numbersAreTheDigitRunsOfTheObjectSyntax() {
        byte[] b = "1 0 obj\n<</Length 42/Count 3>>\nabc12def [7]".getBytes(StandardCharsets.ISO_8859_1);
        List<String> found = PdfMutator.numbers(b).stream()
                .map(n -> new String(b, n[0], n[1] - n[0], StandardCharsets.ISO_8859_1)).toList();
        assertEquals(List.of("0", "42", "3", "7"), found); // "1" opens the file, "12" is inside a word
    }
}
