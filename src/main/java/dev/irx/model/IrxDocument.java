package dev.irx.model;

import java.util.List;

/**
 * The canonical result for one input file: what it is, the figures in it, the checks run on them,
 * and everything irx was unsure about.
 */
public record IrxDocument(SourceInfo source, DocumentInfo document, List<Fact> facts, List<Check> checks,
                          List<String> warnings) {

    /** The version of the JSON contract this model writes (schemas/irx-document.schema.json). */
    public static final String SCHEMA_VERSION = "1";

    public IrxDocument {
        facts = List.copyOf(facts);
        checks = List.copyOf(checks);
        warnings = List.copyOf(warnings);
    }

    public long failedChecks() { return checks.stream().filter(c -> !c.passed()).count(); }

    public long conflicts() { return facts.stream().filter(f -> f.status() == FactStatus.CONFLICT).count(); }
}
