package dev.irx.cli;

import picocli.CommandLine.Option;

/** Options shared by the commands that write documents' JSON. */
final class OutputOptions {

    @Option(names = "--pretty", description = "Indent the JSON.")
    boolean pretty;

    @Option(names = "--strict", description = "Exit 1 when a document has a failed check (a conflict between figures).")
    boolean strict;

    @Option(names = {"-v", "--verbose"}, description = "Log details and show stack traces on errors.")
    boolean verbose;
}
