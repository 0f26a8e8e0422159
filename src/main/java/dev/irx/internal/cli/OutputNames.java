package dev.irx.internal.cli;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a batch writes each input's JSON: a function of the input's own path, never of the other files in the
 * run, so that no two inputs share an output and adding a file to a run never renames another's output.
 *
 * <p>The output sits at the input's path relative to the deepest directory holding all the run's inputs
 * (a directory named on the command line counts as holding its files; a file counts from its own directory).
 * Its name is {@code S.json} for {@code S.pdf} or {@code S.txt} when S has no dot and no sibling file is named
 * S, S.pdf or S.txt; otherwise the whole file name plus {@code .json}. A stem name has one dot and a whole name
 * two or more, so the two kinds never meet, and siblings' whole names differ.
 */
final class OutputNames {

    private final Path root;

    private OutputNames(Path root) { this.root = root; }

    /** Names for a run over these command-line paths (files and directories). */
    static OutputNames forRoots(List<Path> roots) {
        Path common = null;
        for (Path r : roots) {
            Path a = r.toAbsolutePath().normalize();
            Path dir = Files.isDirectory(a) ? a : a.getParent();
            if (dir == null) dir = a;
            common = common == null ? dir : commonPrefix(common, dir);
        }
        return new OutputNames(common == null ? Path.of("").toAbsolutePath() : common);
    }

    /** The output's path relative to --out, with '/' between directories. */
    String of(Path input) {
        Path a = input.toAbsolutePath().normalize();
        Path rel = a.startsWith(root) ? root.relativize(a) : a.getFileName();
        Path dir = rel.getParent();
        String name = fileName(a);
        return dir == null ? name : dir.toString().replace('\\', '/') + "/" + name;
    }

    static String fileName(Path input) {
        String n = input.getFileName().toString();
        String stem = stem(n);
        if (stem == null) return n + ".json";
        for (String sibling : new String[] {stem, stem + ".pdf", stem + ".txt"}) {
            if (!sibling.equals(n) && Files.exists(input.resolveSibling(sibling), LinkOption.NOFOLLOW_LINKS)) {
                return n + ".json";
            }
        }
        return stem + ".json";
    }

    /** S of "S.pdf" or "S.txt" when S is not empty and has no dot; else null. */
    private static String stem(String n) {
        if (!(n.endsWith(".pdf") || n.endsWith(".txt"))) return null;
        String s = n.substring(0, n.length() - 4);
        return s.isEmpty() || s.indexOf('.') >= 0 ? null : s;
    }

    private static Path commonPrefix(Path a, Path b) {
        Path p = a;
        while (p != null && !b.startsWith(p)) p = p.getParent();
        return p == null ? a.getRoot() : p;
    }
}
