package dev.irx.internal.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that write documents' JSON. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "json|jsonl|csv", converter = OutputFormat.Converter.class,
            description = "json (default): the canonical JSON; jsonl or csv: one row per fact, fixed columns.")
    OutputFormat format = OutputFormat.JSON;

    @Option(names = "--pretty", description = "Indent the JSON (json only).")
    boolean pretty;

    @Option(names = "--strict", description = "Exit 1 when a document has a failed check (a conflict between figures).")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Log details and show stack traces on errors.")
    boolean verbose;
}
