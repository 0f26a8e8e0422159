package dev.irx;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of irx that runs, as the build stamped it ({@code dev/irx/irx.properties}, filtered by Maven): the
 * CLI's {@code --version} and the JSON's {@code "irxVersion"}, so that every output says which irx produced it.
 */
public final class IrxVersion {

    private static final String VERSION = load();

    private IrxVersion() {}

    /** "0.1.0-SNAPSHOT"; "unknown" when the classes were built without Maven's resource filtering. */
    public static String current() { return VERSION; }

    private static String load() {
        try (InputStream in = IrxVersion.class.getResourceAsStream("irx.properties")) {
            if (in == null) return "unknown";
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            return v.isEmpty() || v.startsWith("${") ? "unknown" : v;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
