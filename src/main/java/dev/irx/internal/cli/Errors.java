package dev.irx.internal.cli;

import dev.irx.IrxException;

import java.nio.file.Path;

/** One clear line per failure on stderr; a stack trace only when asked for. */
final class Errors {

    private Errors() {}

    static void report(IrxException e, boolean verbose) {
        System.err.println("irx: " + e.getMessage());
        if (verbose) e.printStackTrace();
    }

    static void report(Path file, Exception e, boolean verbose) {
        System.err.println("irx: " + file.getFileName() + ": " + describe(e));
        if (verbose) e.printStackTrace();
    }

    /** A bug of ours, named as one: "x.pdf: internal error: NullPointerException: …", on one line. */
    static String internal(Path file, Throwable e) {
        String m = e.getMessage() == null ? "" : ": " + e.getMessage().replaceAll("\\s+", " ");
        return file.getFileName() + ": internal error: " + e.getClass().getSimpleName() + m;
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
    }
}
