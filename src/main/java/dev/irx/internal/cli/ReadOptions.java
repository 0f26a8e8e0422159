package dev.irx.internal.cli;

import dev.irx.IrxExtractor;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Which part of a file to read, and how to open it: --pages, --password. */
final class ReadOptions {

    @Option(names = "--pages", paramLabel = "LIST",
            description = "Read only these pages, e.g. 1-3,7 or 5- (facts keep their true page numbers; the kind "
                    + "and company are told from the pages read, so keep page 1).")
    String pages;

    @Option(names = "--password", paramLabel = "PW",
            description = "Password of encrypted PDFs (files that open without one still do). Visible to other "
                    + "users in the process list: prefer --password-file.")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE", description = "Read the password from this file's first line.")
    Path passwordFile;

    /** The password given, from --password or the first line of --password-file; null for none. */
    String password() throws IOException {
        if (passwordFile == null) return password;
        if (password != null) throw new IllegalArgumentException("--password and --password-file: give one");
        try {
            return Files.readString(passwordFile, StandardCharsets.UTF_8).lines().findFirst().orElse("");
        } catch (IOException e) {
            throw new IOException(passwordFile + ": " + Errors.describe(e), e);
        }
    }

    /** These options on a builder; a bad page list or an unreadable password file is a usage error. */
    IrxExtractor.Builder apply(IrxExtractor.Builder b) throws IOException {
        b.pages(pages); // IllegalArgumentException names what is wrong
        return b.password(password());
    }
}
