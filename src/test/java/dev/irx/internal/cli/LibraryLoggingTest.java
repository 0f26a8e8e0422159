package dev.irx.internal.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A program with irx and logback on its class path (as with the fat jar) but no logback configuration gets
 * warnings on stderr, not logback's default of everything at DEBUG on stdout; one with a configuration of its own
 * keeps it.
 */
class LibraryLoggingTest {

    @Test
    void noConfigurationMeansNoDebugFlood(@TempDir Path dir) throws Exception {
        List<String> pdfs = samplePdfs();
        Run r = run(dir, null, pdfs);
        assertEquals(pdfs.size(), r.stdout.size(), "stdout holds only the program's own lines: " + head(r.stdout));
        assertTrue(r.stderr.size() < 10, "stderr: " + head(r.stderr));
        for (String l : r.stdout) assertTrue(l.matches("\\S+\\.pdf \\d+"), l);
        assertTrue(Stream.concat(r.stdout.stream(), r.stderr.stream()).noneMatch(l -> l.contains("DEBUG")));
    }

    @Test
    void ownConfigurationStillApplies(@TempDir Path dir) throws Exception {
        Path conf = Files.createDirectories(dir.resolve("conf"));
        Files.writeString(conf.resolve("logback.xml"), """
                <configuration>
                  <appender name="OUT" class="ch.qos.logback.core.ConsoleAppender">
                    <encoder><pattern>%level %logger %msg%n</pattern></encoder>
                  </appender>
                  <root level="DEBUG"><appender-ref ref="OUT"/></root>
                </configuration>
                """);
        Run r = run(dir, conf, List.of(Path.of("samples/iij-1q25-tanshin-summary.pdf").toString()));
        assertTrue(r.stdout.stream().anyMatch(l -> l.startsWith("DEBUG dev.irx.internal.read.DocumentReader")), r.stdout.toString());
    }

    private static List<String> head(List<String> lines) {
        return lines.subList(0, Math.min(5, lines.size()));
    }

    private static List<String> samplePdfs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.toString().endsWith(".pdf")).sorted().map(Path::toString).toList();
        }
    }

    private record Run(List<String> stdout, List<String> stderr) {}

    /**
     * The test JVM's class path without the test classes (whose logback-test.xml is a configuration), plus a copy
     * of {@link LibraryUserMain} and, when given, a directory holding the program's own logback.xml.
     */
    private static Run run(Path dir, Path confDir, List<String> args) throws Exception {
        Path user = dir.resolve("user");
        Path cls = Path.of(LibraryUserMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path rel = Path.of("dev", "irx", "internal", "cli", "LibraryUserMain.class");
        Files.createDirectories(user.resolve(rel).getParent());
        Files.copy(cls.resolve(rel), user.resolve(rel));
        List<String> cp = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!Files.exists(Path.of(e, "logback-test.xml"))) cp.add(e);
        }
        cp.add(user.toString());
        if (confDir != null) cp.add(confDir.toString());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-cp", String.join(File.pathSeparator, cp), "dev.irx.internal.cli.LibraryUserMain"));
        cmd.addAll(args);
        Path out = dir.resolve("out.txt"), err = dir.resolve("err.txt");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the program did not finish");
        Run r = new Run(Files.readAllLines(out, StandardCharsets.UTF_8), Files.readAllLines(err, StandardCharsets.UTF_8));
        assertEquals(0, p.exitValue(), r.toString());
        return r;
    }
}
