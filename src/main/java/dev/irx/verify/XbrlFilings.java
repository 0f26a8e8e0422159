package dev.irx.verify;

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

    /** The filing folders among these paths: a folder holding a tse-…-ixbrl.htm summary, or such folders below one. */
    public static List<Path> find(List<Path> roots) throws IOException {
        TreeSet<Path> out = new TreeSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) throw new IOException(root + ": not a folder of iXBRL parts");
            try (Stream<Path> s = Files.walk(root, 3)) {
                s.filter(Files::isRegularFile).filter(XbrlFilings::isSummary).forEach(f -> out.add(f.getParent()));
            }
        }
        return new ArrayList<>(out);
    }

    private static boolean isSummary(Path f) {
        String n = f.getFileName().toString();
        return n.startsWith("tse-") && n.endsWith("-ixbrl.htm");
    }

    /** Extracts the folder's PDF and scores it against the tags of every part beside it. */
    public static XbrlScore verify(IrxExtractor irx, Path folder) throws IOException, IrxException {
        ObjectNode golden = XbrlGolden.convert(folder);
        Path pdf = folder.resolve(golden.get("file").asText());
        if (!Files.isRegularFile(pdf)) throw new IOException(folder + ": no PDF of the filing (expected " + pdf.getFileName() + ")");
        return XbrlScorer.score(pdf.getFileName().toString(), irx.extract(pdf), golden);
    }
}
