package dev.irx.internal.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The document written fact by fact is byte for byte the document's tree written whole. */
class JsonWriterTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void streamingWritesTheSameBytesAsTheWholeTree() throws Exception {
        for (String sample : new String[] {"iij-1q25-tanshin-summary.pdf", "fisco-cybertrust-2024.pdf"}) {
            IrxDocument doc = IrxExtractor.builder().build().extract(Path.of("samples", sample));
            assertTrue(doc.facts().size() > 20, sample);
            for (boolean pretty : new boolean[] {false, true}) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                new JsonWriter(pretty).write(doc, out);
                String whole = pretty ? MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonWriter.toTree(doc))
                        : MAPPER.writeValueAsString(JsonWriter.toTree(doc));
                assertEquals(whole, out.toString(StandardCharsets.UTF_8), sample + (pretty ? " pretty" : ""));
            }
        }
    }
}
