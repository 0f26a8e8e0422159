package dev.irx.internal.cli;

import dev.irx.IrxExtractor;
import dev.irx.model.IrxDocument;

import java.nio.file.Path;

/** A program that uses irx as a library, run in a JVM of its own by {@link LibraryLoggingTest}. */
public final class LibraryUserMain {

    public static void main(String[] args) throws Exception {
        IrxExtractor irx = IrxExtractor.builder().build();
        for (String f : args) {
            IrxDocument doc = irx.extract(Path.of(f));
            System.out.println(Path.of(f).getFileName() + " " + doc.facts().size());
        }
    }
}
