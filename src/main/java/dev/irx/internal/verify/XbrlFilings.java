package dev.irx.internal.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.irx.IrxException;
import dev.irx.IrxExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Filing folders (a 短信's PDF beside its inline-XBRL parts) and their scoring against the filer's tags. */
public final class XbrlFilings {

    private XbrlFilings() {}

    /**
     * The filings among these paths: a folder holding one tse-…-ixbrl.htm summary (with the parts beside it), or such
     * folders below one. A folder of several summaries, each beside its PDF, is that many filings: each summary file
     * is one, scored alone.
     */
    public static List<Path> find(List<Path> roots) throws IOException {
        java.util.Map<Path, List<Path>> summaries = new java.util.TreeMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) throw new IOException(root + ": not a folder of iXBRL parts");
            try (Stream<Path> s = Files.walk(root, 3)) {
                s.filter(Files::isRegularFile).filter(XbrlFilings::isSummary)
                        .forEach(f -> summaries.computeIfAbsent(f.getParent(), k -> new ArrayList<>()).add(f));
            }
        }
        TreeSet<Path> out = new TreeSet<>();
        summaries.forEach((folder, files) -> {
            if (files.size() == 1) out.add(folder);
            else out.addAll(files);
        });
        return new ArrayList<>(out);
    }

    private static boolean isSummary(Path f) {
        String n = f.getFileName().toString();
        return n.startsWith("tse-") && n.endsWith("-ixbrl.htm");
    }

    /** Extracts the filing's PDF and scores it against the tags of every part beside it (a summary file: its own). */
    public static XbrlScore verify(IrxExtractor irx, Path folder) throws IOException, IrxException {
        ObjectNode golden = XbrlGolden.convert(folder);
        Path dir = Files.isDirectory(folder) ? folder : folder.toAbsolutePath().getParent();
        Path pdf = dir.resolve(golden.get("file").asText());
        if (!Files.isRegularFile(pdf)) throw new IOException(folder + ": no PDF of the filing (expected " + pdf.getFileName() + ")");
        return XbrlScorer.score(pdf.getFileName().toString(), irx.extract(pdf), golden);
    }
}
