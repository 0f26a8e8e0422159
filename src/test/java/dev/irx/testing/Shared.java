package dev.irx.testing;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The material beside the repository in ../shared (seeds, real 短信). A user's clone does not have it:
 * tests that need it skip.
 */
public final class Shared {

    public static final Path ROOT = Path.of("..", "shared");

    private Shared() {}

    /** The file under ../shared, or a skipped test when it is absent. */
    public static Path require(String relative) {
        Path p = ROOT.resolve(relative);
        Assumptions.assumeTrue(Files.isRegularFile(p), "../shared/" + relative + " not present; skipped");
        return p;
    }

    public static Path seed000() { return require("seeds/000_5422a2a9e4dd824c.txt"); }
}
