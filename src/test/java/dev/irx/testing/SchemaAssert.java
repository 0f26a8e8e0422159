package dev.irx.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.fail;

/** Validates irx output against schemas/irx-document.schema.json, the contract with users. */
public final class SchemaAssert {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchema SCHEMA = load();

    private SchemaAssert() {}

    private static JsonSchema load() {
        Path p = Path.of("schemas/irx-document.schema.json");
        try (InputStream in = Files.newInputStream(p)) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses {@code json}, fails the test on any schema violation, and returns the tree. */
    public static JsonNode assertValid(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage(), e);
        }
        Set<ValidationMessage> errors = SCHEMA.validate(node);
        if (!errors.isEmpty()) fail("output violates the schema: " + errors);
        return node;
    }

    /** The schema's own verdict, for tests that feed it invalid documents. */
    public static Set<ValidationMessage> violations(JsonNode node) {
        return SCHEMA.validate(node);
    }
}
