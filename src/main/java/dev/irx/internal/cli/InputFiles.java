package dev.irx.internal.cli;

import picocli.CommandLine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** The documents named on a command line: files as given, directories by their *.pdf and *.txt. */
final class InputFiles {

    private InputFiles() {}

    static List<Path> collect(List<Path> paths, boolean recursive, CommandLine.Model.CommandSpec spec)
            throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = recursive ? Files.walk(p) : Files.list(p)) {
                    s.filter(Files::isRegularFile).filter(InputFiles::isDocument).sorted().forEach(files::add);
                }
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
                // a dangling link, a FIFO, a device: that file's error when it is read, the others go on
                files.add(p);
            } else {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + p);
            }
        }
        return files;
    }

    /**
     * The paths with {@code -} replaced by the paths read from stdin, one per line (blank lines skipped), as
     * {@code find … | irx batch - --out o} gives them.
     */
    static List<Path> withStdinList(List<Path> paths, CommandLine.Model.CommandSpec spec) throws IOException {
        if (paths.stream().noneMatch(p -> p.toString().equals("-"))) return paths;
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (!p.toString().equals("-")) {
                out.add(p);
                continue;
            }
            java.io.BufferedReader r = new java.io.BufferedReader(
                    new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank()) continue;
                try {
                    out.add(Path.of(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line));
                } catch (java.nio.file.InvalidPathException e) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "not a path on stdin: " + line);
                }
            }
        }
        if (out.isEmpty()) throw new CommandLine.ParameterException(spec.commandLine(), "no paths on stdin");
        return out;
    }

    /** What a directory scan takes. The type itself is judged later, from the bytes. */
    static boolean isDocument(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".pdf") || n.endsWith(".txt");
    }
}
