package dev.irx;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.model.DocumentKind;
import dev.irx.model.IrxDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every file in samples/hostile fails with the reason samples/hostile/expected-errors.json records, or reads. */
class HostileSamplesTest {

    private static final Path DIR = Path.of("samples/hostile");

    @Test
    void eachHostileSampleGivesItsRecordedOutcome() throws Exception {
        JsonNode expected = new ObjectMapper().readTree(DIR.resolve("expected-errors.json").toFile());
        IrxExtractor irx = IrxExtractor.builder().build();
        int n = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); n++) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = DIR.resolve(e.getKey());
            if (e.getValue().isNull()) {
                IrxDocument doc = irx.extract(file);
                assertEquals(DocumentKind.KESSAN_TANSHIN, doc.document().kind(), e.getKey());
                assertTrue(doc.source().pages() >= 1);
            } else {
                IrxException ex = assertThrows(IrxException.class, () -> irx.extract(file), e.getKey());
                assertEquals(e.getValue().asText(), ex.reason().code(), e.getKey());
                assertTrue(ex.getMessage().startsWith(e.getKey() + ": "), ex.getMessage());
            }
        }
        assertEquals(5, n);
    }
}
